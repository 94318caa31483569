import type { ActionId, MemberId, ObjectiveId, ProposalId } from '../ids/ids';
import type { Sector } from '../members/sector';

/**
 * The Partnership Improvement Action Plan, agreed in session four: the group's vision and key principles, its
 * objectives, and under each the preliminary actions, each co-ordinated by one council and one third-sector lead
 * with a timescale; and a joint review date (by default six months after agreement). Modelled on the Darlington and
 * St Helens plans. The plan lives in the shared doc (everyone sees it change live); agreement freezes it as a
 * numbered version, and later changes make the draft of the next version.
 */
export type { ActionId, ObjectiveId, ProposalId };

/**
 * - draft:      facilitators edit; participants propose and comment.
 * - consulting: the plan is put to the room; each participant says "I agree" or "I have a concern".
 * - agreed:     the current text is version `agreedVersion`; any change starts the draft of the next version.
 */
export const PLAN_STATUSES = ['draft', 'consulting', 'agreed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanMeta {
  vision: string;
  /** Key principles, one per line as the group wrote them. */
  principles: string[];
  /** The joint review date (YYYY-MM-DD); null until set, defaulted at agreement. */
  reviewDate: string | null;
  status: PlanStatus;
  /** The number the next agreement gives (1 before the first). */
  nextVersion: number;
  /** While consulting: which round (responses belong to one round), and when it started. */
  consultationRound: number;
  consultationStartedAt: string | null;
}

/** A person responsible for co-ordinating an action: someone in the workshop, or named with their organisation. */
export type Lead = { kind: 'member'; memberId: MemberId } | { kind: 'named'; name: string; organisation: string; sector: Sector };

export const LEAD_SLOTS = ['councilLead', 'thirdSectorLead'] as const;
export type LeadSlot = (typeof LEAD_SLOTS)[number];
/** The sector each slot expects: one council and one third-sector lead (PLAN3). */
export const SLOT_SECTOR: Record<LeadSlot, Sector> = { councilLead: 'local_authority', thirdSectorLead: 'third_sector' };

/** When an action is due: a day, a month or a quarter. */
export type Timescale = { kind: 'date'; date: string } | { kind: 'month'; month: string } | { kind: 'quarter'; quarter: string };

export interface Objective {
  id: ObjectiveId;
  text: string;
  position: number;
  /** The agreed item of the objectives board it came from, if any. */
  fromItemId: string | null;
}

export interface Action {
  id: ActionId;
  objectiveId: ObjectiveId;
  text: string;
  councilLead: Lead | null;
  thirdSectorLead: Lead | null;
  /** Why the group agreed leads that are not one of each sector (PLAN3); null when they are. */
  leadException: string | null;
  timescale: Timescale | null;
  notes: string;
  position: number;
}

export const PROPOSAL_FIELDS = ['text', 'notes'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** A participant's proposed wording for an objective or an action, or a comment on an action. */
export interface Proposal {
  id: ProposalId;
  kind: 'wording' | 'comment';
  targetKind: 'objective' | 'action';
  targetId: string;
  /** For wording: which field it would replace. */
  field: ProposalField | null;
  text: string;
  authorId: MemberId;
  createdAt: string;
  status: 'open' | 'accepted' | 'declined';
  decidedAt: string | null;
}

/** What an agreed version froze: the plan's text, and who took part. */
export interface PlanSnapshot {
  vision: string;
  principles: string[];
  reviewDate: string;
  objectives: Objective[];
  actions: Action[];
  /** Leads as they were at agreement, so a later change of name or a departure does not rewrite history. */
  leadNames: Record<string, { name: string; organisation: string; sector: Sector | null }>;
}

export interface PlanVersion {
  id: string;
  number: number;
  agreedAt: string;
  /** The organisations of the participants who took part, at agreement. */
  organisations: string[];
  /** "I agree" / "I have a concern" counts by sector at agreement. */
  responses: Record<'agree' | 'concern', Record<'local_authority' | 'third_sector' | 'other', number>>;
  /**
   * [PLAN10] The concerns still raised when the version was agreed: each with its sector and comment, never who raised
   * it (a participant gives no name for the record); ordered by sector, then comment, so the order says nothing of when.
   */
  concerns: PlanConcern[];
  snapshot: PlanSnapshot;
}

export interface PlanConcern {
  sector: Sector | null;
  comment: string;
}

/** The plan's part of the workshop state. */
export interface PlanState {
  plan: PlanMeta;
  objectives: Record<ObjectiveId, Objective>;
  actions: Record<ActionId, Action>;
  proposals: Record<ProposalId, Proposal>;
  planVersions: Record<string, PlanVersion>;
}

export const EMPTY_PLAN_META: PlanMeta = {
  vision: '',
  principles: [],
  reviewDate: null,
  status: 'draft',
  nextVersion: 1,
  consultationRound: 0,
  consultationStartedAt: null,
};

export function objectivesInOrder(plan: Pick<PlanState, 'objectives'>): Objective[] {
  return Object.values(plan.objectives).sort((a, b) => a.position - b.position);
}

export function actionsOf(plan: Pick<PlanState, 'actions'>, objectiveId: ObjectiveId): Action[] {
  return Object.values(plan.actions)
    .filter((a) => a.objectiveId === objectiveId)
    .sort((a, b) => a.position - b.position);
}

export function versionsInOrder(plan: Pick<PlanState, 'planVersions'>): PlanVersion[] {
  return Object.values(plan.planVersions).sort((a, b) => a.number - b.number);
}

/** Six months after a calendar date (the end of the month when it has no such day: 31 Aug → 28/29 Feb). */
export function sixMonthsAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m - 1 + 6;
  const year = y + Math.floor(month / 12);
  const monthIndex = month % 12;
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last calendar day a timescale covers: a date itself, a month's last day, a quarter's last day. */
export function timescaleEnd(t: Timescale): string {
  if (t.kind === 'date') return t.date;
  const [year, rest] = t.kind === 'month' ? t.month.split('-') : t.quarter.split('-Q');
  const y = Number(year);
  const lastMonth = t.kind === 'month' ? Number(rest) : Number(rest) * 3;
  const lastDay = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
  return `${y}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 April 2027", "March 2027" or "Q2 2027": how the plan's documents print a timescale (British English). */
export function timescaleLabel(t: Timescale | null): string {
  if (!t) return '';
  if (t.kind === 'date') {
    const [year, month, day] = t.date.split('-');
    return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  }
  if (t.kind === 'quarter') {
    const [year, q] = t.quarter.split('-Q');
    return `Q${q} ${year}`;
  }
  const [year, month] = t.month.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/** The plan's part of the hidden state (workshop/hiddenState.ts). */
export interface PlanHidden {
  /** Participants' answers when the action plan is put to the room, keyed by `${round}.${memberId}`. */
  planResponses: Record<string, PlanResponse>;
}

export interface PlanResponse {
  id: string;
  round: number;
  memberId: MemberId;
  sector: Sector | null;
  response: 'agree' | 'concern';
  /** For the facilitators. */
  comment: string;
  at: string;
}
