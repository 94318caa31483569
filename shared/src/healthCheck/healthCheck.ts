import type { Brand, MemberId, SessionId } from '../ids/ids';
import type { SuccessFactorId } from './successFactors';

/**
 * The partnership health check: each participant rates privately, on a labelled five-point scale, how well "our
 * local partnership" does each of the twelve success factors (successFactors.ts), or says "Don't know", with an
 * optional comment. Round one is usually in session one and round two in session five, so the group can see what
 * changed over the programme. Answers are kept as the feedback survey keeps them: the server knows who has answered
 * a round, and what was answered, never both together (HEALTH4).
 */
export type HealthCheckId = Brand<string, 'HealthCheckId'>;

/** The scale, from 1 (not at all) to 5 (fully): a rating's value is its place here plus one. */
export const HEALTH_RATINGS = ['not_at_all', 'a_little', 'partly', 'mostly', 'fully'] as const;
export type HealthRating = (typeof HEALTH_RATINGS)[number];
/** A factor's answer: a rating, or "Don't know" (counted apart, never in the middle value). */
export type HealthAnswer = HealthRating | 'dont_know';
export const HEALTH_ANSWERS: readonly HealthAnswer[] = [...HEALTH_RATINGS, 'dont_know'];

/** The scale's words, shown with every rating, on screen and in the documents. */
export const HEALTH_RATING_LABELS: Record<HealthAnswer, string> = {
  not_at_all: 'Not at all',
  a_little: 'A little',
  partly: 'Partly',
  mostly: 'Mostly',
  fully: 'Fully',
  dont_know: "Don't know",
};

/** A rating's place on the scale, 1-5. */
export function ratingValue(rating: HealthRating): number {
  return HEALTH_RATINGS.indexOf(rating) + 1;
}

export const HEALTH_ROUNDS = [1, 2] as const;
export type HealthRound = (typeof HEALTH_ROUNDS)[number];

export const HEALTH_CHECK_STATUSES = ['not_started', 'open', 'closed'] as const;
export type HealthCheckStatus = (typeof HEALTH_CHECK_STATUSES)[number];

/** The sectors results are split by; every other answer counts only in the totals. */
export const HEALTH_SPLIT_SECTORS = ['local_authority', 'third_sector'] as const;
export type HealthSplitSector = (typeof HEALTH_SPLIT_SECTORS)[number];

/** One factor's answers from one group (everyone, or one sector). */
export interface FactorTally {
  /** How many gave each rating. */
  counts: Record<HealthRating, number>;
  /** How many said "Don't know". */
  dontKnow: number;
  /** How many left the factor blank. */
  skipped: number;
  /** The median of the ratings on the 1-5 scale (a half between two ratings when they split evenly), or null when nobody rated it. */
  median: number | null;
}

export interface FactorResult extends FactorTally {
  factorId: SuccessFactorId;
  /** Council beside third sector, or null when either has fewer raters of this factor than the small-group minimum (SMALL1). */
  bySector: Record<HealthSplitSector, FactorTally> | null;
}

/** Published when the facilitators close a round, never before (HEALTH5). */
export interface HealthCheckResults {
  responseCount: number;
  /** Participants who could answer when the round closed. */
  eligibleCount: number;
  /** The twelve factors in the source's order. */
  factors: FactorResult[];
  /** The comments, without names or sectors, in a random order. */
  comments: string[];
  closedAt: string;
}

/** A round of the health check as every member sees it (an entry of the shared doc's `healthChecks`). */
export interface HealthCheck {
  id: HealthCheckId;
  sessionId: SessionId;
  round: HealthRound;
  status: HealthCheckStatus;
  /** How many have answered so far (not who, nor what). */
  responseCount: number;
  openedAt: string | null;
  results: HealthCheckResults | null;
}

/** The health check's part of the hidden state (workshop/hiddenState.ts). */
export interface HealthCheckHidden {
  /** Who has answered which round, keyed `<healthCheckId>:<memberId>`; never what (HEALTH4). */
  healthCheckRespondents: Record<string, HealthCheckRespondent>;
}

export interface HealthCheckRespondent {
  healthCheckId: HealthCheckId;
  memberId: MemberId;
}

export const respondentKey = (healthCheckId: string, memberId: string) => `${healthCheckId}:${memberId}`;
