import { agreedWording, isAgreed, itemsOfBoard, sectorsOfItem, votesOf, type Item, boardsOfSession, type BoardKind } from '../board/board';
import { SECTORS, type Sector } from '../members/sector';
import { sessionsInOrder } from '../sessions/session';
import { type Member } from '../members/member';
import { type WorkshopState } from '../workshop/workshop';
import { healthCheckDocument, type HealthCheckDocument } from '../healthCheck/healthCheckDocument';
import { partnershipMapDocument, type PartnershipMapDocument } from '../partnershipMap/partnershipMapDocument';

/**
 * The partnership profile (rules PRO1-PRO3 in docs/spec.md): the group's shared picture of partnership working in
 * its area, in the four dimensions of the PIP method, built from what the room agreed on its boards. It carries
 * the sectors that raised each item and never who raised it, so every export made from it is anonymous by
 * construction: nothing here holds a member's name or id.
 */

/** The four dimensions, in the order the method builds them (sessions 1-3). */
export const PROFILE_DIMENSIONS = ['drivers', 'benefits', 'difficulties', 'obstacles'] as const satisfies readonly BoardKind[];
export type ProfileDimensionKind = (typeof PROFILE_DIMENSIONS)[number];

export const PROFILE_DIMENSION_TITLES: Readonly<Record<ProfileDimensionKind, string>> = {
  drivers: 'Drivers',
  benefits: 'Benefits',
  difficulties: 'Difficult aspects',
  obstacles: 'Obstacles and barriers',
};

/** What each dimension asks, in the words of the method's own reports. */
export const PROFILE_DIMENSION_QUESTIONS: Readonly<Record<ProfileDimensionKind, string>> = {
  drivers: 'Local drivers of cross-sector partnership working',
  benefits: 'Local benefits of cross-sector partnership working',
  difficulties: 'Difficult aspects of cross-sector partnership working',
  obstacles: 'Obstacles and barriers to effective cross-sector partnership working',
};

export interface ProfileItem {
  /** The wording the room agreed. */
  wording: string;
  /** The sectors that raised it, in SECTORS order; empty when only a facilitator scribed it for the room. */
  sectors: Sector[];
  /** Dots it received, or null when the board published no vote. */
  votes: number | null;
}

export interface ProfileDimension {
  kind: ProfileDimensionKind;
  title: string;
  question: string;
  /** Empty until the room has agreed something on a board of this kind. */
  items: ProfileItem[];
}

export interface PartnershipProfile {
  title: string;
  area: string;
  /** When the profile was generated (ISO 8601), as passed in. */
  generatedAt: string;
  /** Always the four dimensions, in PROFILE_DIMENSIONS order. */
  dimensions: ProfileDimension[];
  /** The agreed improvement objectives: they carry forward into the action plan. */
  objectives: ProfileItem[];
  /** Distinct organisations of the participants taking part, sorted. */
  organisations: string[];
  participantsBySector: Record<Sector, number>;
  /** [HEALTH11] Round one of the health check, once it has closed; absent before. */
  healthCheck?: HealthCheckDocument;
  /** [MAP8] The partnership map, once it has a placed organisation; absent before. */
  partnershipMap?: PartnershipMapDocument;
}

/**
 * The agreed items of every board of one kind: boards in session order, then board position; within a board,
 * items with votes first, most dots first, then the rest in the board's own order (the sort is stable).
 */
export function agreedItemsOfKind(state: WorkshopState, kind: BoardKind): ProfileItem[] {
  return sessionsInOrder(state)
    .flatMap((session) => boardsOfSession(state, session.id))
    .filter((board) => board.kind === kind)
    .flatMap((board) =>
      itemsOfBoard(state, board.id)
        .filter(isAgreed)
        .sort((a, b) => rankOf(b) - rankOf(a))
        .map((item) => profileItem(state, item)),
    );
}

function rankOf(item: Item): number {
  return votesOf(item)?.total ?? -1;
}

function profileItem(state: WorkshopState, item: Item): ProfileItem {
  const raised = new Set(sectorsOfItem(state, item));
  return {
    wording: agreedWording(item),
    sectors: SECTORS.filter((s) => raised.has(s)),
    votes: votesOf(item)?.total ?? null,
  };
}

/** Participants who have come in and not been removed: the group the profile speaks for. */
function participantsTakingPart(state: WorkshopState): Member[] {
  return Object.values(state.members).filter((m) => m.role === 'participant' && m.removedAt === null && m.joinedAt !== null);
}

/** Organisation names as typed, trimmed; the same name typed in another case or spacing counts once. */
function distinctOrganisations(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLocaleLowerCase('en-GB');
    if (name && !byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

export function buildProfile(state: WorkshopState, generatedAt: string): PartnershipProfile {
  const participants = participantsTakingPart(state);
  const participantsBySector = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
  for (const p of participants) if (p.sector) participantsBySector[p.sector] += 1;
  return {
    title: state.meta.title,
    area: state.meta.area,
    generatedAt,
    dimensions: PROFILE_DIMENSIONS.map((kind) => ({
      kind,
      title: PROFILE_DIMENSION_TITLES[kind],
      question: PROFILE_DIMENSION_QUESTIONS[kind],
      items: agreedItemsOfKind(state, kind),
    })),
    objectives: agreedItemsOfKind(state, 'objectives'),
    organisations: distinctOrganisations(participants.map((p) => p.organisation)),
    participantsBySector,
    ...roundOneHealthCheck(state),
    ...withMap(state),
  };
}

function roundOneHealthCheck(state: WorkshopState): { healthCheck?: HealthCheckDocument } {
  const healthCheck = healthCheckDocument(state, [1]);
  return healthCheck ? { healthCheck } : {};
}

function withMap(state: WorkshopState): { partnershipMap?: PartnershipMapDocument } {
  const partnershipMap = partnershipMapDocument(state);
  return partnershipMap ? { partnershipMap } : {};
}
