import { describe, expect, it } from 'vitest';
import { BOARD_ID, testCard, testCluster, workshopWith } from '../testing/workshopFixture';
import { boardColumns, shortText } from './boardColumns';

describe('boardColumns', () => {
  it('puts each cluster in order with its cards in order, then the loose cards', () => {
    const a = testCluster('clusterA01', 'Funding', 1);
    const b = testCluster('clusterB01', 'Trust', 0);
    const state = workshopWith({
      clusters: [a, b],
      cards: [
        testCard('card000001', { clusterId: a.id, position: 1 }),
        testCard('card000002', { clusterId: a.id, position: 0 }),
        testCard('card000003', { position: 0 }),
        testCard('card000004', { clusterId: b.id, position: 0 }),
        testCard('card000005', { boardId: 'otherboard' as typeof BOARD_ID }),
      ],
    });
    const columns = boardColumns(state, BOARD_ID);
    expect(columns.map((c) => c.cluster?.name ?? null)).toEqual(['Trust', 'Funding', null]);
    expect(columns.map((c) => c.cards.map((card) => card.id))).toEqual([['card000004'], ['card000002', 'card000001'], ['card000003']]);
  });

  it('always ends with the loose column, empty or not', () => {
    expect(boardColumns(workshopWith({}), BOARD_ID)).toEqual([{ cluster: null, cards: [] }]);
  });
});

describe('shortText', () => {
  it('keeps short texts, flattens white space, and cuts long ones with an ellipsis', () => {
    expect(shortText('  Shared   goals\nmatter ')).toBe('Shared goals matter');
    const cut = shortText('a'.repeat(100), 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith('…')).toBe(true);
  });
});
