import type { MemberId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { countBySector } from './sectorCounts';
import type { Sector } from '@roundtable/shared/members/sector';
import type { Member } from '@roundtable/shared/members/member';

function member(id: string, sector: Sector | null): Member {
  return { id: id as MemberId, role: sector ? 'participant' : 'facilitator', name: id, organisation: '', sector, joinedAt: '2026-01-01T00:00:00.000Z', removedAt: null };
}

describe('countBySector', () => {
  it('counts everyone and those online, in the fixed sector order, including empty sectors', () => {
    const members = [member('a', 'third_sector'), member('b', 'local_authority'), member('c', 'third_sector'), member('d', 'other')];
    expect(countBySector(members, new Set(['a', 'b']))).toEqual([
      { sector: 'local_authority', total: 1, online: 1 },
      { sector: 'third_sector', total: 2, online: 1 },
      { sector: 'other_public', total: 0, online: 0 },
      { sector: 'other', total: 1, online: 0 },
    ]);
  });

  it('adds a "no sector" row only when someone has none', () => {
    const counts = countBySector([member('f', null)], new Set(['f']));
    expect(counts.at(-1)).toEqual({ sector: null, total: 1, online: 1 });
    expect(counts).toHaveLength(5);
  });
});
