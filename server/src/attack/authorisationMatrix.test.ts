/**
 * The authorisation matrix of issue "Nothing a command can send may lose a workshop": every command and every REST
 * route, as every kind of caller — no credentials, another workshop's participant, another workshop's facilitator,
 * a participant, a facilitator, a lead's link, a sponsor's share link, a member who was removed.
 *
 * Guarantees: each cell gets what its row states (accepted, or refused with `unauthorized` / `forbidden` / 401 /
 * 403); a refused attempt changes nothing (shared and hidden state, the store's logs, the links); another workshop's
 * member, on their own connection, changes nothing here whatever ids they send (AUTH3, CMD5, SHARE1, REV1, REV3).
 * The rows are tables (commandMatrix.ts, routeMatrix.ts); the commands come from COMMAND_NAMES and COMMANDS, the
 * routes from the running app's router stack, and the suite fails when either has one without a row, or when a row
 * says different roles than the command table.
 *
 * It is deterministic and runs in seconds; there is no long run (the fuzz, commandFuzz.test.ts, has one).
 *   npx vitest run --project server src/attack/authorisationMatrix.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '@roundtable/shared/protocol/commandNames';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { COMMAND_ROWS, SENDER_ROLES } from './commandMatrix';
import { expressRoutes } from './expressRoutes';
import { runCommandRow, runRouteRow, type MatrixFailure } from './matrixRunner';
import { setUpMatrixWorkshop, type MatrixContext, type MatrixWorkshop } from './matrixWorkshop';
import { ROUTE_ROWS } from './routeMatrix';
import { COMMANDS } from '@roundtable/shared/workshop/commands';

let store: WorkshopStore;
let srv: TestServer;
let ctx: MatrixContext;
let m: MatrixWorkshop;

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { commandsPer10S: 1e9, joinFailuresPer15Min: 1e9, workshopsCreatedPerHour: 1e9 });
  ctx = { url: srv.url, server: srv.server, store };
  m = await setUpMatrixWorkshop(ctx);
}, 120_000);

afterAll(async () => {
  m?.close();
  await srv?.close();
  await store?.close();
});

const show = (failures: readonly MatrixFailure[]) => failures.map((f) => `${f.row} as ${f.roles}: ${f.problem}`);

describe('the authorisation matrix', () => {
  it('has a row for every command, naming the roles the command table gives it', () => {
    expect(Object.keys(COMMAND_ROWS).sort(), 'commands without a row (add one to commandMatrix.ts), or rows for no command').toEqual([...COMMAND_NAMES].sort());
    const disagreeing = COMMAND_NAMES.filter((name) => COMMAND_ROWS[name] && [...SENDER_ROLES[COMMAND_ROWS[name].who]].sort().join() !== [...COMMANDS[name].roles].sort().join());
    expect(disagreeing.map((name) => `${name}: row says ${COMMAND_ROWS[name]!.who}, table says [${COMMANDS[name].roles.join(', ')}]`)).toEqual([]);
  });

  it('has a row for every route the server serves', async () => {
    const served = await expressRoutes(srv.server, srv.url);
    expect(served.filter((r) => !ROUTE_ROWS[r]), 'routes without a row: add one to routeMatrix.ts').toEqual([]);
    expect(Object.keys(ROUTE_ROWS).filter((r) => !served.includes(r)), 'rows for routes the server does not serve').toEqual([]);
  });

  it('[AUTH3] [CMD5] every command, as every role, is accepted or refused as its row says, and a refusal changes nothing', async () => {
    const failures: MatrixFailure[] = [];
    let cells = 0;
    for (const [name, row] of Object.entries(COMMAND_ROWS)) cells += await runCommandRow(ctx, m, name, row, failures);
    console.log(`[matrix] commands: ${Object.keys(COMMAND_ROWS).length} rows × 8 roles = ${cells} cells checked, ${failures.length} failed`);
    if (failures.length > 0) console.error(`[matrix] command cells that failed:\n${show(failures).map((l) => `  ${l}`).join('\n')}`);
    expect(show(failures)).toEqual([]);
  }, 120_000);

  it('[AUTH3] [SHARE1] [REV1] [REV3] every route, as every role, answers as its row says, and a refusal changes nothing', async () => {
    const failures: MatrixFailure[] = [];
    let cells = 0;
    for (const [key, row] of Object.entries(ROUTE_ROWS)) cells += await runRouteRow(ctx, m, key, row, failures);
    console.log(`[matrix] routes: ${Object.keys(ROUTE_ROWS).length} rows × 8 roles = ${cells} cells checked, ${failures.length} failed`);
    if (failures.length > 0) console.error(`[matrix] route cells that failed:\n${show(failures).map((l) => `  ${l}`).join('\n')}`);
    expect(show(failures)).toEqual([]);
  }, 120_000);
});
