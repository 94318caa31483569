import type { MemberId } from '@roundtable/shared/ids/ids';
import { SLOT_SECTOR, type Lead, type LeadSlot } from '@roundtable/shared/plan/plan';
import { SECTORS, type Sector } from '@roundtable/shared/members/sector';
import type { Member } from '@roundtable/shared/members/member';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** What the lead picker holds while a facilitator chooses: nobody yet, a participant, or someone not in the room. */
export type LeadChoice =
  | { kind: 'none' }
  | { kind: 'member'; memberId: string }
  | { kind: 'named'; name: string; organisation: string; sector: Sector | null };

export const NO_LEAD: LeadChoice = { kind: 'none' };
/** The select's value for "someone not in the room". */
export const NAMED_VALUE = 'named';

export function choiceFromLead(lead: Lead | null): LeadChoice {
  if (!lead) return NO_LEAD;
  return lead.kind === 'member' ? { kind: 'member', memberId: lead.memberId } : { ...lead };
}

/** The select's value for a choice: '' for nobody, `named`, or `member:<id>`. */
export function choiceValue(choice: LeadChoice): string {
  return choice.kind === 'none' ? '' : choice.kind === 'named' ? NAMED_VALUE : `member:${choice.memberId}`;
}

/** The choice a select value stands for; choosing "someone not in the room" again keeps what was typed. */
export function choiceFromValue(value: string, previous: LeadChoice): LeadChoice {
  if (value.startsWith('member:')) return { kind: 'member', memberId: value.slice('member:'.length) };
  if (value === NAMED_VALUE) return previous.kind === 'named' ? previous : { kind: 'named', name: '', organisation: '', sector: null };
  return NO_LEAD;
}

export type LeadFieldProblem = 'nameMissing' | 'organisationMissing' | 'sectorMissing';

/** The lead to send, or what is missing for someone named from outside the room. */
export function leadFromChoice(choice: LeadChoice): { ok: true; lead: Lead | null } | { ok: false; problems: Partial<Record<'name' | 'organisation' | 'sector', LeadFieldProblem>> } {
  if (choice.kind === 'none') return { ok: true, lead: null };
  if (choice.kind === 'member') return { ok: true, lead: { kind: 'member', memberId: choice.memberId as MemberId } };
  const name = choice.name.trim();
  const organisation = choice.organisation.trim();
  const problems: Partial<Record<'name' | 'organisation' | 'sector', LeadFieldProblem>> = {};
  if (!name) problems.name = 'nameMissing';
  if (!organisation) problems.organisation = 'organisationMissing';
  if (!choice.sector) problems.sector = 'sectorMissing';
  if (!choice.sector || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, lead: { kind: 'named', name, organisation, sector: choice.sector } };
}

export function sameLead(a: Lead | null, b: Lead | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'member') return b.kind === 'member' && a.memberId === b.memberId;
  return b.kind === 'named' && a.name === b.name && a.organisation === b.organisation && a.sector === b.sector;
}

/** Participants of one sector (or of none), as one group of the lead select. */
export interface LeadOptionGroup {
  sector: Sector | null;
  members: Member[];
}

/**
 * [PLAN3] Who can be chosen as a lead: participants still in the workshop, grouped by sector, the slot's own sector
 * first (a council lead is usually from the council), each group by name.
 */
export function leadOptionGroups(state: WorkshopState, slot: LeadSlot): LeadOptionGroup[] {
  const participants = Object.values(state.members)
    .filter((m) => m.role === 'participant' && m.removedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name));
  const own = SLOT_SECTOR[slot];
  const order: (Sector | null)[] = [own, ...SECTORS.filter((s) => s !== own), null];
  return order.map((sector) => ({ sector, members: participants.filter((m) => m.sector === sector) })).filter((g) => g.members.length > 0);
}

/** The member a chosen lead names when they are no longer in the workshop (shown so the select tells the truth). */
export function departedLead(state: WorkshopState, choice: LeadChoice): Member | null {
  if (choice.kind !== 'member') return null;
  const member = state.members[choice.memberId as MemberId];
  return member && member.removedAt !== null ? member : null;
}

/** The sector a lead being chosen speaks for: the participant's own, or the one given for a named person. */
export function choiceSector(state: WorkshopState, choice: LeadChoice): Sector | null {
  if (choice.kind === 'member') return state.members[choice.memberId as MemberId]?.sector ?? null;
  return choice.kind === 'named' ? choice.sector : null;
}

/**
 * [PLAN3] Whether the group must say why the leads are not one council and one third-sector lead: some chosen lead
 * is not of its slot's sector.
 */
export function needsLeadException(state: WorkshopState, leads: Record<LeadSlot, LeadChoice>): boolean {
  return (Object.keys(leads) as LeadSlot[]).some((slot) => leads[slot].kind !== 'none' && choiceSector(state, leads[slot]) !== SLOT_SECTOR[slot]);
}
