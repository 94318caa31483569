import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeView } from '@roundtable/shared/programme/programmeRest';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { memberIdOf } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';
import { programmeWorld, ProgrammeWatcher, type ProgrammeWorld } from './programmeWorld';

let w: ProgrammeWorld;
let facilitator: WorkshopClient;
let participant: WorkshopClient;
let watcher: ProgrammeWatcher;

beforeAll(async () => {
  w = await programmeWorld();
  const a = w.workshops.a;
  facilitator = new WorkshopClient(w.srv.url, a.workshopId, await memberIdOf(w.srv.url, a.workshopId, a.facilitatorToken), a.facilitatorToken);
  participant = new WorkshopClient(w.srv.url, a.workshopId, w.participantA.memberId, w.participantA.token);
  await Promise.all([facilitator.whenSynced(), participant.whenSynced()]);
  watcher = new ProgrammeWatcher(w.srv.url, w.programme.programmeId, w.lead.browser.cookieHeader());
  const connected = await watcher.connected();
  expect(connected).toEqual({ ok: true });
});
afterAll(async () => {
  watcher?.close();
  facilitator?.close();
  participant?.close();
  await w?.close();
});

const darlington = (view: ProgrammeView) => view.areas.find((a) => a.areaId === w.areas.a)!;

describe('the programme view, live', () => {
  it('[PROG9] a lead watching gets the view at once, and again after an area\'s committed change alters what it publishes', async () => {
    const first = await watcher.viewWhere(() => true);
    expect(first.areas.map((a) => a.name)).toEqual(['Darlington', 'St Helens', 'Wigan']);
    expect(darlington(first).summary!.participantsBySector.third_sector).toBe(1);
    const session2 = sessionsInOrder(facilitator.state())[1]!;
    const ack = await facilitator.send('session:update', { sessionId: session2.id, date: '2027-03-04' });
    expect(ack.ok).toBe(true);
    const next = await watcher.viewWhere((v) => darlington(v).summary?.sessions[1]?.date === '2027-03-04');
    expect(darlington(next).summary!.nextDate).toBe('2027-03-04');
  });

  it('[PROG9] [PROG6] what an area keeps back never reaches the lead\'s browser: a draft, its author, no tally, nor anything of the area once withheld', async () => {
    const board = boardsOfSession(facilitator.state(), sessionsInOrder(facilitator.state())[0]!.id).find((b) => b.kind === 'drivers')!;
    expect((await facilitator.send('board:setPhase', { boardId: board.id, from: 'draft', to: 'contribute' })).ok).toBe(true);
    expect((await participant.send('card:add', { boardId: board.id, text: 'A driver written in private' })).ok).toBe(true);
    expect((await facilitator.send('programme:share', { scope: 'area', shared: false })).ok).toBe(true);
    const withheld = await watcher.viewWhere((v) => darlington(v).summary?.withheld === true);
    expect(darlington(withheld).summary).toMatchObject({ withheld: true, currentSession: null, plan: null });
    expect((await participant.send('programme:share', { scope: 'area', shared: true })).ok).toBe(false);
    const frames = watcher.frames.join('\n');
    for (const secret of ['A driver written in private', w.participantA.memberId, facilitator.memberId, 'authorIds', 'dotsSpent', 'votes']) expect(frames).not.toContain(secret);
    const outputs = await w.lead.browser.get(`/api/programmes/${w.programme.programmeId}/areas/${w.areas.a}/outputs`);
    expect(outputs.body).toMatchObject({ withheld: true, boards: [], sessions: [], plan: null });
  });
});

describe('the programme view after an area\'s room is dropped', () => {
  it('[PROG9] a failed commit drops the area\'s room; the reloaded room is watched, and its next change still reaches the lead', async () => {
    const memory = createMemoryWorkshopStore();
    let failNext = false;
    const failing: WorkshopStore = {
      ...memory,
      commit: (c) => {
        if (!failNext) return memory.commit(c);
        failNext = false;
        return Promise.reject(new Error('disk full'));
      },
    };
    const world = await programmeWorld(failing);
    const a = world.workshops.a;
    const fac = new WorkshopClient(world.srv.url, a.workshopId, await memberIdOf(world.srv.url, a.workshopId, a.facilitatorToken), a.facilitatorToken);
    const lead = new ProgrammeWatcher(world.srv.url, world.programme.programmeId, world.lead.browser.cookieHeader());
    try {
      await fac.whenSynced();
      expect(await lead.connected()).toEqual({ ok: true });
      await lead.viewWhere(() => true);
      const [first, second] = sessionsInOrder(fac.state());
      failNext = true;
      // Refused by the store: the room is dropped, the outbox resends, and the reloaded room applies it.
      expect((await fac.send('session:update', { sessionId: first!.id, date: '2027-01-20' })).ok).toBe(true);
      await lead.viewWhere((v) => v.areas.find((x) => x.areaId === world.areas.a)?.summary?.sessions[0]?.date === '2027-01-20');
      expect((await fac.send('session:update', { sessionId: second!.id, date: '2027-03-04' })).ok).toBe(true);
      await lead.viewWhere((v) => v.areas.find((x) => x.areaId === world.areas.a)?.summary?.sessions[1]?.date === '2027-03-04');
    } finally {
      lead.close();
      fac.close();
      await world.close();
      await memory.close();
    }
  });
});
