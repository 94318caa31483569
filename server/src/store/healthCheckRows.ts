import { randomBytes, randomInt } from 'node:crypto';
import type { HealthCheckId } from '@roundtable/shared/healthCheck/healthCheck';
import { healthCheckResponseSchema } from '@roundtable/shared/healthCheck/healthCheckResponseSchema';
import type { HealthCheckResponse } from '@roundtable/shared/healthCheck/healthCheckResults';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { shuffled } from '@roundtable/shared/survey/surveyResults';
import type { MemoryTransaction } from './memoryTransaction';
import { asJsonbColumn, asTextColumn } from './postgresText';
import type { SqlQueryable } from './sqlDatabase';

/*
 * The health check's answers in the store (migration 0008), for the SQL store and the in-memory one alike: a row per
 * answer under 128 random bits, with its round and no member id or time (HEALTH4), rewritten in a random order under
 * fresh keys when its round closes.
 */

const randomKey = () => randomBytes(16).toString('base64url');
const randomSource = () => randomInt(2 ** 32) / 2 ** 32;
/** jsonb comes back parsed from pg and PGlite alike; text is parsed here in case a driver leaves it as a string. */
const fromJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

type Row = { health_check_id: string; sector: string | null; answers: unknown; comment: string };
const responseOf = (row: Row): HealthCheckResponse =>
  healthCheckResponseSchema.parse({ healthCheckId: row.health_check_id, sector: row.sector, answers: fromJson(row.answers), comment: row.comment });

/** [HEALTH4] One answer, with no member id and no time. */
export async function insertHealthCheckResponse(tx: SqlQueryable, workshopId: WorkshopId, response: HealthCheckResponse): Promise<void> {
  await tx.query('INSERT INTO health_check_responses (response_id, workshop_id, health_check_id, sector, answers, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
    randomKey(),
    workshopId,
    response.healthCheckId,
    response.sector,
    JSON.stringify(response.answers),
    response.comment,
  ]);
}

/** [HEALTH4] A closed round's answers again, in a random order under fresh keys. */
export async function rewriteHealthCheckResponses(tx: SqlQueryable, workshopId: WorkshopId, healthCheckId: HealthCheckId): Promise<void> {
  const rows = await tx.query<Row>('DELETE FROM health_check_responses WHERE workshop_id = $1 AND health_check_id = $2 RETURNING health_check_id, sector, answers, comment', [workshopId, healthCheckId]);
  for (const response of shuffled(rows.map(responseOf), randomSource)) await insertHealthCheckResponse(tx, workshopId, response);
}

/** A workshop's answers to every round, in no particular order, naming no one. */
export async function listHealthCheckResponses(db: SqlQueryable, workshopId: WorkshopId): Promise<HealthCheckResponse[]> {
  const rows = await db.query<Row>('SELECT health_check_id, sector, answers, comment FROM health_check_responses WHERE workshop_id = $1', [workshopId]);
  return rows.map(responseOf);
}

/** The in-memory store's table: a workshop's answers by random key, as JSON text (so nothing a caller holds is shared). */
export type MemoryHealthCheckRows = Map<string, string>;

export function insertMemoryHealthCheckResponse(tx: MemoryTransaction, rows: MemoryHealthCheckRows, response: HealthCheckResponse): void {
  const parsed = healthCheckResponseSchema.parse(response);
  tx.set(rows, randomKey(), asJsonbColumn({ ...parsed, comment: asTextColumn(parsed.comment) }));
}

export function rewriteMemoryHealthCheckResponses(tx: MemoryTransaction, rows: MemoryHealthCheckRows, healthCheckId: HealthCheckId): void {
  const round = [...rows].filter(([, json]) => (JSON.parse(json) as HealthCheckResponse).healthCheckId === healthCheckId);
  for (const [key] of round) tx.delete(rows, key);
  for (const [, json] of shuffled(round, randomSource)) tx.set(rows, randomKey(), json);
}

export function listMemoryHealthCheckResponses(rows: MemoryHealthCheckRows | undefined): HealthCheckResponse[] {
  return rows ? [...rows.values()].map((json) => JSON.parse(json) as HealthCheckResponse) : [];
}
