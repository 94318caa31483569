import { randomUUID } from 'node:crypto';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import { bearer, httpCall } from './attackHttp';
import type { EmitOutcome } from './attackSocket';
import { SENDER_ROLES, type CommandRow } from './commandMatrix';
import { MATRIX_ROLES, socketAs, type MatrixContext, type MatrixRole, type MatrixWorkshop } from './matrixWorkshop';
import type { RouteRow } from './routeMatrix';
import { describeDifferences, differences, preview } from './stateDifferences';
import { liveState } from './storedAndLive';
import { stateOf } from './workshopScript';
import type { Role } from '@roundtable/shared/command/actor';

/** Sends each row of the matrix as every role and says what went against the row. */
export interface MatrixFailure {
  row: string;
  roles: string;
  problem: string;
}

/**
 * Everything a refused attempt could have changed: the shared and hidden state, how far both docs' logs go in the
 * store, and the workshop's links of every kind.
 */
async function fingerprint(ctx: MatrixContext, workshopId: string): Promise<unknown> {
  const id = workshopId as WorkshopId;
  const live = await liveState(ctx.server, workshopId);
  const [shared, hidden] = await Promise.all([ctx.store.loadDoc(id, 'shared'), ctx.store.loadDoc(id, 'hidden')]);
  const links = await ctx.store.listLinks(id);
  return { live: live.ok ? { state: live.state, hidden: live.hidden } : live.error, logs: [shared?.lastSeq, hidden?.lastSeq], links };
}

/** Runs `attempt` and reports it if the workshop is not exactly as it was. */
async function changesNothing(ctx: MatrixContext, m: MatrixWorkshop, row: string, roles: string, failures: MatrixFailure[], attempt: () => Promise<void>): Promise<void> {
  const before = await fingerprint(ctx, m.workshopId);
  await attempt();
  const diffs = differences(before, await fingerprint(ctx, m.workshopId));
  if (diffs.length > 0) failures.push({ row, roles, problem: `a refused attempt changed the workshop: ${describeDifferences(diffs, 'before', 'after')}` });
}

const answerText = (o: EmitOutcome) => (o.kind === 'ack' ? (o.ack.ok ? 'ok' : `${o.ack.error.code} "${o.ack.error.message}"`) : o.kind);
const memberOf = (m: MatrixWorkshop, role: Role) => (role === 'facilitator' ? m.facilitator : m.participant);

/** One command row as all eight roles; returns the number of cells checked. */
export async function runCommandRow(ctx: MatrixContext, m: MatrixWorkshop, name: string, row: CommandRow, failures: MatrixFailure[]): Promise<number> {
  const allowed = SENDER_ROLES[row.who];
  const state = await stateOf(ctx.server, m.workshopId);
  const sample = { commandId: randomUUID(), ...row.payload(m, state, allowed[0] ?? 'facilitator') };
  const strangers = MATRIX_ROLES.filter((r) => r !== 'participant' && r !== 'facilitator');

  // [AUTH3] Without a member's token for this workshop there is no connection to send on.
  await changesNothing(ctx, m, name, strangers.join(', '), failures, async () => {
    await Promise.all(
      strangers.map(async (role) => {
        const socket = socketAs(ctx, m, role);
        const outcome = await socket.emit(name, [sample], true, 1_500);
        socket.close();
        const code = socket.refusal?.data?.code;
        if (outcome.kind !== 'notSent' || code !== 'unauthorized') failures.push({ row: name, roles: role, problem: `expected the handshake refused with unauthorized; got ${answerText(outcome)} (handshake: ${code ?? 'accepted'})` });
      }),
    );
  });
  // [AUTH3] Nor does another workshop's member's own connection reach this workshop, whatever ids it names.
  for (const other of [m.otherParticipant, m.otherFacilitator]) {
    await changesNothing(ctx, m, name, `${other.role} of another workshop, on their own connection`, failures, async () => {
      await other.socket.emit(name, [{ ...sample, commandId: randomUUID() }], true, 3_000);
    });
  }
  // [CMD5] A member of a role the row does not name is refused with forbidden.
  for (const role of (['participant', 'facilitator'] as const).filter((r) => !allowed.includes(r))) {
    await changesNothing(ctx, m, name, role, failures, async () => {
      const outcome = await memberOf(m, role).socket.emit(name, [{ ...sample, commandId: randomUUID() }], true, 3_000);
      if (outcome.kind !== 'ack' || outcome.ack.ok || outcome.ack.error.code !== 'forbidden') failures.push({ row: name, roles: role, problem: `expected forbidden; got ${answerText(outcome)}` });
    });
  }
  // The roles the row names are accepted, each with its own payload at the state it meets.
  for (const role of allowed) {
    const payload = { commandId: randomUUID(), ...row.payload(m, await stateOf(ctx.server, m.workshopId), role) };
    const outcome = await memberOf(m, role).socket.emit(name, [payload], true, 3_000);
    if (outcome.kind !== 'ack' || !outcome.ack.ok) failures.push({ row: name, roles: role, problem: `expected it accepted; got ${answerText(outcome)} for ${preview(payload)}` });
  }
  return MATRIX_ROLES.length;
}

const statuses = (expected: number | readonly number[]) => (typeof expected === 'number' ? [expected] : expected);

/** One route row as all eight roles (refused roles first, so what the allowed ones change comes after); cells checked. */
export async function runRouteRow(ctx: MatrixContext, m: MatrixWorkshop, key: string, row: RouteRow, failures: MatrixFailure[]): Promise<number> {
  const refused = (r: MatrixRole) => statuses(row.expect[r]).every((s) => s === 401 || s === 403);
  const order = [...MATRIX_ROLES.filter(refused), ...MATRIX_ROLES.filter((r) => !refused(r))];
  for (const role of order) {
    const token = m.tokens[role];
    const { method, path, body } = row.request(m, await stateOf(ctx.server, m.workshopId));
    const sent = row.tokenInBody ? { ...(body as object), token: token ?? 'no-such-token-'.padEnd(43, 'x') } : body;
    const headers = { ...(sent === undefined ? {} : { 'content-type': 'application/json' }), ...(token && !row.tokenInBody ? bearer(token) : {}) };
    const send = () => httpCall(ctx.url, { method, path, headers, rawBody: sent === undefined ? undefined : JSON.stringify(sent) });
    const check = (status: number, answer: unknown) => {
      if (!statuses(row.expect[role]).includes(status)) failures.push({ row: key, roles: role, problem: `expected ${statuses(row.expect[role]).join(' or ')}; got ${status} ${preview(answer, 200)}` });
    };
    if (refused(role)) {
      await changesNothing(ctx, m, key, role, failures, async () => {
        const answer = await send();
        check(answer.status, answer.body);
      });
    } else {
      const answer = await send();
      check(answer.status, answer.body);
    }
  }
  return MATRIX_ROLES.length;
}
