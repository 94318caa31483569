import type { LeadLinkInfo } from '@roundtable/shared/protocol/rest';
import { describe, expect, it } from 'vitest';
import { leadKey, liveLeadLink } from './leadLinkList';

const link = (linkId: string, actionId: string, slot: LeadLinkInfo['slot'], createdAt: string, revokedAt: string | null = null): LeadLinkInfo => ({
  linkId,
  workshopId: 'w1',
  actionId,
  slot,
  leadName: 'Cara',
  createdAt,
  revokedAt,
});

describe("a lead's live link", () => {
  it('is the newest link of that action and slot not revoked', () => {
    const links = [
      link('old', 'a1', 'councilLead', '2026-11-21T10:00:00.000Z', '2026-12-01T10:00:00.000Z'),
      link('live', 'a1', 'councilLead', '2026-12-01T10:00:00.000Z'),
      link('other-slot', 'a1', 'thirdSectorLead', '2026-12-02T10:00:00.000Z'),
      link('other-action', 'a2', 'councilLead', '2026-12-03T10:00:00.000Z'),
    ];
    expect(liveLeadLink(links, 'a1', 'councilLead')?.linkId).toBe('live');
    expect(liveLeadLink(links, 'a1', 'thirdSectorLead')?.linkId).toBe('other-slot');
    expect(liveLeadLink(links, 'a3', 'councilLead')).toBeNull();
  });

  it('is none when every link of that lead is revoked', () => {
    expect(liveLeadLink([link('gone', 'a1', 'councilLead', '2026-11-21T10:00:00.000Z', '2026-11-22T10:00:00.000Z')], 'a1', 'councilLead')).toBeNull();
  });

  it('keys each lead of each action apart', () => {
    expect(leadKey('a1', 'councilLead')).not.toBe(leadKey('a1', 'thirdSectorLead'));
  });
});
