import type { HiddenState } from '../workshop/hiddenState';
import type { Effect } from '../workshop/transitionContext';
import type { WorkshopState } from '../workshop/workshop';

/**
 * The codes a transition refuses a command with. Each is one of the wire's error codes (protocol/errors.ts builds
 * ERROR_CODES from this list), so a refusal travels to the client as it is.
 */
export const REFUSAL_CODES = ['invalid_payload', 'forbidden', 'not_found', 'conflict', 'wrong_phase', 'locked', 'limit_reached', 'unavailable', 'internal'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** Why a command was refused: a code, a sentence a facilitator can act on, and what is wrong with which field. */
export interface Refusal {
  code: RefusalCode;
  message: string;
  /** Field path → what is wrong with it, for form validation. */
  fields?: Record<string, string>;
}

/** `hidden` is the next hidden state when the transition changed it (absent: unchanged). */
export type TransitionResult<T> =
  | { ok: true; state: WorkshopState; data: T; effects: Effect[]; hidden?: HiddenState }
  | { ok: false; error: Refusal };

export function accepted<T>(state: WorkshopState, data: T, effects: Effect[] = []): TransitionResult<T> {
  return { ok: true, state, data, effects };
}

/** Accepted, with a change to the hidden state too. */
export function acceptedWithHidden<T>(state: WorkshopState, hidden: HiddenState, data: T): TransitionResult<T> {
  return { ok: true, state, hidden, data, effects: [] };
}

export function rejected(code: RefusalCode, message: string, fields?: Record<string, string>): { ok: false; error: Refusal } {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}
