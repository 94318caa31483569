import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Card, Cluster } from '../board/board';
import { FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH } from '../board/wallLayout';
import type { ActionId, BoardId, CardId, ClusterId, MemberId } from '../ids/ids';
import type { ProgressUpdateId } from '../review/progress';
import { PIP_SURVEY_ITEMS } from '../survey/pipSurveyItems';
import { EMPTY_SURVEY } from '../survey/survey';
import { fixedContext } from '../testing/fixedContext';
import { createWorkshop } from '../workshop/workshopTransitions';
import { readWorkshop } from './readWorkshop';
import { DOC_LAYOUT_VERSION, DocLayoutError, docLayoutVersion, migrateDoc, writeWorkshop } from './workshopDoc';

function freshWorkshop() {
  return createWorkshop({ title: 'Darlington PIP', area: 'Darlington', facilitatorName: 'Ann' }, fixedContext()).state;
}

function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const onUpdate = (u: Uint8Array) => updates.push(u);
  doc.on('update', onUpdate);
  doc.transact(change);
  doc.off('update', onUpdate);
  return updates;
}

describe('the workshop doc', () => {
  it('[DOC1] reads back exactly what was written, stamped with the layout version', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, state));
    expect(readWorkshop(doc)).toEqual(state);
    expect(docLayoutVersion(doc)).toBe(DOC_LAYOUT_VERSION);
  });

  it('[DOC1] converges on another doc through the update alone', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    const [update] = updatesOf(doc, () => writeWorkshop(doc, null, state));
    const replica = new Y.Doc();
    Y.applyUpdate(replica, update!);
    expect(readWorkshop(replica)).toEqual(state);
  });

  it('[DOC2] a change to one field produces one small update, not a rewrite', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    const [full] = updatesOf(doc, () => writeWorkshop(doc, null, state));
    const board = Object.values(state.boards)[0]!;
    const next = { ...state, boards: { ...state.boards, [board.id]: { ...board, title: 'Renamed' } } };
    const updates = updatesOf(doc, () => writeWorkshop(doc, state, next));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.length).toBeLessThan(full!.length / 20);
    expect(readWorkshop(doc)).toEqual(next);
  });

  it('[DOC2] deletes entities that are gone and writes nothing when nothing changed', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, state));
    const [gone, ...rest] = Object.keys(state.boards) as BoardId[];
    const boards = Object.fromEntries(rest.map((id) => [id, state.boards[id]!]));
    const next = { ...state, boards };
    doc.transact(() => writeWorkshop(doc, state, next));
    expect(Object.keys(readWorkshop(doc).boards)).not.toContain(gone);
    expect(updatesOf(doc, () => writeWorkshop(doc, next, next))).toHaveLength(0);
  });

  it('[DOC3] refuses a doc that does not hold a valid workshop', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 42);
    expect(() => readWorkshop(doc)).toThrow(DocLayoutError);
  });
});

describe('doc layout migrations', () => {
  it('[DOC4] runs each migration in order up to the target version', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('layoutVersion', 1);
    const seen: number[] = [];
    const migrations = [
      { from: 2, migrate: (d: Y.Doc) => (seen.push(2), d.getMap('meta').set('b', true)) },
      { from: 1, migrate: (d: Y.Doc) => (seen.push(1), d.getMap('meta').set('a', true)) },
    ];
    expect(migrateDoc(doc, migrations, 3)).toEqual({ from: 1, to: 3 });
    expect(seen).toEqual([1, 2]);
    expect(doc.getMap('meta').toJSON()).toMatchObject({ layoutVersion: 3, a: true, b: true });
  });

  it('[DOC4] leaves a current doc alone', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, freshWorkshop()));
    expect(updatesOf(doc, () => migrateDoc(doc))).toHaveLength(0);
  });

  it('[DOC4] refuses a doc written by a newer layout, and a gap in the migrations', () => {
    const newer = new Y.Doc();
    newer.getMap('meta').set('layoutVersion', DOC_LAYOUT_VERSION + 1);
    expect(() => migrateDoc(newer)).toThrow(/newer version/);
    const old = new Y.Doc();
    old.getMap('meta').set('layoutVersion', 1);
    expect(() => migrateDoc(old, [], 2)).toThrow(/No migration from layout version 1/);
  });
});

describe('layout versions 2 and 3', () => {
  it('[DOC4] a workshop saved at layout 1 gains board activities, focus and the action plan, and reads back valid', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    // A layout-1 doc, as the first release wrote it: boards without activity fields, meta without focus.
    doc.transact(() => {
      const meta = doc.getMap<unknown>('meta');
      meta.set('layoutVersion', 1);
      for (const [k, v] of Object.entries(state.meta)) if (k !== 'focusBoardId' && k !== 'focusAt') meta.set(k, v);
      for (const name of ['sessions', 'members'] as const) {
        const collection = doc.getMap<Y.Map<unknown>>(name);
        for (const [id, entity] of Object.entries(state[name])) {
          const map = new Y.Map<unknown>();
          collection.set(id, map);
          for (const [k, v] of Object.entries(entity)) map.set(k, v);
        }
      }
      const boards = doc.getMap<Y.Map<unknown>>('boards');
      for (const board of Object.values(state.boards)) {
        const map = new Y.Map<unknown>();
        boards.set(board.id, map);
        for (const k of ['id', 'sessionId', 'kind', 'title', 'prompt', 'position'] as const) map.set(k, board[k]);
      }
    });
    expect(() => readWorkshop(doc)).toThrow(DocLayoutError);
    expect(migrateDoc(doc)).toEqual({ from: 1, to: DOC_LAYOUT_VERSION });
    // A doc written before the health check existed reads back without one (HEALTH2: facilitators add it).
    expect(readWorkshop(doc)).toEqual({ ...state, healthChecks: {} });
  });
});

describe('layout version 5', () => {
  it('[DOC4] a workshop saved at layout 4 gains an empty progress history and the survey with the PIP items, and reads back valid', () => {
    const state = freshWorkshop();
    const doc = new Y.Doc();
    // A layout-4 doc: everything a layout-5 doc holds but the survey (progress updates are made on first write).
    doc.transact(() => {
      writeWorkshop(doc, null, state);
      const survey = doc.getMap('survey');
      for (const key of [...survey.keys()]) survey.delete(key);
      doc.getMap('meta').set('layoutVersion', 4);
    });
    expect(() => readWorkshop(doc)).toThrow(DocLayoutError);
    expect(migrateDoc(doc)).toEqual({ from: 4, to: DOC_LAYOUT_VERSION });
    const migrated = readWorkshop(doc);
    expect(migrated).toEqual(state);
    expect(migrated.progressUpdates).toEqual({});
    expect(migrated.survey).toEqual({ ...EMPTY_SURVEY, items: PIP_SURVEY_ITEMS });
  });

  it('[DOC1] progress updates and the survey read back as written', () => {
    const state = freshWorkshop();
    const update = {
      id: 'update000001' as ProgressUpdateId,
      actionId: 'action000001' as ActionId,
      slot: 'councilLead' as const,
      sector: 'local_authority' as const,
      status: 'on_track' as const,
      note: 'Compact draft shared with the forum.',
      evidence: [{ text: 'Draft compact', url: 'https://example.org/compact' }],
      planVersion: 1,
      at: '2026-11-02T10:00:00.000Z',
    };
    const next = { ...state, progressUpdates: { [update.id]: update }, survey: { ...state.survey, status: 'open' as const, responseCount: 2, openedAt: '2027-03-01T10:00:00.000Z' } };
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, state));
    doc.transact(() => writeWorkshop(doc, state, next));
    expect(readWorkshop(doc)).toEqual(next);
  });
});

describe('layout version 6', () => {
  it('[ANON2] [DOC4] a workshop saved at layout 5 loses the time each anonymous card was written; named cards keep theirs', () => {
    const state = freshWorkshop();
    const boardId = Object.keys(state.boards)[0] as BoardId;
    const at = '2026-11-01T10:04:00.000Z';
    const card = (id: string, authorIds: MemberId[] | null): Card => ({
      id: id as CardId, boardId, text: id, sectors: ['third_sector'], mergedTexts: [], authorIds, clusterId: null,
      position: 0, x: 0, y: 0, createdAt: at, hidden: false, votes: null, agreed: false, agreedText: null,
    });
    const written = { ...state, cards: { anon000001: card('anon000001', null), named00001: card('named00001', ['member0001' as MemberId]) } };
    const doc = new Y.Doc();
    // A layout-5 doc, as it was written: every card with its time.
    doc.transact(() => {
      writeWorkshop(doc, null, written);
      doc.getMap('meta').set('layoutVersion', 5);
    });
    expect(migrateDoc(doc)).toEqual({ from: 5, to: DOC_LAYOUT_VERSION });
    const migrated = readWorkshop(doc);
    expect(migrated.cards['anon000001' as CardId]!.createdAt).toBeNull();
    expect(migrated.cards['named00001' as CardId]!.createdAt).toBe(at);
    expect(JSON.stringify(doc.getMap('cards').get('anon000001'))).not.toContain('2026-11-01');
    expect(migrated).toEqual({ ...written, cards: { ...written.cards, anon000001: { ...written.cards.anon000001, createdAt: null } } });
  });
});

describe('layout version 7', () => {
  it('[VOTE8] [DOC4] a workshop saved at layout 6 gives each board the level its vote used most: what it agreed, then its dots; clusters otherwise', () => {
    const state = freshWorkshop();
    const [agreedClusters, agreedCards, dottedCards, noClusters, untouched] = Object.keys(state.boards) as BoardId[];
    const tally = (total: number) => ({ total, bySector: null });
    const cluster = (id: string, boardId: BoardId, agreed: boolean, votes: number | null): Cluster => ({
      id: id as ClusterId, boardId, name: id, position: 0, x: 0, y: 0, w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT,
      votes: votes === null ? null : tally(votes), agreed, agreedText: null,
    });
    const card = (id: string, boardId: BoardId, clusterId: string | null, agreed: boolean, votes: number | null): Card => ({
      id: id as CardId, boardId, text: id, sectors: ['third_sector'], mergedTexts: [], authorIds: null, clusterId: clusterId as ClusterId | null,
      position: 0, x: 0, y: 0, createdAt: null, hidden: false, votes: votes === null ? null : tally(votes), agreed, agreedText: null,
    });
    const clusters = [
      cluster('clusterA01', agreedClusters!, true, 5),
      cluster('clusterB01', agreedCards!, false, 1),
      cluster('clusterC01', dottedCards!, false, 2),
      cluster('clusterE01', untouched!, false, null),
    ];
    const cards = [
      // Agreed on its clusters (a card inside one agreed too, and more dotted): the clusters carry more of what was agreed.
      card('cardA00001', agreedClusters!, 'clusterA01', false, 7),
      // Two cards inside a cluster agreed, the cluster not: the cards.
      card('cardB00001', agreedCards!, 'clusterB01', true, 3),
      card('cardB00002', agreedCards!, 'clusterB01', true, 2),
      // Nothing agreed yet, more dots on the cards inside the cluster than on it: the cards.
      card('cardC00001', dottedCards!, 'clusterC01', false, 4),
      // No clusters at all: the default.
      card('cardD00001', noClusters!, null, true, 6),
      card('cardE00001', untouched!, 'clusterE01', false, null),
    ];
    const written = { ...state, clusters: Object.fromEntries(clusters.map((c) => [c.id, c])), cards: Object.fromEntries(cards.map((c) => [c.id, c])) };
    const doc = new Y.Doc();
    // A layout-6 doc: boards without `voteOn`.
    doc.transact(() => {
      writeWorkshop(doc, null, written);
      for (const board of doc.getMap<Y.Map<unknown>>('boards').values()) board.delete('voteOn');
      doc.getMap('meta').set('layoutVersion', 6);
    });
    expect(() => readWorkshop(doc)).toThrow(DocLayoutError);
    expect(migrateDoc(doc)).toEqual({ from: 6, to: 7 });
    const migrated = readWorkshop(doc);
    const levels = Object.fromEntries(Object.values(migrated.boards).map((b) => [b.id, b.voteOn]));
    expect(levels[agreedClusters!]).toBe('clusters');
    expect(levels[agreedCards!]).toBe('cards');
    expect(levels[dottedCards!]).toBe('cards');
    expect(levels[noClusters!]).toBe('clusters');
    expect(levels[untouched!]).toBe('clusters');
    expect(migrated).toEqual({ ...written, boards: Object.fromEntries(Object.values(written.boards).map((b) => [b.id, { ...b, voteOn: levels[b.id] }])) });
  });
});
