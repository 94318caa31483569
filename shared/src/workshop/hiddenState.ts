import type { BoardHidden } from '../board/boardHidden';
import type { PlanHidden } from '../plan/plan';
import type { SurveyHidden } from '../survey/survey';
import type { HealthCheckHidden } from '../healthCheck/healthCheck';
import type { UndoEntry } from './undo';

/**
 * What the server knows about a workshop and no member may see, assembled from each concept's part: the boards'
 * (who wrote each card, private drafts before reveal, each person's dots before results, private notices), the
 * plan's (the room's answers when it is put to them), the survey's (who has answered, never what), and the
 * facilitators' undo history. It lives in a second Y.Doc that never leaves the server (see doc/hiddenDoc.ts); a
 * member sees only their own part of it, as their PersonalView.
 */
export interface HiddenState extends BoardHidden, PlanHidden, SurveyHidden, HealthCheckHidden {
  /** Keyed by the entry's sequence number (as text); at most UNDO_DEPTH entries. */
  undo: Record<string, UndoEntry>;
}

export const EMPTY_HIDDEN: HiddenState = { cards: {}, ballots: {}, notices: {}, undo: {}, planResponses: {}, surveyRespondents: {}, healthCheckRespondents: {} };
