import type { Brand, MemberId } from '../ids/ids';

/**
 * The PIP feedback survey (section 10 of the PIP report): how helpful the programme was, on a five-point scale,
 * item by item, and one free-text question. Answers are stored without the participant's identity; the server
 * records who has answered (so each participant answers once), never what they answered.
 */
export type SurveyItemId = Brand<string, 'SurveyItemId'>;

export const SURVEY_SCALE = ['not_helpful', 'partially_helpful', 'neither', 'helpful', 'very_helpful'] as const;
export type SurveyAnswer = (typeof SURVEY_SCALE)[number];

/** The scale's words, exactly as the PIP report prints them. */
export const SURVEY_SCALE_LABELS: Record<SurveyAnswer, string> = {
  not_helpful: 'Not helpful',
  partially_helpful: 'Partially helpful',
  neither: 'Neither helpful nor unhelpful',
  helpful: 'Helpful',
  very_helpful: 'Very helpful',
};

export type SurveyItemKind = 'scale' | 'text';

export interface SurveyItem {
  id: SurveyItemId;
  kind: SurveyItemKind;
  text: string;
  /** One of the PIP report's items (true) or added by the facilitators (false). */
  builtIn: boolean;
}

export const SURVEY_STATUSES = ['not_started', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** The sectors results are split by; every other answer counts only in the totals. */
export const SURVEY_SPLIT_SECTORS = ['local_authority', 'third_sector'] as const;
export type SurveySplitSector = (typeof SURVEY_SPLIT_SECTORS)[number];


export interface ScaleItemResult {
  itemId: SurveyItemId;
  /** How many chose each answer; `skipped` left the item blank. */
  counts: Record<SurveyAnswer, number>;
  skipped: number;
  /** "Helpful" or "Very helpful" as a share of those who answered the item (0-1), or null if nobody did. */
  helpfulShare: number | null;
  /** The same per sector, or null when the split is suppressed (fewer than the minimum in a sector). */
  bySector: Record<SurveySplitSector, { counts: Record<SurveyAnswer, number>; skipped: number; helpfulShare: number | null }> | null;
}

export interface TextItemResult {
  itemId: SurveyItemId;
  /** The answers in no particular order, without names or sectors. */
  answers: string[];
}

/** Published when the facilitators close the survey (never while it is open, so no answer can be read off a change). */
export interface SurveyResults {
  responseCount: number;
  /** Participants in the workshop when the survey closed: the response rate is responseCount / eligibleCount. */
  eligibleCount: number;
  scale: ScaleItemResult[];
  text: TextItemResult[];
  closedAt: string;
}

/** The survey as every member sees it (the `survey` map of the workshop doc). */
export interface SurveyState {
  status: SurveyStatus;
  items: SurveyItem[];
  /** How many have answered so far (not who, nor what). */
  responseCount: number;
  openedAt: string | null;
  results: SurveyResults | null;
}

export const EMPTY_SURVEY: SurveyState = {
  status: 'not_started',
  items: [],
  responseCount: 0,
  openedAt: null,
  results: null,
};

/** The survey's part of the hidden state (workshop/hiddenState.ts). */
export interface SurveyHidden {
  /** Who has answered the feedback survey (each participant answers once), never what: the answers are kept apart (SURV4). */
  surveyRespondents: Record<MemberId, SurveyRespondent>;
}

export interface SurveyRespondent {
  memberId: MemberId;
}
