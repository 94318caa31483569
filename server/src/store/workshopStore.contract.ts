import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { SurveyAnswer } from '@roundtable/shared/survey/survey';
import type { SurveyResponse } from '@roundtable/shared/survey/surveyResults';
import { healthCheckStoreContract } from './healthCheckStore.contract';
import { linkStoreContract } from './linkStore.contract';
import { JoinCodeTakenError, type WorkshopStore } from './workshopStore';

/**
 * The contract every WorkshopStore meets, run against each implementation (PGlite always; PostgreSQL when
 * a test database is configured). Each test makes its own workshops, so one store serves the whole suite.
 */
export function workshopStoreContract(name: string, open: () => Promise<WorkshopStore>): void {
  describe(`${name} store`, () => {
    let store: WorkshopStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    const id = () => randomUUID().replace(/-/g, '').slice(0, 22) as WorkshopId;
    const code = () => randomUUID().replace(/[^A-Z2-9]/gi, '').toUpperCase().slice(0, 6);
    const update = (key: string, value: string) => {
      const doc = new Y.Doc();
      doc.getMap('meta').set(key, value);
      return Y.encodeStateAsUpdate(doc);
    };

    async function newWorkshop() {
      const workshopId = id();
      const joinCode = code();
      const lead = `lead-${workshopId}` as MemberId;
      await store.createWorkshop({ workshopId, joinCode, update: update('title', 'first'), members: [{ memberId: lead, role: 'facilitator', tokenHash: `hash-${workshopId}` }] });
      return { workshopId, joinCode, lead };
    }

    it('creates a workshop findable by join code, with its facilitator and its first update', async () => {
      const { workshopId, joinCode, lead } = await newWorkshop();
      expect(await store.workshopExists(workshopId)).toBe(true);
      expect(await store.findWorkshopByJoinCode(joinCode)).toBe(workshopId);
      expect(await store.findMemberByTokenHash(`hash-${workshopId}`)).toEqual({ memberId: lead, workshopId, role: 'facilitator' });
      const doc = await store.loadDoc(workshopId);
      expect(doc?.snapshot).toBeNull();
      expect(doc?.updates).toHaveLength(1);
    });

    it('knows nothing of an unknown workshop', async () => {
      expect(await store.loadDoc(id())).toBeNull();
      expect(await store.workshopExists(id())).toBe(false);
      expect(await store.findWorkshopByJoinCode('NOPE22')).toBeNull();
    });

    it('refuses a join code already in use', async () => {
      const { joinCode } = await newWorkshop();
      await expect(store.createWorkshop({ workshopId: id(), joinCode, update: update('a', 'b'), members: [] })).rejects.toBeInstanceOf(JoinCodeTakenError);
    });

    it('[CMD1] commits an update, a command result, a member and a new join code together', async () => {
      const { workshopId, lead } = await newWorkshop();
      const newCode = code();
      const seq = await store.commit({
        workshopId,
        update: update('title', 'second'),
        command: { memberId: lead, commandId: 'cmd-1', name: 'workshop:update', result: { ok: true, data: null } },
        newMember: { memberId: `p-${workshopId}` as MemberId, role: 'participant', tokenHash: `phash-${workshopId}` },
        effects: [{ type: 'joinCodeChanged', joinCode: newCode }],
      });
      expect(seq).toEqual({ shared: expect.any(Number), hidden: null });
      expect(await store.findCommandResult(workshopId, lead, 'cmd-1')).toEqual({ ok: true, data: null });
      expect(await store.findCommandResult(workshopId, `someone-else` as MemberId, 'cmd-1')).toBeNull();
      expect(await store.findMemberByTokenHash(`phash-${workshopId}`)).toMatchObject({ role: 'participant' });
      expect(await store.findWorkshopByJoinCode(newCode)).toBe(workshopId);
      expect((await store.loadDoc(workshopId))?.updates).toHaveLength(2);
    });

    it('[CMD2] keeps nothing of a commit that fails part-way', async () => {
      const { workshopId, lead } = await newWorkshop();
      const command = { memberId: lead, commandId: 'dup', name: 'x', result: { ok: true as const, data: null } };
      await store.commit({ workshopId, update: null, command });
      await expect(store.commit({ workshopId, update: update('title', 'lost'), command })).rejects.toThrow();
      expect((await store.loadDoc(workshopId))?.updates).toHaveLength(1);
    });

    it('[MEM2] stops recognising a removed member\'s token', async () => {
      const { workshopId, lead } = await newWorkshop();
      await store.commit({ workshopId, update: null, effects: [{ type: 'memberRemoved', memberId: lead }] });
      expect(await store.findMemberByTokenHash(`hash-${workshopId}`)).toBeNull();
    });

    it('[DUR2] compacts the log into a snapshot and loads the same doc from snapshot + log', async () => {
      const { workshopId } = await newWorkshop();
      const live = new Y.Doc();
      Y.applyUpdate(live, (await store.loadDoc(workshopId))!.updates[0]!);
      let lastSeq = 0;
      for (let i = 0; i < 5; i += 1) {
        const u = captured(live, () => live.getMap('meta').set(`k${i}`, `v${i}`));
        lastSeq = (await store.commit({ workshopId, update: u })).shared!;
      }
      await store.compact(workshopId, Y.encodeStateAsUpdate(live), lastSeq);
      const after = captured(live, () => live.getMap('meta').set('after', 'compaction'));
      await store.commit({ workshopId, update: after });
      const stored = (await store.loadDoc(workshopId))!;
      expect(stored.snapshot).not.toBeNull();
      expect(stored.updates).toHaveLength(1);
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, stored.snapshot!);
      for (const u of stored.updates) Y.applyUpdate(reloaded, u);
      expect(reloaded.getMap('meta').toJSON()).toEqual(live.getMap('meta').toJSON());
      // An older snapshot never replaces a newer one.
      await store.compact(workshopId, update('title', 'stale'), 1);
      expect((await store.loadDoc(workshopId))!.snapshot).toEqual(stored.snapshot);
    });

    linkStoreContract(() => store, newWorkshop);
    healthCheckStoreContract(() => store, newWorkshop);

    it('[SURV4] stores a survey answer in the same transaction as its command, lists only that workshop\'s, and keeps them through the rewrite at close', async () => {
      const { workshopId, lead } = await newWorkshop();
      const other = await newWorkshop();
      const answer = (sector: SurveyResponse['sector'], trust: SurveyAnswer | null, text?: string): SurveyResponse => ({
        sector,
        answers: { 'pip-trust': trust, 'pip-barriers': null },
        texts: text ? { 'pip-done-otherwise': text } : {},
      });
      const command = (commandId: string) => ({ memberId: lead, commandId, name: 'survey:answer', result: { ok: true as const, data: null } });
      await store.commit({ workshopId, update: update('count', '1'), command: command('a1'), effects: [{ type: 'surveyResponse', response: answer('local_authority', 'helpful', 'Joint training') }] });
      await store.commit({ workshopId, update: update('count', '2'), command: command('a2'), effects: [{ type: 'surveyResponse', response: answer(null, null) }] });
      // A commit that fails part-way (a repeated command id) keeps no answer.
      await expect(store.commit({ workshopId, update: null, command: command('a2'), effects: [{ type: 'surveyResponse', response: answer('third_sector', 'not_helpful') }] })).rejects.toThrow();
      const sorted = (list: SurveyResponse[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      const stored = sorted(await store.listSurveyResponses(workshopId));
      expect(stored).toEqual(sorted([answer('local_authority', 'helpful', 'Joint training'), answer(null, null)]));
      expect(await store.listSurveyResponses(other.workshopId)).toEqual([]);
      await store.commit({ workshopId, update: update('status', 'closed'), effects: [{ type: 'surveyClosed' }] });
      expect(sorted(await store.listSurveyResponses(workshopId))).toEqual(stored);
    });

    it('keeps its own copy of the bytes it is given and hands out', async () => {
      const { workshopId } = await newWorkshop();
      const given = update('title', 'second');
      const original = given.slice();
      await store.commit({ workshopId, update: given });
      given.fill(0);
      // Compared as plain bytes: pg hands back a Buffer, PGlite and the in-memory store a Uint8Array.
      const first = (await store.loadDoc(workshopId))!;
      expect(Uint8Array.from(first.updates[1]!)).toEqual(original);
      first.updates[1]!.fill(0);
      expect(Uint8Array.from((await store.loadDoc(workshopId))!.updates[1]!)).toEqual(original);
    });

    it('[CMD2] refuses text PostgreSQL cannot keep (a NUL) and keeps nothing of that commit', async () => {
      const { workshopId, lead } = await newWorkshop();
      const command = (commandId: string, data: unknown) => ({ memberId: lead, commandId, name: 'x', result: { ok: true as const, data } });
      await expect(store.commit({ workshopId, update: update('title', 'lost'), command: command('nul\u0000id', null) })).rejects.toThrow();
      await expect(store.commit({ workshopId, update: update('title', 'lost'), command: command('nul-data', { text: 'a\u0000b' }) })).rejects.toThrow();
      await expect(
        store.commit({ workshopId, update: null, command: command('nul-answer', null), effects: [{ type: 'surveyResponse', response: { sector: null, answers: {}, texts: { 'pip-done-otherwise': 'a\u0000b' } } }] }),
      ).rejects.toThrow();
      expect((await store.loadDoc(workshopId))?.updates).toHaveLength(1);
      expect(await store.findCommandResult(workshopId, lead, 'nul-data')).toBeNull();
      expect(await store.findCommandResult(workshopId, lead, 'nul-answer')).toBeNull();
      expect(await store.listSurveyResponses(workshopId)).toEqual([]);
    });

    it('[DUR1] keeps the hidden doc apart from the shared one, committed in the same transaction', async () => {
      const { workshopId } = await newWorkshop();
      const hidden = new Y.Doc();
      const first = captured(hidden, () => hidden.getMap('cards').set('c1', 'secret'));
      const seqs = await store.commit({ workshopId, update: update('title', 'shared'), hiddenUpdate: first });
      expect(seqs.hidden).toBeGreaterThan(seqs.shared!);
      expect((await store.loadDoc(workshopId))!.updates).toHaveLength(2);
      const stored = (await store.loadDoc(workshopId, 'hidden'))!;
      expect(stored.updates).toHaveLength(1);
      await store.compact(workshopId, Y.encodeStateAsUpdate(hidden), seqs.hidden!, 'hidden');
      const compacted = (await store.loadDoc(workshopId, 'hidden'))!;
      expect(compacted.updates).toHaveLength(0);
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, compacted.snapshot!);
      expect(reloaded.getMap('cards').get('c1')).toBe('secret');
      // The shared doc's log is untouched by the hidden doc's compaction.
      expect((await store.loadDoc(workshopId))!.updates).toHaveLength(2);
      expect((await store.loadDoc(workshopId))!.snapshot).toBeNull();
    });
  });
}

function captured(doc: Y.Doc, change: () => void): Uint8Array {
  let out: Uint8Array | null = null;
  const on = (u: Uint8Array) => (out = u);
  doc.on('update', on);
  change();
  doc.off('update', on);
  if (!out) throw new Error('no update');
  return out;
}
