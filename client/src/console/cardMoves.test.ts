import type { CardId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { boardColumns } from '../board/boardColumns';
import { BOARD_ID, testCard, testCluster, workshopWith } from '../testing/workshopFixture';
import { dropMove, mergeCandidates, moveToColumn, stepMove } from './cardMoves';

const funding = testCluster('clusterF01', 'Funding', 0);
const id = (s: string) => s as CardId;
// Funding: f1, f2, f3; loose: l1, l2 (l2 hidden).
const state = workshopWith({
  clusters: [funding],
  cards: [
    testCard('f1xxxxxxxx', { clusterId: funding.id, position: 0 }),
    testCard('f2xxxxxxxx', { clusterId: funding.id, position: 1 }),
    testCard('f3xxxxxxxx', { clusterId: funding.id, position: 2 }),
    testCard('l1xxxxxxxx', { position: 0 }),
    testCard('l2xxxxxxxx', { position: 1, hidden: true, text: '' }),
  ],
});
const columns = boardColumns(state, BOARD_ID);

describe('moving a card by keyboard', () => {
  it('[GRP1] moves one place up or down within its column, and not past either end', () => {
    expect(stepMove(columns, id('f2xxxxxxxx'), -1)).toEqual({ clusterId: funding.id, toIndex: 0 });
    expect(stepMove(columns, id('f2xxxxxxxx'), 1)).toEqual({ clusterId: funding.id, toIndex: 2 });
    expect(stepMove(columns, id('f1xxxxxxxx'), -1)).toBeNull();
    expect(stepMove(columns, id('f3xxxxxxxx'), 1)).toBeNull();
    expect(stepMove(columns, id('nosuchcard'), 1)).toBeNull();
  });

  it('"Move to…" puts it at the end of another column, and does nothing for its own', () => {
    expect(moveToColumn(columns, id('l1xxxxxxxx'), funding.id)).toEqual({ clusterId: funding.id, toIndex: 3 });
    expect(moveToColumn(columns, id('f1xxxxxxxx'), null)).toEqual({ clusterId: null, toIndex: 2 });
    expect(moveToColumn(columns, id('f1xxxxxxxx'), funding.id)).toBeNull();
  });
});

describe('dropping a dragged card', () => {
  it('places it before the card it is dropped on, counting the column without it', () => {
    expect(dropMove(columns, id('l1xxxxxxxx'), funding.id, id('f2xxxxxxxx'))).toEqual({ clusterId: funding.id, toIndex: 1 });
    expect(dropMove(columns, id('f1xxxxxxxx'), funding.id, id('f3xxxxxxxx'))).toEqual({ clusterId: funding.id, toIndex: 1 });
    expect(dropMove(columns, id('f3xxxxxxxx'), funding.id, id('f1xxxxxxxx'))).toEqual({ clusterId: funding.id, toIndex: 0 });
  });

  it('places it last when dropped on the column itself', () => {
    expect(dropMove(columns, id('f1xxxxxxxx'), null, null)).toEqual({ clusterId: null, toIndex: 2 });
    expect(dropMove(columns, id('f1xxxxxxxx'), funding.id, null)).toEqual({ clusterId: funding.id, toIndex: 2 });
  });

  it('does nothing when the card would stay where it is', () => {
    expect(dropMove(columns, id('f2xxxxxxxx'), funding.id, id('f3xxxxxxxx'))).toBeNull();
    expect(dropMove(columns, id('f3xxxxxxxx'), funding.id, null)).toBeNull();
    expect(dropMove(columns, id('f2xxxxxxxx'), funding.id, id('f2xxxxxxxx'))).toBeNull();
  });
});

describe('merging', () => {
  it('[GRP3] offers every other card on the board that is not hidden', () => {
    const card = state.cards[id('f1xxxxxxxx')]!;
    expect(mergeCandidates(columns, card).map((c) => c.id)).toEqual(['f2xxxxxxxx', 'f3xxxxxxxx', 'l1xxxxxxxx']);
  });
});
