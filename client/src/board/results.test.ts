import { describe, expect, it } from 'vitest';
import { testBoard, testCard, testCluster, workshopWith } from '../testing/workshopFixture';
import { barPercent, resultRows, splitNote, topDivergence, unvotedCount } from './results';

const split = (local_authority: number, third_sector: number, other: number) => ({ local_authority, third_sector, other });

describe('results', () => {
  it('[RES1] lists the items that received dots, most first, with their split and sectors', () => {
    const board = testBoard({ phase: 'results', resultGroups: ['local_authority', 'third_sector'] });
    const cluster = testCluster('clusterA01', 'Funding', 0, { votes: { total: 2, bySector: split(1, 1, 0) } });
    const state = workshopWith({
      boards: [board],
      clusters: [cluster],
      cards: [
        testCard('card000001', { text: 'Trust', sectors: ['local_authority'], votes: { total: 5, bySector: split(4, 1, 0) } }),
        testCard('card000002', { text: 'Time', votes: { total: 0, bySector: split(0, 0, 0) } }),
        testCard('card000003', { clusterId: cluster.id, sectors: ['third_sector', 'none'], votes: { total: 0, bySector: split(0, 0, 0) } }),
      ],
    });
    const rows = resultRows(state, board);
    expect(rows.map((r) => [r.item.text, r.total])).toEqual([
      ['Trust', 5],
      ['Funding', 2],
    ]);
    expect(rows[0]?.bySector).toEqual(split(4, 1, 0));
    expect(rows[0]?.sectors).toEqual(['local_authority']);
    expect(rows[1]?.sectors).toEqual(['third_sector']);
    // [VOTE8] "Time" received no dot; the card inside "Funding" is no item of a board voting on its clusters.
    expect(unvotedCount(state, board)).toBe(1);
  });

  it('[RES2] notes a withheld split, and each sector folded into "other"', () => {
    expect(splitNote(testBoard({ resultGroups: [] }), true)).toEqual({ kind: 'hidden' });
    expect(splitNote(testBoard({ resultGroups: ['third_sector', 'other'] }), true)).toEqual({ kind: 'folded', groups: ['local_authority'] });
    expect(splitNote(testBoard({ resultGroups: ['other'] }), true)).toEqual({ kind: 'folded', groups: ['local_authority', 'third_sector'] });
    expect(splitNote(testBoard({ resultGroups: ['local_authority', 'third_sector'] }), true)).toEqual({ kind: 'none' });
  });

  it('says nothing about the split before results or when nobody voted', () => {
    expect(splitNote(testBoard({ resultGroups: null }), true)).toEqual({ kind: 'none' });
    expect(splitNote(testBoard({ resultGroups: [] }), false)).toEqual({ kind: 'none' });
  });

  it('draws bars in proportion to the longest', () => {
    expect(barPercent(5, 5)).toBe(100);
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(0, 3)).toBe(0);
    expect(barPercent(2, 0)).toBe(0);
  });

  it('names where council and third-sector voters diverge, only real gaps, largest first', () => {
    const board = testBoard({ phase: 'results', resultGroups: ['local_authority', 'third_sector'] });
    const state = workshopWith({
      boards: [board],
      cards: [
        testCard('card000001', { text: 'Trust', votes: { total: 4, bySector: split(3, 1, 0) } }),
        testCard('card000002', { text: 'Time', votes: { total: 4, bySector: split(1, 3, 0) } }),
        testCard('card000003', { text: 'Both', votes: { total: 2, bySector: split(1, 1, 0) } }),
      ],
    });
    const rows = topDivergence(state, board);
    expect(rows.map((r) => r.item.text)).toEqual(['Time', 'Trust']);
    expect(rows[0]?.councilShare).toBeCloseTo(0.2);
    expect(rows[0]?.thirdSectorShare).toBeCloseTo(0.6);
  });
});
