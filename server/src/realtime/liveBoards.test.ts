import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId, WorkshopId } from '@roundtable/shared/ids/ids';
import { BOARD_PHASES, type BoardPhase, boardsOfSession } from '@roundtable/shared/board/board';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { testRoomDeps } from '../testing/roomDeps';
import { WorkshopClient } from '../testing/workshopClient';
import { WorkshopRoom } from '../workshops/workshopRoom';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';
import { CARD_TEXT_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import type { Sector } from '@roundtable/shared/members/sector';

const srv = testServerForFile();
const open: WorkshopClient[] = [];

afterEach(() => {
  for (const client of open.splice(0)) client.close();
});

/** Everything a client received: the Yjs updates applied to its doc and every Socket.io event, as raw text. */
function recordFrames(client: WorkshopClient): string[] {
  const frames: string[] = [];
  client.doc.on('update', (update: Uint8Array) => frames.push(Buffer.from(update).toString('latin1')));
  client.socket.onAny((event: string, ...args: unknown[]) => frames.push(`${event} ${JSON.stringify(args)}`));
  return frames;
}

interface Person {
  client: WorkshopClient;
  memberId: string;
  frames: string[];
}

/** Who a token belongs to, as the app asks: `GET /api/workshops/:id/me`. */
async function memberIdOf(workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${srv.url}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { memberId: string };
  expect(body.memberId).toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return body.memberId;
}

async function connect(workshopId: string, token: string): Promise<Person> {
  const memberId = await memberIdOf(workshopId, token);
  const client = new WorkshopClient(srv.url, workshopId, memberId, token, { presence: false });
  open.push(client);
  return { client, memberId, frames: recordFrames(client) };
}

/** A session-two workshop: two facilitators and four participants, two from each sector, all connected and synced. */
async function sessionTwo() {
  const w = await createTestWorkshop(srv.url);
  const lead = await connect(w.workshopId, w.leadToken);
  const co = await connect(w.workshopId, w.coToken);
  const people: [string, Sector][] = [
    ['Cara', 'local_authority'],
    ['Colin', 'local_authority'],
    ['Tess', 'third_sector'],
    ['Theo', 'third_sector'],
  ];
  const participants: Person[] = [];
  for (const [name, sector] of people) {
    const joined = await joinTestWorkshop(srv.url, w.joinCode, name, sector);
    participants.push(await connect(w.workshopId, joined.token));
  }
  const everyone = [lead, co, ...participants];
  await Promise.all(everyone.map((p) => p.client.whenSynced()));
  await Promise.all(everyone.map((p) => p.client.whenConnected()));
  const state = lead.client.state();
  const board = boardsOfSession(state, sessionsInOrder(state)[1]!.id)[0]!.id;
  return { w, lead, co, participants, everyone, board };
}

async function stepTo(facilitator: WorkshopClient, board: BoardId, target: BoardPhase): Promise<void> {
  let phase = facilitator.state().boards[board]!.phase;
  while (phase !== target) {
    const next = BOARD_PHASES[BOARD_PHASES.indexOf(phase) + (BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(phase) ? 1 : -1)]!;
    const ack = await facilitator.send('board:setPhase', { boardId: board, from: phase, to: next });
    expect(ack).toEqual({ ok: true, data: null });
    phase = next;
  }
  await facilitator.waitFor((s) => s.boards[board]!.phase === target);
}

const allSee = (people: Person[], check: (s: WorkshopState) => boolean) => Promise.all(people.map((p) => p.client.waitFor(check)));

describe('live boards, with real clients', () => {
  it('[CARD2] [PRIV1] [ANON1] private drafts reach only their author; at reveal everyone sees every card, and no frame anyone else receives ties an anonymous card to its author', async () => {
    const { lead, participants, everyone, board } = await sessionTwo();
    await stepTo(lead.client, board, 'contribute');
    const cardIds: Record<string, string> = {};
    for (const [i, p] of participants.entries()) {
      const ack = await p.client.send('card:add', { boardId: board, text: `Benefit number ${i}` });
      if (!ack.ok) throw new Error(ack.error.message);
      cardIds[ack.data.cardId] = p.memberId;
    }
    for (const [i, p] of participants.entries()) {
      const view = await p.client.waitForPersonal((v) => v.drafts.length === 1);
      expect(view.drafts[0]!.text).toBe(`Benefit number ${i}`);
    }
    // [LIVE1] The counts travel; the cards do not.
    await allSee(everyone, (s) => s.boards[board]!.cardCounts.local_authority === 2 && s.boards[board]!.cardCounts.third_sector === 2);
    for (const p of everyone) expect(p.client.state().cards).toEqual({});
    expect(lead.client.personal.drafts).toEqual([]);

    await stepTo(lead.client, board, 'reveal');
    await allSee(everyone, (s) => Object.keys(s.cards).length === 4);
    for (const p of participants) await p.client.waitForPersonal((v) => v.drafts.length === 0 && v.myCardIds.length === 1);
    for (const p of everyone) {
      for (const card of Object.values(p.client.state().cards)) expect(card.authorIds).toBeNull();
    }

    for (const p of everyone) {
      expect(p.frames.length).toBeGreaterThan(0);
      for (const [cardId, authorId] of Object.entries(cardIds)) {
        if (authorId === p.memberId) continue;
        const tying = p.frames.filter((f) => f.includes(cardId) && f.includes(authorId));
        expect(tying, `${p.memberId} received a frame tying card ${cardId} to its author`).toEqual([]);
        for (const frame of p.frames.filter((f) => f.startsWith('personal:view'))) expect(frame).not.toContain(authorId);
      }
    }
  });

  it('[PH2] two facilitators moving the board at once: one wins, the other is told, and the board moves one step', async () => {
    const { lead, co, everyone, board } = await sessionTwo();
    const [a, b] = await Promise.all([
      lead.client.send('board:setPhase', { boardId: board, from: 'draft', to: 'contribute' }),
      co.client.send('board:setPhase', { boardId: board, from: 'draft', to: 'contribute' }),
    ]);
    expect([a, b].filter((ack) => ack.ok)).toHaveLength(1);
    expect([a, b].find((ack) => !ack.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await allSee(everyone, (s) => s.boards[board]!.phase === 'contribute');
  });

  it('[VOTE1] [VOTE3] [VOTE4] [RES1] dots are private until results, limited by budget and cap; results reach everyone', async () => {
    const { lead, participants, everyone, board } = await sessionTwo();
    await lead.client.send('board:configure', { boardId: board, contributing: 'open', votesPerParticipant: 2, votesPerItemMax: 1 });
    await stepTo(lead.client, board, 'contribute');
    const a = await lead.client.send('card:add', { boardId: board, text: 'Better outcomes for residents', sector: null });
    const b = await lead.client.send('card:add', { boardId: board, text: 'Shared local knowledge', sector: 'third_sector' });
    if (!a.ok || !b.ok) throw new Error('scribing failed');
    await stepTo(lead.client, board, 'vote');
    const [cara] = participants;
    expect(await cara!.client.send('vote:cast', { boardId: board, itemId: a.data.cardId })).toEqual({ ok: true, data: { dotsLeft: 1 } });
    expect(await cara!.client.send('vote:cast', { boardId: board, itemId: a.data.cardId })).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    expect(await cara!.client.send('vote:cast', { boardId: board, itemId: b.data.cardId })).toEqual({ ok: true, data: { dotsLeft: 0 } });
    expect(await cara!.client.send('vote:cast', { boardId: board, itemId: b.data.cardId })).toMatchObject({ ok: false, error: { code: 'limit_reached' } });
    for (const p of participants.slice(1)) await p.client.send('vote:cast', { boardId: board, itemId: b.data.cardId });
    await cara!.client.waitForPersonal((v) => Object.keys(v.dots[board] ?? {}).length === 2);
    // The room sees how many dots are spent, not where they went.
    await allSee(everyone, (s) => s.boards[board]!.dotsSpent === 5);
    for (const p of everyone) expect(Object.values(p.client.state().cards).every((c) => c.votes === null)).toBe(true);

    await stepTo(lead.client, board, 'results');
    await allSee(everyone, (s) => s.cards[b.data.cardId as never]?.votes?.total === 4);
    // [SMALL1] Two voters from each sector, four in all: no group reaches five, so no split is published.
    expect(participants[3]!.client.state().cards[b.data.cardId as never]!.votes).toEqual({ total: 4, bySector: null });
    expect(participants[3]!.client.state().boards[board]!.resultGroups).toEqual([]);
  });

  it('[CMD3] [CMD5] [CARD6] bad board commands get a clear error and change nothing', async () => {
    const { lead, participants, board, w } = await sessionTwo();
    const other = await sessionTwo();
    await stepTo(lead.client, board, 'contribute');
    const [cara] = participants;
    const before = JSON.stringify(lead.client.state());
    expect(await cara!.client.send('card:add', { boardId: board, text: 'x'.repeat(CARD_TEXT_MAX_CHARS + 1) })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await cara!.client.send('card:add', { boardId: board, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await cara!.client.send('card:edit', { cardId: 'no-such-card', text: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await cara!.client.send('board:lock', { boardId: board, locked: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A board of another workshop is unknown here.
    const foreignBoard = Object.keys(other.lead.client.state().boards)[0]!;
    expect(await cara!.client.send('card:add', { boardId: foreignBoard, text: 'wrong workshop' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await lead.client.send('board:setPhase', { boardId: board, from: 'draft', to: 'contribute' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await lead.client.send('board:lock', { boardId: board, locked: true });
    expect(await cara!.client.send('card:add', { boardId: board, text: 'while paused' })).toMatchObject({ ok: false, error: { code: 'locked' } });
    await lead.client.send('board:lock', { boardId: board, locked: false });
    await lead.client.waitFor((s) => !s.boards[board]!.locked);
    expect(JSON.stringify(lead.client.state())).toBe(before);
    expect(w.workshopId).not.toBe(other.w.workshopId);
  });

  it('[DUR1] [MOD1] drafts, authorship and notices survive a reload of the workshop from the store', async () => {
    const { w, lead, participants, board } = await sessionTwo();
    await stepTo(lead.client, board, 'contribute');
    const [cara, , tess] = participants;
    await cara!.client.send('card:add', { boardId: board, text: 'Cara private draft' });
    const published = await tess!.client.send('card:add', { boardId: board, text: 'Tess draft' });
    await stepTo(lead.client, board, 'reveal');
    if (!published.ok) throw new Error('add failed');
    expect(await lead.client.send('card:hide', { cardId: published.data.cardId, hidden: true })).toEqual({ ok: true, data: null });
    await tess!.client.waitForPersonal((v) => v.notices.length === 1);

    const reloaded = await WorkshopRoom.load(w.workshopId as WorkshopId, testRoomDeps(srv.store));
    try {
      await reloaded!.compactNow();
      expect(reloaded!.current).toEqual(lead.client.state());
      expect(await reloaded!.personalView(tess!.memberId as never)).toEqual(tess!.client.personal);
      expect((await reloaded!.personalView(cara!.memberId as never))!.myCardIds).toHaveLength(1);
    } finally {
      reloaded!.destroy();
    }
  });
});
