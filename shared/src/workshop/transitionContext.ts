import type { MemberId } from '../ids/ids';
import type { SurveyResponse } from '../survey/surveyResults';
import type { HealthCheckId } from '../healthCheck/healthCheck';
import type { HealthCheckResponse } from '../healthCheck/healthCheckResults';

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
  /** The health check's stored answers, every round's (HEALTH4), loaded only for a rule that asks (`loadsHealthCheckResponses`). */
  healthCheckResponses?: readonly HealthCheckResponse[];
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
  | { type: 'surveyClosed' }
  /** A health check answer, stored apart from who gave it (HEALTH4). */
  | { type: 'healthCheckResponse'; response: HealthCheckResponse }
  /** A round of the health check closed: its stored answers are rewritten in a random order (HEALTH4). */
  | { type: 'healthCheckClosed'; healthCheckId: HealthCheckId };
