import type { Actor } from '../command/actor';
import type { CommandRule } from '../command/commandRule';
import { rejected, type TransitionResult } from '../command/transitionResult';
import { BOARD_COMMANDS } from '../board/boardCommands';
import { CARD_COMMANDS } from '../board/cardCommands';
import { VOTE_COMMANDS } from '../board/voteCommands';
import { WALL_COMMANDS } from '../board/wallCommands';
import { MEMBER_COMMANDS } from '../members/memberCommands';
import { OBJECTIVE_COMMANDS } from '../plan/objectiveCommands';
import { PLAN_COMMANDS } from '../plan/planCommands';
import { SHARING_COMMANDS } from '../programme/sharingCommands';
import { PROGRESS_COMMANDS } from '../review/progressCommands';
import { SESSION_COMMANDS } from '../sessions/sessionCommands';
import { SURVEY_COMMANDS } from '../survey/surveyCommands';
import { HEALTH_CHECK_COMMANDS } from '../healthCheck/healthCheckCommands';
import { PARTNERSHIP_MAP_COMMANDS } from '../partnershipMap/partnershipMapCommands';
import type { CommandName, CommandPayload } from './commandSchemas';
import { EMPTY_HIDDEN, type HiddenState } from './hiddenState';
import type { TransitionContext } from './transitionContext';
import { diffWorld, recordUndo } from './undo';
import type { WorkshopState } from './workshop';
import { WORKSHOP_COMMANDS } from './workshopCommands';

/**
 * The command table: for each command, who may send it and the pure transition that applies it, assembled from each
 * concept's rules (each typed by that concept's payload schemas). Rule ids refer to docs/spec.md.
 */
export const COMMANDS = {
  ...WORKSHOP_COMMANDS,
  ...SESSION_COMMANDS,
  ...MEMBER_COMMANDS,
  ...BOARD_COMMANDS,
  ...CARD_COMMANDS,
  ...WALL_COMMANDS,
  ...VOTE_COMMANDS,
  ...PLAN_COMMANDS,
  ...OBJECTIVE_COMMANDS,
  ...PROGRESS_COMMANDS,
  ...SURVEY_COMMANDS,
  ...HEALTH_CHECK_COMMANDS,
  ...PARTNERSHIP_MAP_COMMANDS,
  ...SHARING_COMMANDS,
} satisfies { [K in CommandName]: CommandRule<CommandPayload<K>> };

/** What an accepted command's transition hands back, read off its rule. */
type DataOf<R> = R extends { apply: (...args: never[]) => infer Result } ? Extract<Result, { ok: true }> extends { data: infer D } ? D : never : never;

/** What each command's acknowledgement carries on success: what its rule's `apply` returns when it accepts. */
export type CommandData = { [K in CommandName]: DataOf<(typeof COMMANDS)[K]> };

/**
 * Authorises and applies one validated command. A facilitator's undoable command is recorded in the undo history
 * (part of the hidden state), so `facilitator:undo` can take it back.
 */
export function applyCommand<K extends CommandName>(
  name: K,
  state: WorkshopState,
  payload: CommandPayload<K>,
  actor: Actor,
  ctx: TransitionContext,
  hidden: HiddenState = EMPTY_HIDDEN,
): TransitionResult<CommandData[K]> {
  const rule = COMMANDS[name] as unknown as CommandRule<CommandPayload<K>, CommandData[K]>;
  if (!rule.roles.includes(actor.role)) {
    if (rule.roles.length === 0) return rejected('forbidden', 'That is not done in the workshop: it comes through a personal link (such as a lead’s link).');
    return rejected('forbidden', rule.roles.includes('facilitator') ? 'Only a facilitator can do that.' : 'Only participants can do that.');
  }
  const me = state.members[actor.memberId];
  if (!me || me.removedAt !== null) return rejected('forbidden', 'You are no longer in this workshop.');
  const result = rule.apply(state, payload, actor, ctx, hidden);
  if (!result.ok || !rule.undoable || actor.role !== 'facilitator') return result;
  const nextHidden = result.hidden ?? hidden;
  const changes = diffWorld({ state, hidden }, { state: result.state, hidden: nextHidden });
  return { ...result, hidden: recordUndo(nextHidden, name, ctx.now, changes) };
}
