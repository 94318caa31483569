import type { z } from 'zod';
import type { HiddenState } from '../workshop/hiddenState';
import type { TransitionContext } from '../workshop/transitionContext';
import type { WorkshopState } from '../workshop/workshop';
import type { Actor, Role } from './actor';
import type { TransitionResult } from './transitionResult';

/** A command's pure transition: the shared state and the server's hidden state in, the next of each out. */
export type Apply<P, D = unknown> = (state: WorkshopState, payload: P, actor: Actor, ctx: TransitionContext, hidden: HiddenState) => TransitionResult<D>;

/** A command's rule: who may send it, and the transition that applies its payload `P`, acknowledged with `D`. */
export interface CommandRule<P, D = unknown> {
  /** Roles allowed to send it; checked against the connection's identity before `apply`. */
  roles: readonly Role[];
  /** A facilitator's use of it can be undone with `facilitator:undo` (UNDO1). */
  undoable?: boolean;
  /** The transition reads the survey's stored answers (`ctx.surveyResponses`), which the server loads first. */
  loadsSurveyResponses?: boolean;
  /** The transition reads the health check's stored answers (`ctx.healthCheckResponses`), which the server loads first. */
  loadsHealthCheckResponses?: boolean;
  apply: Apply<P, D>;
}

/**
 * The rules of a concept's commands, one for each of its payload schemas: `p` in each `apply` is that schema's output.
 * What a command is acknowledged with is what its `apply` returns (workshop/commands.ts reads it off as CommandData).
 */
export type RulesFor<S extends Record<string, z.ZodType>> = { [K in keyof S]: CommandRule<z.output<S[K]>> };
