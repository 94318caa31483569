import type { HiddenState } from './hiddenState';
import type { MemberId } from '../ids/ids';
import type { AppError, ErrorCode } from '../protocol/errors';
import type { SurveyResponse } from '../survey/surveyResults';
import type { Role, WorkshopState } from './workshop';

/** Everything a transition needs from the world, injected so transitions stay pure and replayable in tests. */
export interface TransitionContext {
  /** ISO timestamp of "now". */
  now: string;
  /** A fresh 128-bit random id. */
  newId(): string;
  /** A fresh join code (see JOIN_CODE_ALPHABET). */
  newJoinCode(): string;
  /**
   * The survey's stored answers, which live in neither doc (SURV4): the server loads them only for a command whose
   * rule asks for them (`loadsSurveyResponses`).
   */
  surveyResponses?: readonly SurveyResponse[];
}

/** Who is acting: from the authenticated connection, never from a payload. */
export interface Actor {
  memberId: MemberId;
  role: Role;
}

/**
 * Changes outside the shared doc that the server's store must make in the same transaction
 * (the doc holds what members may see; these touch what they may not).
 */
export type Effect =
  | { type: 'joinCodeChanged'; joinCode: string }
  | { type: 'memberRemoved'; memberId: MemberId }
  /** A survey answer, stored apart from who gave it (SURV4). */
  | { type: 'surveyResponse'; response: SurveyResponse }
  /** The survey closed: its stored answers are rewritten in a random order (SURV4). */
  | { type: 'surveyClosed' };

/** `hidden` is the next hidden state when the transition changed it (absent: unchanged). */
export type TransitionResult<T> =
  | { ok: true; state: WorkshopState; data: T; effects: Effect[]; hidden?: HiddenState }
  | { ok: false; error: AppError };

export function accepted<T>(state: WorkshopState, data: T, effects: Effect[] = []): TransitionResult<T> {
  return { ok: true, state, data, effects };
}

/** Accepted, with a change to the hidden state too. */
export function acceptedWithHidden<T>(state: WorkshopState, hidden: HiddenState, data: T): TransitionResult<T> {
  return { ok: true, state, hidden, data, effects: [] };
}

export function rejected(code: ErrorCode, message: string, fields?: Record<string, string>): { ok: false; error: AppError } {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
