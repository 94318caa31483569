import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { HealthAnswer, HealthCheckId } from '@roundtable/shared/healthCheck/healthCheck';
import type { HealthCheckResponse } from '@roundtable/shared/healthCheck/healthCheckResults';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { WorkshopStore } from './workshopStore';

/**
 * The health check's part of the store contract (workshopStore.contract.ts runs it on every store): answers kept
 * apart from who gave them, with their round, in the same transaction as their command, and rewritten at close.
 */
export function healthCheckStoreContract(storeOf: () => WorkshopStore, newWorkshop: () => Promise<{ workshopId: WorkshopId; lead: MemberId }>): void {
  const ROUND_ONE = 'round-one-check' as HealthCheckId;
  const ROUND_TWO = 'round-two-check' as HealthCheckId;
  const answer = (sector: HealthCheckResponse['sector'], governance: HealthAnswer | null, comment = '', healthCheckId = ROUND_ONE): HealthCheckResponse => ({
    healthCheckId,
    sector,
    answers: { governance, 'takes-time': 'dont_know' },
    comment,
  });
  const update = (value: string) => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('count', value);
    return Y.encodeStateAsUpdate(doc);
  };
  const sorted = (list: HealthCheckResponse[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  it('[HEALTH4] stores a health check answer with its round and no member id, in the same transaction as its command; lists only that workshop\'s; keeps them through the rewrite at close', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    const other = await newWorkshop();
    const command = (commandId: string) => ({ memberId: lead, commandId, name: 'healthCheck:rate', result: { ok: true as const, data: null } });
    await store.commit({ workshopId, update: update('1'), command: command('h1'), effects: [{ type: 'healthCheckResponse', response: answer('local_authority', 'mostly', 'More joint meetings') }] });
    await store.commit({ workshopId, update: update('2'), command: command('h2'), effects: [{ type: 'healthCheckResponse', response: answer(null, null) }] });
    await store.commit({ workshopId, update: update('3'), command: command('h3'), effects: [{ type: 'healthCheckResponse', response: answer('third_sector', 'fully', '', ROUND_TWO) }] });
    // A commit that fails part-way (a repeated command id) keeps no answer.
    await expect(store.commit({ workshopId, update: null, command: command('h2'), effects: [{ type: 'healthCheckResponse', response: answer('third_sector', 'a_little') }] })).rejects.toThrow();
    const expected = sorted([answer('local_authority', 'mostly', 'More joint meetings'), answer(null, null), answer('third_sector', 'fully', '', ROUND_TWO)]);
    expect(sorted(await store.listHealthCheckResponses(workshopId))).toEqual(expected);
    expect(await store.listHealthCheckResponses(other.workshopId)).toEqual([]);
    // Closing round one rewrites its rows and leaves round two's as they were.
    await store.commit({ workshopId, update: update('closed'), effects: [{ type: 'healthCheckClosed', healthCheckId: ROUND_ONE }] });
    expect(sorted(await store.listHealthCheckResponses(workshopId))).toEqual(expected);
    // The survey's answers are a table of their own.
    expect(await store.listSurveyResponses(workshopId)).toEqual([]);
  });

  it('[CMD2] refuses a health check comment PostgreSQL cannot keep (a NUL) and keeps nothing of that commit', async () => {
    const store = storeOf();
    const { workshopId, lead } = await newWorkshop();
    await expect(
      store.commit({ workshopId, update: update('x'), command: { memberId: lead, commandId: 'nul-rating', name: 'healthCheck:rate', result: { ok: true, data: null } }, effects: [{ type: 'healthCheckResponse', response: answer(null, 'partly', 'a\u0000b') }] }),
    ).rejects.toThrow();
    expect(await store.findCommandResult(workshopId, lead, 'nul-rating')).toBeNull();
    expect(await store.listHealthCheckResponses(workshopId)).toEqual([]);
  });
}
