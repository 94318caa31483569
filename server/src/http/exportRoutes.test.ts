import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardPhase, BoardKind } from '@roundtable/shared/board/board';
import type { BoardId, CardId } from '@roundtable/shared/ids/ids';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { CONTENT_TYPES } from '../exports/contentTypes';
import { docxText, pdfText } from '../testing/extractText';
import { createTestWorkshop, joinTestWorkshop, type CreatedForTest, type JoinedForTest } from '../testing/restClient';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';
import { WorkshopClient } from '../testing/workshopClient';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

let store: WorkshopStore;
let srv: TestServer;
const open: WorkshopClient[] = [];

beforeAll(async () => {
  store = createMemoryWorkshopStore();
  srv = await startTestServer(store, { commandsPer10S: 1_000 });
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await srv?.close();
  await store?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function connect(workshopId: string, memberId: string, token: string): Promise<WorkshopClient> {
  const c = new WorkshopClient(srv.url, workshopId, memberId, token);
  open.push(c);
  await Promise.all([c.whenSynced(), c.whenConnected()]);
  return c;
}

function accepted<T>(ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

function boardOfKind(state: WorkshopState, kind: BoardKind): BoardId {
  const board = Object.values(state.boards).find((b) => b.kind === kind);
  if (!board) throw new Error(`no ${kind} board`);
  return board.id;
}

/** The facilitator walks a board forward, one phase at a time, to `to`. */
async function stepTo(facilitator: WorkshopClient, boardId: BoardId, to: BoardPhase): Promise<void> {
  const phases: BoardPhase[] = ['draft', 'contribute', 'reveal', 'group', 'vote', 'results', 'agree', 'closed'];
  let from = facilitator.state().boards[boardId]!.phase;
  while (phases.indexOf(from) < phases.indexOf(to)) {
    const next = phases[phases.indexOf(from) + 1]!;
    accepted(await facilitator.send('board:setPhase', { boardId, from, to: next }));
    await facilitator.waitFor((s) => s.boards[boardId]?.phase === next);
    from = next;
  }
}

interface Group {
  w: CreatedForTest;
  council: JoinedForTest;
  third: JoinedForTest;
}

/**
 * A workshop whose group agreed two drivers (anonymous board, with dots) and one benefit (a board where authors are
 * named), through the same commands the app sends.
 */
async function workshopWithAgreedProfile(): Promise<Group> {
  const w = await createTestWorkshop(srv.url, 'Sutton PIP 2026', 'Sutton');
  const council = await joinTestWorkshop(srv.url, w.joinCode, 'Colin Councilworth', 'local_authority', 'London Borough of Sutton');
  const third = await joinTestWorkshop(srv.url, w.joinCode, 'Theresa Thirdsector', 'third_sector', 'Sutton CVS');
  const facilitator = await connect(w.workshopId, 'lead', w.leadToken);
  const c = await connect(w.workshopId, council.participantId, council.token);
  const t = await connect(w.workshopId, third.participantId, third.token);

  const drivers = boardOfKind(facilitator.state(), 'drivers');
  await stepTo(facilitator, drivers, 'contribute');
  const policy = accepted(await c.send('card:add', { boardId: drivers, text: 'National policy initiatives' })).cardId as CardId;
  const funding = accepted(await t.send('card:add', { boardId: drivers, text: 'Access to wider funding' })).cardId as CardId;
  accepted(await t.send('card:add', { boardId: drivers, text: 'Meetings for their own sake' }));
  await stepTo(facilitator, drivers, 'vote');
  for (const [voter, item] of [[c, policy], [t, funding], [t, funding], [c, funding]] as const) accepted(await voter.send('vote:cast', { boardId: drivers, itemId: item }));
  await stepTo(facilitator, drivers, 'agree');
  accepted(await facilitator.send('item:agree', { itemId: policy }));
  accepted(await facilitator.send('item:agree', { itemId: funding, text: 'The opportunity to access a broader range of funding sources' }));

  const benefits = boardOfKind(facilitator.state(), 'benefits');
  accepted(await facilitator.send('board:configure', { boardId: benefits, anonymous: false }));
  await stepTo(facilitator, benefits, 'contribute');
  const learning = accepted(await t.send('card:add', { boardId: benefits, text: 'Learning and innovation' })).cardId as CardId;
  await stepTo(facilitator, benefits, 'agree');
  accepted(await facilitator.send('item:agree', { itemId: learning }));
  await facilitator.waitFor((s) => s.cards[learning]?.agreed === true && s.cards[learning].authorIds !== null);
  return { w, council, third };
}

describe('GET /api/workshops/:id/profile.{md,docx,pdf}', () => {
  it('[PRO2][PRO1][PRO3] a participant downloads the profile in all three formats, with the agreed items, their sectors and no names', async () => {
    const { w, council, third } = await workshopWithAgreedProfile();
    const files = {
      md: { type: CONTENT_TYPES.md, text: (body: Buffer) => Promise.resolve(body.toString('utf8')) },
      docx: { type: CONTENT_TYPES.docx, text: docxText },
      pdf: { type: CONTENT_TYPES.pdf, text: pdfText },
    };
    for (const [ext, { type, text }] of Object.entries(files)) {
      const res = await get(`/api/workshops/${w.workshopId}/profile.${ext}`, bearer(council.token));
      expect(res.status, ext).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="sutton-pip-2026-partnership-profile.${ext}"`);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const content = (await text(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ');
      expect(content).toContain('Sutton PIP 2026');
      for (const heading of ['Drivers', 'Benefits', 'Difficult aspects', 'Obstacles and barriers']) expect(content).toContain(heading);
      expect(content).toMatch(/The opportunity to access a broader range of funding sources \|? ?Third sector \|? ?3/);
      expect(content).toMatch(/National policy initiatives \|? ?Council \|? ?1/);
      expect(content).toMatch(/Learning and innovation \|? ?Third sector \|? ?0/);
      expect(content).not.toContain('Meetings for their own sake');
      expect(content).toContain('Nothing agreed yet');
      for (const name of ['Colin', 'Councilworth', 'Theresa', 'Thirdsector', 'Ann Facilitator', council.participantId, third.participantId]) expect(content).not.toContain(name);
    }
  });

  it('[PRO2] a facilitator downloads it too, by cookie as a browser does', async () => {
    const w = await createTestWorkshop(srv.url, 'Wigan PIP', 'Wigan');
    const res = await get(`/api/workshops/${w.workshopId}/profile.md`, { cookie: `rt_${w.workshopId}=${w.coToken}` });
    expect(res.status).toBe(200);
    const md = await res.text();
    expect(md).toContain('# Wigan PIP');
    expect(md.split('Nothing agreed yet')).toHaveLength(6);
  });

  it('[PRO2] refuses anyone who is not a member: no token 401, another workshop\'s member 401, an unknown workshop 404', async () => {
    const a = await createTestWorkshop(srv.url);
    const b = await createTestWorkshop(srv.url);
    const stranger = await joinTestWorkshop(srv.url, b.joinCode, 'Sam Stranger');
    for (const ext of ['md', 'docx', 'pdf']) {
      const none = await get(`/api/workshops/${a.workshopId}/profile.${ext}`);
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      expect((await get(`/api/workshops/${a.workshopId}/profile.${ext}`, bearer(stranger.token))).status).toBe(401);
      expect((await get(`/api/workshops/${a.workshopId}/profile.${ext}`, bearer(b.leadToken))).status).toBe(401);
      expect((await get(`/api/workshops/NoSuchWorkshop00000000/profile.${ext}`, bearer(a.leadToken))).status).toBe(404);
    }
  });

  it('[PRO2] answers an unknown format with 404', async () => {
    const w = await createTestWorkshop(srv.url);
    for (const path of ['profile.xlsx', 'profile.constructor', 'profile.', 'profile']) {
      const res = await get(`/api/workshops/${w.workshopId}/${path}`, bearer(w.leadToken));
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
