import type { MemberId } from '@roundtable/shared/ids/ids';
import { describe, expect, it } from 'vitest';
import { testParticipant, workshopWith } from '../testing/workshopFixture';
import {
  choiceFromLead,
  choiceFromValue,
  choiceValue,
  departedLead,
  leadFromChoice,
  leadOptionGroups,
  needsLeadException,
  NO_LEAD,
  sameLead,
} from './leadChoice';

const state = workshopWith({
  members: [
    testParticipant('member0001', { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sector: 'third_sector' }),
    testParticipant('member0002', { name: 'Chris Calder', organisation: 'Darlington Borough Council', sector: 'local_authority' }),
    testParticipant('member0003', { name: 'Amir Aziz', organisation: 'Darlington Borough Council', sector: 'local_authority' }),
    testParticipant('member0004', { name: 'Pat Price', organisation: 'NHS', sector: 'other_public' }),
    testParticipant('member0005', { name: 'Lee Left', sector: 'third_sector', removedAt: '2026-09-01T11:00:00.000Z' }),
    testParticipant('member0006', { name: 'Fiona', role: 'facilitator', sector: null }),
  ],
});

describe('choosing a lead', () => {
  it('[PLAN3] offers participants still here, the slot’s own sector first, by name', () => {
    const council = leadOptionGroups(state, 'councilLead');
    expect(council.map((g) => [g.sector, g.members.map((m) => m.name)])).toEqual([
      ['local_authority', ['Amir Aziz', 'Chris Calder']],
      ['third_sector', ['Tanya Thwaite']],
      ['other_public', ['Pat Price']],
    ]);
    expect(leadOptionGroups(state, 'thirdSectorLead')[0]?.sector).toBe('third_sector');
  });

  it('round-trips a lead through the select value, keeping a half-typed outside name', () => {
    const member = choiceFromLead({ kind: 'member', memberId: 'member0002' as MemberId });
    expect(choiceFromValue(choiceValue(member), NO_LEAD)).toEqual(member);
    const typed = { kind: 'named' as const, name: 'Sue', organisation: '', sector: null };
    expect(choiceFromValue('named', typed)).toBe(typed);
    expect(choiceFromValue('named', member)).toEqual({ kind: 'named', name: '', organisation: '', sector: null });
    expect(choiceFromValue('', member)).toEqual(NO_LEAD);
  });

  it('needs a name, an organisation and a sector for someone not in the room', () => {
    expect(leadFromChoice({ kind: 'named', name: ' ', organisation: 'CVS', sector: null })).toEqual({
      ok: false,
      problems: { name: 'nameMissing', sector: 'sectorMissing' },
    });
    expect(leadFromChoice({ kind: 'named', name: ' Sue Smith ', organisation: 'Darlington CVS', sector: 'third_sector' })).toEqual({
      ok: true,
      lead: { kind: 'named', name: 'Sue Smith', organisation: 'Darlington CVS', sector: 'third_sector' },
    });
    expect(leadFromChoice(NO_LEAD)).toEqual({ ok: true, lead: null });
  });

  it('tells an unchanged lead from a changed one', () => {
    const named = { kind: 'named', name: 'Sue', organisation: 'CVS', sector: 'third_sector' } as const;
    expect(sameLead(named, { ...named })).toBe(true);
    expect(sameLead(named, { ...named, organisation: 'Age UK' })).toBe(false);
    expect(sameLead({ kind: 'member', memberId: 'member0001' as MemberId }, named)).toBe(false);
    expect(sameLead(null, null)).toBe(true);
  });

  it('[PLAN3] asks for the reason only when a chosen lead is not of the slot’s sector', () => {
    const chris = { kind: 'member', memberId: 'member0002' } as const;
    const tanya = { kind: 'member', memberId: 'member0001' } as const;
    expect(needsLeadException(state, { councilLead: chris, thirdSectorLead: tanya })).toBe(false);
    expect(needsLeadException(state, { councilLead: chris, thirdSectorLead: NO_LEAD })).toBe(false);
    expect(needsLeadException(state, { councilLead: tanya, thirdSectorLead: NO_LEAD })).toBe(true);
    expect(needsLeadException(state, { councilLead: chris, thirdSectorLead: { kind: 'named', name: 'Pat', organisation: 'NHS', sector: 'other_public' } })).toBe(true);
  });

  it('shows a lead who has left as such', () => {
    expect(departedLead(state, { kind: 'member', memberId: 'member0005' })?.name).toBe('Lee Left');
    expect(departedLead(state, { kind: 'member', memberId: 'member0001' })).toBeNull();
  });
});
