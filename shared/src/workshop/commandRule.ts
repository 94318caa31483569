import type { HiddenState } from './hiddenState';
import type { CommandData, CommandName, CommandPayload } from '../protocol/commands';
import type { Actor, TransitionContext, TransitionResult } from './transition';
import type { Role, WorkshopState } from './workshop';

/** A command's pure transition: the shared state and the server's hidden state in, the next of each out. */
export type Apply<K extends CommandName> = (
  state: WorkshopState,
  payload: CommandPayload<K>,
  actor: Actor,
  ctx: TransitionContext,
  hidden: HiddenState,
) => TransitionResult<CommandData[K]>;

export interface CommandRule<K extends CommandName> {
  /** Roles allowed to send it; checked against the connection's identity before `apply`. */
  roles: readonly Role[];
  /** A facilitator's use of it can be undone with `facilitator:undo` (UNDO1). */
  undoable?: boolean;
  /** The transition reads the survey's stored answers (`ctx.surveyResponses`), which the server loads first. */
  loadsSurveyResponses?: boolean;
  apply: Apply<K>;
}

export const FACILITATORS = ['facilitator'] as const;
export const EVERYONE = ['facilitator', 'participant'] as const;
export const PARTICIPANTS = ['participant'] as const;
