import * as Y from 'yjs';
import { DEFAULT_BOARD_ACTIVITY } from '../board/board';
import { tidyLayout, type LayoutCard, type LayoutCluster } from '../board/wallLayout';
import { EMPTY_PLAN_META } from '../plan/plan';
import { EMPTY_SHARING } from '../programme/sharing';
import { PIP_SURVEY_ITEMS } from '../survey/pipSurveyItems';
import { EMPTY_SURVEY } from '../survey/survey';
import type { WorkshopState } from '../workshop/workshop';

/**
 * The layout of a workshop's Y.Doc, version DOC_LAYOUT_VERSION:
 *
 *   meta:     Y.Map  { layoutVersion, id, title, area, joinCode, createdAt, currentSessionId, focusBoardId, focusAt }
 *   sessions: Y.Map<SessionId, Y.Map<field, value>>
 *   boards:   Y.Map<BoardId,   Y.Map<field, value>>
 *   members:  Y.Map<MemberId,  Y.Map<field, value>>
 *   cards:    Y.Map<CardId,    Y.Map<field, value>>   (published cards only)
 *   clusters: Y.Map<ClusterId, Y.Map<field, value>>
 *   plan:     Y.Map  { vision, principles, reviewDate, status, nextVersion, consultationRound, consultationStartedAt }
 *   objectives, actions, proposals, planVersions: Y.Map<id, Y.Map<field, value>>   (the action plan)
 *   progressUpdates: Y.Map<ProgressUpdateId, Y.Map<field, value>>   (leads' reports; only ever added to)
 *   survey:   Y.Map  { status, items, responseCount, openedAt, results }   (the feedback survey)
 *   healthChecks: Y.Map<HealthCheckId, Y.Map<field, value>>   (the health check's rounds; absent before the first)
 *   mapOrganisations: Y.Map<MapOrganisationId, Y.Map<field, value>>   (the partnership map and its suggestions; absent
 *             before the first, and read as an empty map)
 *   sharing:  Y.Map  { areaWithheld, withheldBoardIds, withheldItemIds }   (what the area keeps from its programme;
 *             absent until a facilitator first marks something, and read as everything shared)
 *
 * One Y.Map per entity, so a change to one field of one card travels as one small update. A value is a primitive
 * or a small JSON value (a card's sectors, a tally), replaced whole when it changes.
 * Only the server writes this doc (clients' connections are read-only); it writes by diffing the
 * state a pure transition returned against the doc, so the doc always equals the last committed state.
 */
export const DOC_LAYOUT_VERSION = 7;

const COLLECTIONS = ['sessions', 'boards', 'members', 'cards', 'clusters', 'objectives', 'actions', 'proposals', 'planVersions', 'progressUpdates', 'healthChecks', 'mapOrganisations'] as const;
type Collection = (typeof COLLECTIONS)[number];

export class DocLayoutError extends Error {}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!map.has(key) || !sameValue(map.get(key), value)) map.set(key, value);
}

function writeEntity(map: Y.Map<unknown>, entity: object): void {
  for (const [key, value] of Object.entries(entity)) if (value !== undefined) setIfChanged(map, key, value);
  for (const key of [...map.keys()]) if (!Object.hasOwn(entity, key)) map.delete(key);
}

/**
 * Makes each named collection of the doc equal the same-named record of `next`, writing only the entities that
 * are not the same object in `prev`. Shared by the workshop doc and the server's hidden doc.
 */
export function writeCollections(doc: Y.Doc, names: readonly string[], prev: Record<string, unknown> | null, next: Record<string, unknown>): void {
  for (const name of names) {
    const before = prev?.[name] as Record<string, object> | undefined;
    const after = next[name] as Record<string, object>;
    if (before === after) continue;
    const collection = doc.getMap<Y.Map<unknown>>(name);
    for (const [id, entity] of Object.entries(after)) {
      if (before && Object.hasOwn(before, id) && before[id] === entity) continue;
      let map = collection.get(id);
      if (!map) {
        map = new Y.Map();
        collection.set(id, map);
      }
      writeEntity(map, entity);
    }
    for (const id of [...collection.keys()]) if (!Object.hasOwn(after, id)) collection.delete(id);
  }
}

/**
 * Makes the doc equal `next`. `prev` is the state the doc currently holds (or null for a new doc); entities
 * that are the same object in both are skipped, so a command costs what it changed, not the doc's size.
 * Call inside `doc.transact` to emit a single update.
 */
export function writeWorkshop(doc: Y.Doc, prev: WorkshopState | null, next: WorkshopState): void {
  const meta = doc.getMap<unknown>('meta');
  setIfChanged(meta, 'layoutVersion', DOC_LAYOUT_VERSION);
  if (prev?.meta !== next.meta) for (const [k, v] of Object.entries(next.meta)) setIfChanged(meta, k, v);
  if (prev?.plan !== next.plan) writeEntity(doc.getMap<unknown>('plan'), next.plan);
  if (prev?.survey !== next.survey) writeEntity(doc.getMap<unknown>('survey'), next.survey);
  if (prev?.sharing !== next.sharing) writeEntity(doc.getMap<unknown>('sharing'), next.sharing);
  writeCollections(doc, COLLECTIONS, prev as unknown as Record<string, unknown> | null, next as unknown as Record<string, unknown>);
}

/** Reads the doc as plain data, without validation (for clients, who trust what the server wrote). */
export function readWorkshopUnchecked(doc: Y.Doc): WorkshopState {
  const meta = doc.getMap<unknown>('meta').toJSON() as Record<string, unknown>;
  delete meta.layoutVersion;
  const read = (name: Collection) => doc.getMap<Y.Map<unknown>>(name).toJSON();
  return {
    meta,
    sessions: read('sessions'),
    boards: read('boards'),
    members: read('members'),
    cards: read('cards'),
    clusters: read('clusters'),
    plan: doc.getMap<unknown>('plan').toJSON(),
    objectives: read('objectives'),
    actions: read('actions'),
    proposals: read('proposals'),
    planVersions: read('planVersions'),
    progressUpdates: read('progressUpdates'),
    survey: doc.getMap<unknown>('survey').toJSON(),
    healthChecks: read('healthChecks'),
    mapOrganisations: read('mapOrganisations'),
    sharing: { ...EMPTY_SHARING, ...doc.getMap<unknown>('sharing').toJSON() },
  } as unknown as WorkshopState;
}

export function docLayoutVersion(doc: Y.Doc): number {
  const v = doc.getMap<unknown>('meta').get('layoutVersion');
  return typeof v === 'number' ? v : 0;
}

/** A migration takes a doc at version `from` to `from + 1`, inside one transaction. */
export interface DocMigration {
  from: number;
  migrate(doc: Y.Doc): void;
}

/** Gives every card and cluster of the doc a place on its board's wall, laid out afresh board by board. */
function layOutWalls(doc: Y.Doc): void {
  const cardMaps = doc.getMap<Y.Map<unknown>>('cards');
  const clusterMaps = doc.getMap<Y.Map<unknown>>('clusters');
  const boards = new Map<string, { clusters: LayoutCluster[]; cards: LayoutCard[] }>();
  const boardOf = (map: Y.Map<unknown>) => {
    const boardId = String(map.get('boardId'));
    let board = boards.get(boardId);
    if (!board) boards.set(boardId, (board = { clusters: [], cards: [] }));
    return board;
  };
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  for (const [id, map] of clusterMaps) boardOf(map).clusters.push({ id, position: num(map.get('position')) });
  for (const [id, map] of cardMaps) {
    const clusterId = map.get('clusterId');
    const createdAt = map.get('createdAt');
    boardOf(map).cards.push({ id, clusterId: typeof clusterId === 'string' ? clusterId : null, position: num(map.get('position')), createdAt: typeof createdAt === 'string' ? createdAt : null });
  }
  for (const board of boards.values()) {
    const layout = tidyLayout(board.clusters, board.cards);
    for (const [id, frame] of layout.frames) for (const key of ['x', 'y', 'w', 'h'] as const) clusterMaps.get(id)!.set(key, frame[key]);
    for (const [id, place] of layout.cards) for (const key of ['x', 'y'] as const) cardMaps.get(id)!.set(key, place[key]);
  }
}

/**
 * [VOTE8] The level a board saved before layout 7 is read on, from what its vote left in the doc: the cards when the
 * cards inside its clusters carry more of what it agreed than its clusters do (then, on a tie, more of its dots);
 * otherwise the clusters, the default. So a board voted on and agreed before keeps showing what the room agreed.
 */
function chooseVoteLevels(doc: Y.Doc): void {
  const weigh = (map: Y.Map<unknown>) => {
    const votes = map.get('votes') as { total?: unknown } | null | undefined;
    return { agreed: map.get('agreed') === true ? 1 : 0, dots: typeof votes?.total === 'number' ? votes.total : 0 };
  };
  const levels = new Map<string, { clusters: { agreed: number; dots: number }; cards: { agreed: number; dots: number } }>();
  const of = (boardId: unknown) => {
    const key = String(boardId);
    let level = levels.get(key);
    if (!level) levels.set(key, (level = { clusters: { agreed: 0, dots: 0 }, cards: { agreed: 0, dots: 0 } }));
    return level;
  };
  const add = (into: { agreed: number; dots: number }, w: { agreed: number; dots: number }) => {
    into.agreed += w.agreed;
    into.dots += w.dots;
  };
  for (const cluster of doc.getMap<Y.Map<unknown>>('clusters').values()) add(of(cluster.get('boardId')).clusters, weigh(cluster));
  for (const card of doc.getMap<Y.Map<unknown>>('cards').values()) {
    if (typeof card.get('clusterId') === 'string' && card.get('hidden') !== true) add(of(card.get('boardId')).cards, weigh(card));
  }
  for (const [id, board] of doc.getMap<Y.Map<unknown>>('boards')) {
    if (board.has('voteOn')) continue;
    const level = levels.get(id);
    const cardsWin = level !== undefined && (level.cards.agreed > level.clusters.agreed || (level.cards.agreed === level.clusters.agreed && level.cards.dots > level.clusters.dots));
    board.set('voteOn', cardsWin ? 'cards' : 'clusters');
  }
}

/** Migrations in order; each layout change appends one. */
export const DOC_MIGRATIONS: readonly DocMigration[] = [
  {
    // Version 2: boards gain their activity (phase, settings, live counts); "bring everyone here" in meta; cards and
    // clusters collections (created on first write).
    from: 1,
    migrate(doc) {
      const meta = doc.getMap<unknown>('meta');
      if (!meta.has('focusBoardId')) meta.set('focusBoardId', null);
      if (!meta.has('focusAt')) meta.set('focusAt', null);
      for (const board of doc.getMap<Y.Map<unknown>>('boards').values()) {
        for (const [key, value] of Object.entries(DEFAULT_BOARD_ACTIVITY)) if (!board.has(key)) board.set(key, value);
      }
    },
  },
  {
    // Version 3: the action plan (its meta in `plan`; objectives, actions, proposals and versions as collections,
    // created on first write).
    from: 2,
    migrate(doc) {
      const plan = doc.getMap<unknown>('plan');
      for (const [key, value] of Object.entries(EMPTY_PLAN_META)) if (!plan.has(key)) plan.set(key, value);
    },
  },
  {
    // Version 4: the board wall. Cards gain `x, y` and clusters their frame `x, y, w, h`; each board is laid out as
    // tidyBoard would lay it out (WALL5), so nothing overlaps.
    from: 3,
    migrate: layOutWalls,
  },
  {
    // Version 5: session five — leads' progress reports (a collection, created on first write) and the feedback
    // survey, not started, with the PIP report's items.
    from: 4,
    migrate(doc) {
      const survey = doc.getMap<unknown>('survey');
      for (const [key, value] of Object.entries({ ...EMPTY_SURVEY, items: PIP_SURVEY_ITEMS })) if (!survey.has(key)) survey.set(key, value);
    },
  },
  {
    // Version 6: [ANON2] an anonymous card (no author ids in the doc) keeps no time written; named cards keep theirs.
    from: 5,
    migrate(doc) {
      for (const card of doc.getMap<Y.Map<unknown>>('cards').values()) {
        if (card.get('authorIds') === null && card.get('createdAt') !== null) card.set('createdAt', null);
      }
    },
  },
  {
    // Version 7: [VOTE5] each board votes on one level (`voteOn`); a board saved before keeps the level its vote used most.
    from: 6,
    migrate: chooseVoteLevels,
  },
];

/**
 * Brings a stored doc up to `target`. Returns the versions it went through. Throws DocLayoutError for a doc
 * newer than this server knows (written by a newer deploy) or with a gap in the migrations.
 */
export function migrateDoc(doc: Y.Doc, migrations: readonly DocMigration[] = DOC_MIGRATIONS, target = DOC_LAYOUT_VERSION): { from: number; to: number } {
  const from = docLayoutVersion(doc);
  if (from > target) throw new DocLayoutError(`This workshop was saved by a newer version of Roundtable (layout ${from}; this server knows ${target}).`);
  let version = from;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new DocLayoutError(`No migration from layout version ${version}.`);
    doc.transact(() => {
      step.migrate(doc);
      doc.getMap('meta').set('layoutVersion', version + 1);
    });
    version += 1;
  }
  return { from, to: version };
}
