import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { boardsOfSession, sessionsInOrder } from '@roundtable/shared/workshop/workshop';
import { createTestWorkshop, joinTestWorkshop } from './testing/restClient';
import { freePort, startServerProcess, type ServerProcess } from './testing/serverProcess';
import { MemoryOutboxStorage, WorkshopClient } from './testing/workshopClient';

/**
 * Durability of what only the server knows: private drafts live in the hidden doc, which no client holds, so a lost
 * hidden update could not be healed by any client. Participants add private cards without waiting for acks; the
 * server is SIGKILLed in the middle and restarted; every card must end up exactly once, as its author's draft, and
 * then on the board at reveal.
 */
const PARTICIPANTS = 5;
const CARDS_EACH = 12;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
}, 30_000);

async function memberIdOf(baseUrl: string, workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } });
  return ((await res.json()) as MeResponse).memberId;
}

describe('durability of the hidden doc', () => {
  it('[DUR3] [CARD2] a kill -9 while participants write private cards loses no acknowledged card and duplicates none', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'roundtable-hidden-durability-'));
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    const port = await freePort();
    const dataDir = join(tmp, 'data');
    const start = async (): Promise<ServerProcess> => {
      const server = await startServerProcess({ inheritedEnv: process.env, port, dataDir, env: { COMPACT_EVERY_N_UPDATES: '15' }, startTimeoutMs: 60_000 });
      cleanups.push(async () => void (await server.stop('SIGKILL')));
      return server;
    };
    let server = await start();
    const w = await createTestWorkshop(server.url);
    const lead = new WorkshopClient(server.url, w.workshopId, await memberIdOf(server.url, w.workshopId, w.leadToken), w.leadToken, { presence: false });
    cleanups.push(() => lead.close());
    await lead.whenSynced();
    const state = lead.state();
    const board = boardsOfSession(state, sessionsInOrder(state)[1]!.id)[0]!.id;
    expect(await lead.send('board:setPhase', { boardId: board, from: 'draft', to: 'contribute' })).toEqual({ ok: true, data: null });

    const writers: WorkshopClient[] = [];
    for (let i = 0; i < PARTICIPANTS; i += 1) {
      const joined = await joinTestWorkshop(server.url, w.joinCode, `Writer ${i}`, i % 2 === 0 ? 'local_authority' : 'third_sector');
      const client = new WorkshopClient(server.url, w.workshopId, joined.participantId, joined.token, { presence: false, storage: new MemoryOutboxStorage() });
      cleanups.push(() => client.close());
      writers.push(client);
    }
    await Promise.all(writers.map((c) => Promise.all([c.whenConnected(), c.whenSynced()])));

    const acks: Promise<Ack<{ cardId: string }>>[] = [];
    const acked = new Set<string>();
    let ackedAtKill = 0;
    const killRound = 3 + Math.floor(Math.random() * (CARDS_EACH - 6));
    for (let n = 0; n < CARDS_EACH; n += 1) {
      for (const [i, client] of writers.entries()) {
        const text = `writer ${i} card ${n}`;
        const ack = client.send('card:add', { boardId: board, text });
        acks.push(ack);
        void ack.then((a) => a.ok && acked.add(text));
      }
      if (n === killRound) {
        await delay(Math.round(Math.random() * 40));
        ackedAtKill = acked.size;
        server.child.kill('SIGKILL');
        await server.exited;
        server = await start();
      }
      await delay(60);
    }
    const results = await Promise.all(acks);
    expect(results.filter((a) => !a.ok)).toEqual([]);

    // Every card, acknowledged before the kill or resent after it, is its author's draft exactly once.
    for (const [i, client] of writers.entries()) {
      const expected = Array.from({ length: CARDS_EACH }, (_, n) => `writer ${i} card ${n}`);
      const view = await client.waitForPersonal((v) => v.drafts.length >= CARDS_EACH, 30_000);
      expect(view.drafts.map((d) => d.text).sort()).toEqual(expected.sort());
    }
    await lead.whenConnected(30_000);
    await lead.waitFor((s) => s.boards[board]!.cardCounts.local_authority + s.boards[board]!.cardCounts.third_sector === PARTICIPANTS * CARDS_EACH, 30_000);
    expect(await lead.send('board:setPhase', { boardId: board, from: 'contribute', to: 'reveal' })).toEqual({ ok: true, data: null });
    const revealed = await lead.waitFor((s) => Object.keys(s.cards).length >= PARTICIPANTS * CARDS_EACH, 30_000);
    const texts = Object.values(revealed.cards).map((c) => c.text);
    expect(texts).toHaveLength(PARTICIPANTS * CARDS_EACH);
    expect(new Set(texts).size).toBe(PARTICIPANTS * CARDS_EACH);
    expect(Object.values(revealed.cards).every((c) => c.authorIds === null)).toBe(true);
    console.log(`hidden-doc durability: ${PARTICIPANTS * CARDS_EACH} private cards, kill -9 after round ${killRound + 1}; ${ackedAtKill} acknowledged before it`);
  }, 180_000);
});
