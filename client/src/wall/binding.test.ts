import { CARD_HEIGHT, CARD_WIDTH, FRAME_HEADER, FRAME_MAX_SIZE, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, FRAME_PADDING, WALL_LIMIT } from '@roundtable/shared/board/wallLayout';
import type { BoardId, CardId, ClusterId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { BOARD_ID, testCard, testCluster, workshopWith } from '../testing/workshopFixture';
import {
  buildWall,
  cardDropCommand,
  cardIdOfShape,
  cardShapeId,
  clusterIdOfShape,
  clusterShapeId,
  diffShapes,
  frameChangeCommand,
  needsRefit,
  placedSpec,
  sameSpec,
  wallBounds,
  wallShapes,
  type CardShapeSpec,
  type ShapeSpec,
} from './binding';

const FUNDING = 'cluster0001' as ClusterId;
const TRUST = 'cluster0002' as ClusterId;

/** Two frames side by side, two cards in the first, one loose card right of them, one card of another board. */
function sampleState() {
  return workshopWith({
    clusters: [
      testCluster(FUNDING, 'Funding', 0, { x: 0, y: 0, w: 500, h: 400 }),
      testCluster(TRUST, 'Trust', 1, { x: 600, y: 0, w: 300, h: 200, votes: { total: 7, bySector: null }, agreed: true }),
    ],
    cards: [
      testCard('card000001', { clusterId: FUNDING, x: 16, y: 40, text: 'Short-term grants' }),
      testCard('card000002', { clusterId: FUNDING, x: 232, y: 40, sectors: ['local_authority', 'third_sector'], mergedTexts: ['Annual funding'] }),
      testCard('card000003', { x: 1000, y: 50, votes: { total: 3, bySector: null }, agreed: true }),
      testCard('card000004', { hidden: true, text: '', x: 1000, y: 200 }),
      testCard('card000009', { boardId: 'otherboard' as BoardId, x: 5, y: 5 }),
    ],
  });
}

describe('shape ids', () => {
  it('[WALLV1] are stable, derived from card and cluster ids, and read back', () => {
    expect(cardShapeId('card000001')).toBe('shape:card:card000001');
    expect(clusterShapeId('cluster0001')).toBe('shape:cluster:cluster0001');
    expect(cardIdOfShape(cardShapeId('a_b-c12345'))).toBe('a_b-c12345');
    expect(clusterIdOfShape(clusterShapeId('a_b-c12345'))).toBe('a_b-c12345');
    expect(cardIdOfShape(clusterShapeId('cluster0001'))).toBeNull();
    expect(clusterIdOfShape('shape:somethingElse')).toBeNull();
  });
});

describe('wallShapes: doc state → the shapes for a board', () => {
  it('[WALLV1] gives each cluster a frame and each card of the board a card shape, in its frame or on the page', () => {
    const shapes = wallShapes(sampleState(), BOARD_ID);
    expect([...shapes.keys()]).toEqual([
      clusterShapeId(FUNDING),
      clusterShapeId(TRUST),
      cardShapeId('card000001'),
      cardShapeId('card000002'),
      cardShapeId('card000003'),
      cardShapeId('card000004'),
    ]);
    expect(shapes.get(clusterShapeId(TRUST))).toEqual({
      kind: 'frame',
      id: clusterShapeId(TRUST),
      clusterId: TRUST,
      x: 600,
      y: 0,
      props: { w: 300, h: 200, name: 'Trust' },
      votes: 7,
      agreed: true,
    });
    expect(shapes.get(cardShapeId('card000002'))).toMatchObject({
      parentId: clusterShapeId(FUNDING),
      clusterId: FUNDING,
      x: 232,
      y: 40,
      props: { w: CARD_WIDTH, h: CARD_HEIGHT, sectors: ['local_authority', 'third_sector'], merged: 1, votes: null, agreed: false, hidden: false },
    });
    expect(shapes.get(cardShapeId('card000003'))).toMatchObject({ parentId: null, clusterId: null, x: 1000, y: 50, props: { votes: 3, agreed: true } });
  });

  it('[WALLV1] shows a hidden card without its text', () => {
    const state = sampleState();
    state.cards['card000004' as CardId] = { ...state.cards['card000004' as CardId]!, text: 'should never show' };
    expect(wallShapes(state, BOARD_ID).get(cardShapeId('card000004'))).toMatchObject({ props: { text: '', hidden: true } });
  });

  it('[WALLV1] puts a card whose cluster is not on the board on the page rather than in a missing frame', () => {
    const state = workshopWith({ cards: [testCard('card000001', { clusterId: 'gone000001' as ClusterId, x: 10, y: 20 })] });
    expect(wallShapes(state, BOARD_ID).get(cardShapeId('card000001'))).toMatchObject({ parentId: null, clusterId: null, x: 10, y: 20 });
  });
});

describe('diffShapes: only the shapes that changed', () => {
  it('[WALLV1] changes nothing when the doc did not change the board', () => {
    const shapes = wallShapes(sampleState(), BOARD_ID);
    expect(diffShapes(shapes, wallShapes(sampleState(), BOARD_ID))).toEqual({ put: [], remove: [] });
  });

  it('[WALLV1] puts only the card that moved, and only the frame that was renamed', () => {
    const before = sampleState();
    const after = sampleState();
    after.cards['card000003' as CardId] = { ...after.cards['card000003' as CardId]!, x: 1200 };
    after.clusters[TRUST] = { ...after.clusters[TRUST]!, name: 'Trust and relationships' };
    const { put, remove } = diffShapes(wallShapes(before, BOARD_ID), wallShapes(after, BOARD_ID));
    expect(put.map((s) => s.id)).toEqual([clusterShapeId(TRUST), cardShapeId('card000003')]);
    expect(remove).toEqual([]);
  });

  it('[WALLV1] creates new shapes frames first, and removes cards before frames (a frame takes its children with it)', () => {
    const before = sampleState();
    const after = sampleState();
    delete after.clusters[FUNDING];
    after.cards['card000001' as CardId] = { ...after.cards['card000001' as CardId]!, clusterId: null, x: 16, y: 40 };
    after.cards['card000002' as CardId] = { ...after.cards['card000002' as CardId]!, clusterId: null, x: 232, y: 40 };
    delete after.cards['card000004' as CardId];
    after.cards['card000005' as CardId] = testCard('card000005', { x: 1200, y: 50 });
    after.clusters['cluster0003' as ClusterId] = testCluster('cluster0003', 'New', 2, { x: 0, y: 600 });
    const { put, remove } = diffShapes(wallShapes(before, BOARD_ID), wallShapes(after, BOARD_ID));
    expect(put.map((s) => s.id)).toEqual([clusterShapeId('cluster0003'), cardShapeId('card000001'), cardShapeId('card000002'), cardShapeId('card000005')]);
    expect(put.find((s) => s.id === cardShapeId('card000001'))).toMatchObject({ parentId: null, clusterId: null });
    expect(remove).toEqual([cardShapeId('card000004'), clusterShapeId(FUNDING)]);
  });

  it('[WALLV1] updates a card when its votes are published or it is agreed', () => {
    const before = sampleState();
    const after = sampleState();
    after.cards['card000001' as CardId] = { ...after.cards['card000001' as CardId]!, votes: { total: 2, bySector: null } };
    expect(diffShapes(wallShapes(before, BOARD_ID), wallShapes(after, BOARD_ID)).put.map((s) => s.id)).toEqual([cardShapeId('card000001')]);
  });
});

describe('buildWall: rebuilding only what the doc changed', () => {
  /** The next state as the doc gives it: new records, the entities that did not change kept as they were. */
  const next = (state: ReturnType<typeof sampleState>) => ({ ...state, cards: { ...state.cards }, clusters: { ...state.clusters } });
  const card = (state: ReturnType<typeof sampleState>, id: string) => state.cards[id as CardId]!;

  it('[WALLV1] keeps the very same shapes when nothing on the board changed, so nothing is written', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const again = buildWall(next(state), BOARD_ID, first);
    expect(again.shapes).toBe(first.shapes);
    expect(diffShapes(first.shapes, again.shapes)).toEqual({ put: [], remove: [] });
  });

  it('[WALLV1] keeps the same shapes for cards and clusters rebuilt equal (a doc read afresh), compared field by field', () => {
    const first = buildWall(sampleState(), BOARD_ID);
    const again = buildWall(sampleState(), BOARD_ID, first);
    expect(again.shapes).toBe(first.shapes);
  });

  it('[WALLV1] a changed card → one update, for that card alone; every other shape is the same object as before', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const changed = next(state);
    changed.cards['card000002' as CardId] = { ...card(state, 'card000002'), text: 'Pooled budgets', votes: { total: 4, bySector: null } };
    const again = buildWall(changed, BOARD_ID, first);
    const { put, remove } = diffShapes(first.shapes, again.shapes);
    expect(put).toEqual([again.shapes.get(cardShapeId('card000002'))]);
    expect(put[0]).toMatchObject({ props: { text: 'Pooled budgets', votes: 4 } });
    expect(remove).toEqual([]);
    for (const [id, spec] of again.shapes) if (id !== cardShapeId('card000002')) expect(spec, id).toBe(first.shapes.get(id));
  });

  it('[WALLV1] a removed card → one delete, and nothing put', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const changed = next(state);
    delete changed.cards['card000003' as CardId];
    expect(diffShapes(first.shapes, buildWall(changed, BOARD_ID, first).shapes)).toEqual({ put: [], remove: [cardShapeId('card000003')] });
  });

  it('[WALLV1] a moved frame → one update, its cards (placed relative to it) untouched', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const changed = next(state);
    changed.clusters[FUNDING] = { ...state.clusters[FUNDING]!, x: -800, y: 300 };
    const { put, remove } = diffShapes(first.shapes, buildWall(changed, BOARD_ID, first).shapes);
    expect(put.map((s) => s.id)).toEqual([clusterShapeId(FUNDING)]);
    expect(remove).toEqual([]);
  });

  it('[WALLV1] a card of another board, or another part of the doc, changes nothing on this board', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const changed = next(state);
    changed.cards['card000009' as CardId] = { ...card(state, 'card000009'), text: 'Elsewhere' };
    changed.cards['card000010' as CardId] = testCard('card000010', { boardId: 'otherboard' as BoardId });
    expect(buildWall(changed, BOARD_ID, first).shapes).toBe(first.shapes);
  });

  it('[WALLV1] a card that is the same object is put loose once its cluster has gone from the board', () => {
    const state = sampleState();
    const first = buildWall(state, BOARD_ID);
    const changed = next(state);
    delete changed.clusters[FUNDING];
    const again = buildWall(changed, BOARD_ID, first);
    expect(again.shapes.get(cardShapeId('card000001'))).toMatchObject({ parentId: null, clusterId: null });
    const { put, remove } = diffShapes(first.shapes, again.shapes);
    expect(put.map((s) => s.id)).toEqual([cardShapeId('card000001'), cardShapeId('card000002')]);
    expect(remove).toEqual([clusterShapeId(FUNDING)]);
  });

  it('[WALLV1] reuses nothing built for another board', () => {
    const state = sampleState();
    const other = buildWall(state, 'otherboard' as BoardId);
    const built = buildWall(state, BOARD_ID, other);
    expect([...built.shapes.keys()]).toEqual([...wallShapes(state, BOARD_ID).keys()]);
    expect(built.shapes.get(cardShapeId('card000009'))).toBeUndefined();
  });

  it('[WALLV1] gives the same shapes as a build from nothing, change after change', () => {
    let state = sampleState();
    let built = buildWall(state, BOARD_ID);
    const changes: ((s: ReturnType<typeof next>) => void)[] = [
      (s) => (s.cards['card000001' as CardId] = { ...card(s, 'card000001'), clusterId: TRUST, x: 16, y: 40 }),
      (s) => (s.clusters[TRUST] = { ...s.clusters[TRUST]!, name: 'Trust and relationships', agreed: false }),
      (s) => (s.cards['card000005' as CardId] = testCard('card000005', { x: 1200, y: 50 })),
      (s) => (s.cards['card000004' as CardId] = { ...card(s, 'card000004'), hidden: false, text: 'Shown again' }),
      (s) => delete s.clusters[FUNDING],
    ];
    for (const change of changes) {
      const changed = next(state);
      change(changed);
      built = buildWall(changed, BOARD_ID, built);
      state = changed;
      expect(built.shapes).toEqual(wallShapes(state, BOARD_ID));
    }
  });
});

describe('sameSpec: shapes compared field by field', () => {
  const shapes = wallShapes(sampleState(), BOARD_ID);
  const cardSpec = shapes.get(cardShapeId('card000002')) as CardShapeSpec;
  const frameSpec = shapes.get(clusterShapeId(TRUST))!;

  it('[WALLV1] finds equal copies equal', () => {
    expect(sameSpec(cardSpec, structuredClone(cardSpec))).toBe(true);
    expect(sameSpec(frameSpec, structuredClone(frameSpec))).toBe(true);
  });

  it('[WALLV1] tells apart specs that differ in any one field', () => {
    const cardChanges: Partial<CardShapeSpec>[] = [
      { x: 233 },
      { y: 41 },
      { parentId: null },
      { clusterId: TRUST },
      ...(['w', 'h', 'text', 'merged', 'votes', 'agreed', 'hidden'] as const).map((key) => ({ props: { ...cardSpec.props, [key]: key === 'text' ? 'Other' : typeof cardSpec.props[key] === 'boolean' ? !cardSpec.props[key] : 99 } })),
      { props: { ...cardSpec.props, sectors: ['local_authority'] } },
      { props: { ...cardSpec.props, sectors: ['third_sector', 'local_authority'] } },
    ];
    for (const change of cardChanges) expect(sameSpec(cardSpec, { ...cardSpec, ...change } as ShapeSpec), JSON.stringify(change)).toBe(false);
    const frameChanges = [{ x: 1 }, { y: 1 }, { votes: null }, { agreed: false }, { props: { w: 301, h: 200, name: 'Trust' } }, { props: { w: 300, h: 201, name: 'Trust' } }, { props: { w: 300, h: 200, name: 'Trusts' } }];
    for (const change of frameChanges) expect(sameSpec(frameSpec, { ...frameSpec, ...change } as ShapeSpec), JSON.stringify(change)).toBe(false);
    expect(sameSpec(cardSpec, frameSpec)).toBe(false);
  });
});

describe('cardDropCommand: a finished drag → card:place', () => {
  const shown = wallShapes(sampleState(), BOARD_ID);

  it('[WALLV1] a loose card dropped into a frame goes into that cluster, relative to the frame, with where it was seen as `from`', () => {
    // Trust's frame is at (600, 0); the card's centre lands inside it.
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 640.4, y: 60.6 })).toEqual({
      name: 'card:place',
      input: { cardId: 'card000003', clusterId: TRUST, x: 40, y: 61, from: { clusterId: null, x: 1000, y: 50 } },
    });
  });

  it('[WALLV1] a card dragged out of its frame becomes loose at its page position', () => {
    expect(cardDropCommand(shown, 'card000001' as CardId, { x: 1400, y: 900 })).toEqual({
      name: 'card:place',
      input: { cardId: 'card000001', clusterId: null, x: 1400, y: 900, from: { clusterId: FUNDING, x: 16, y: 40 } },
    });
  });

  it('[WALLV1] a card moved within its frame keeps its cluster; it keeps clear of the name band and the padding', () => {
    expect(cardDropCommand(shown, 'card000001' as CardId, { x: 100, y: 200 })?.input).toMatchObject({ clusterId: FUNDING, x: 100, y: 200 });
    expect(cardDropCommand(shown, 'card000002' as CardId, { x: -60, y: -30 })?.input).toMatchObject({ clusterId: FUNDING, x: FRAME_PADDING, y: FRAME_HEADER });
  });

  it('[WALLV1] goes by the card\'s centre: a card hanging mostly outside a frame stays loose', () => {
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 600 - CARD_WIDTH / 2 - 10, y: 20 })?.input).toMatchObject({ clusterId: null });
  });

  it('[WALLV1] sends nothing for a drop where the card already was, for an unknown card or a card of another board, or for a non-finite place', () => {
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 1000.2, y: 49.8 })).toBeNull();
    expect(cardDropCommand(shown, 'card000001' as CardId, { x: 16, y: 40 })).toBeNull();
    expect(cardDropCommand(shown, 'nosuchcard' as CardId, { x: 0, y: 0 })).toBeNull();
    expect(cardDropCommand(shown, 'card000009' as CardId, { x: 0, y: 0 })).toBeNull();
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: Number.NaN, y: 0 })).toBeNull();
  });

  it('[WALLV1] keeps a drop far off the wall within its limits', () => {
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 5e6, y: -5e6 })?.input).toMatchObject({ clusterId: null, x: WALL_LIMIT, y: -WALL_LIMIT });
  });

  it('[WALLV1] the dropped card shows where it was put until the doc says otherwise', () => {
    const command = cardDropCommand(shown, 'card000003' as CardId, { x: 650, y: 60 })!;
    expect(placedSpec(shown, command)).toMatchObject({ id: cardShapeId('card000003'), parentId: clusterShapeId(TRUST), clusterId: TRUST, x: 50, y: 60 });
  });
});

describe('frameChangeCommand: a finished move or resize of a frame → cluster:place', () => {
  const shown = wallShapes(sampleState(), BOARD_ID);

  it('[WALLV1] sends the frame\'s new place and size, rounded', () => {
    expect(frameChangeCommand(shown, TRUST, { x: 650.4, y: -20.6, w: 420.2, h: 310 })).toEqual({
      name: 'cluster:place',
      input: { clusterId: TRUST, x: 650, y: -21, w: 420, h: 310 },
    });
  });

  it('[WALLV1] keeps the frame within the sizes the workshop allows', () => {
    expect(frameChangeCommand(shown, TRUST, { x: 600, y: 0, w: 20, h: 10 })?.input).toMatchObject({ w: FRAME_MIN_WIDTH, h: FRAME_MIN_HEIGHT });
    expect(frameChangeCommand(shown, TRUST, { x: 600, y: 0, w: 1e6, h: 300 })?.input).toMatchObject({ w: FRAME_MAX_SIZE });
    expect(frameChangeCommand(shown, TRUST, { x: WALL_LIMIT, y: 0, w: 300, h: 200 })?.input).toMatchObject({ x: WALL_LIMIT - 300 });
  });

  it('[WALLV1] sends nothing when the frame did not change, or for an unknown cluster', () => {
    expect(frameChangeCommand(shown, TRUST, { x: 600.3, y: 0, w: 300, h: 200 })).toBeNull();
    expect(frameChangeCommand(shown, 'nocluster1' as ClusterId, { x: 0, y: 0, w: 300, h: 200 })).toBeNull();
    expect(frameChangeCommand(shown, TRUST, { x: Number.POSITIVE_INFINITY, y: 0, w: 300, h: 200 })).toBeNull();
  });
});

describe('wallBounds', () => {
  it('[WALLV6] spans every frame and card on the page, or is null for an empty board', () => {
    expect(wallBounds(wallShapes(sampleState(), BOARD_ID))).toEqual({ x: 0, y: 0, w: 1000 + CARD_WIDTH, h: 400 });
    expect(wallBounds(new Map())).toBeNull();
  });

  it('[WALLV6] places a card in a frame by the frame\'s position', () => {
    const state = workshopWith({ clusters: [testCluster(FUNDING, 'Funding', 0, { x: -500, y: -300, w: 300, h: 200 })], cards: [testCard('card000001', { clusterId: FUNDING, x: 16, y: 40 })] });
    const shapes = wallShapes(state, BOARD_ID);
    const card = shapes.get(cardShapeId('card000001')) as CardShapeSpec;
    expect(card.parentId).toBe(clusterShapeId(FUNDING));
    expect(wallBounds(shapes)).toEqual({ x: -500, y: -300, w: 300, h: 200 });
  });
});

describe('needsRefit: when the projector\'s wall is fitted again', () => {
  const view = { x: 0, y: 0, w: 1000, h: 500 };

  it('[WALLV6] not for content inside the view that still fills most of it (a card added in view moves nothing)', () => {
    expect(needsRefit(view, { x: 10, y: 10, w: 980, h: 300 })).toBe(false);
    expect(needsRefit(view, { x: 300, y: 10, w: 500, h: 480 })).toBe(false);
  });

  it('[WALLV6] when content reaches outside the view on any side', () => {
    for (const content of [
      { x: -1, y: 10, w: 900, h: 400 },
      { x: 10, y: -1, w: 900, h: 400 },
      { x: 10, y: 10, w: 991, h: 400 },
      { x: 10, y: 10, w: 900, h: 491 },
    ]) {
      expect(needsRefit(view, content), JSON.stringify(content)).toBe(true);
    }
  });

  it('[WALLV6] when content has shrunk well inside the view', () => {
    expect(needsRefit(view, { x: 100, y: 100, w: 500, h: 250 })).toBe(true);
  });
});

describe('a card and a frame dragged together', () => {
  it('[WALLV1] places the card against where the frame went, not where it was', () => {
    const shown = wallShapes(sampleState(), BOARD_ID);
    const command = frameChangeCommand(shown, TRUST, { x: 2000, y: 0, w: 300, h: 200 })!;
    const frames = new Map(shown);
    const moved = placedSpec(shown, command)!;
    frames.set(moved.id, moved);
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 2020, y: 60 }, frames)?.input).toMatchObject({ clusterId: TRUST, x: 20, y: 60 });
    expect(cardDropCommand(shown, 'card000003' as CardId, { x: 620, y: 60 }, frames)?.input).toMatchObject({ clusterId: null, x: 620, y: 60 });
  });
});
