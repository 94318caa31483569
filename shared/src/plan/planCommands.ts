import type { MemberId } from '../ids/ids';
import { resultGroupOf } from '../board/board';
import type { RulesFor } from '../command/commandRule';
import { EVERYONE, FACILITATORS } from '../command/actor';
import { accepted, acceptedWithHidden, rejected } from '../command/transitionResult';
import type { WorkshopState } from '../workshop/workshop';
import type { HiddenState } from '../workshop/hiddenState';
import { actionsOf, objectivesInOrder, sixMonthsAfter, type ActionId, type ObjectiveId, type PlanVersion, type Proposal, type ProposalId } from './plan';
import { leadName, planProblems } from './planRules';
import { editConflict, missingAction, missingObjective, passed, putActions, putObjectives, today, withPlan } from './planState';
import type { PLAN_PAYLOADS } from './planPayloads';

/*
 * The action plan's commands (rule ids in docs/spec.md, PLAN1-9), but for its objectives and actions (objectiveCommands.ts).
 * Facilitators edit everything; participants propose wording, comment, and respond when the plan is put to the room.
 * Any edit after agreement starts the draft of the next version; any edit while the room is being asked ends that
 * round (the room is asked again about the new text).
 */

export const PLAN_COMMANDS = {
  // [PLAN1] The vision, key principles and review date; the vision is edited with its base text (PLAN6).
  'plan:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      if (p.vision !== undefined && p.baseVision !== undefined && p.baseVision !== state.plan.vision) return editConflict('vision', state.plan.vision);
      if (p.reviewDate && passed(p.reviewDate, ctx)) return rejected('invalid_payload', 'The review date has already passed.', { reviewDate: 'Choose a date from today on.' });
      return accepted(
        withPlan(state, {
          vision: p.vision ?? state.plan.vision,
          principles: p.principles ?? state.plan.principles,
          reviewDate: p.reviewDate === undefined ? state.plan.reviewDate : p.reviewDate,
        }),
        null,
      );
    },
  },

  // [PLAN9] Participants propose wording or comment; facilitators accept or decline. An accepted wording replaces
  // the field, as an edit.
  'proposal:add': {
    roles: EVERYONE,
    apply: (state, p, actor, ctx) => {
      const target = p.targetKind === 'objective' ? state.objectives[p.targetId as ObjectiveId] : state.actions[p.targetId as ActionId];
      if (!target) return p.targetKind === 'objective' ? missingObjective() : missingAction();
      if (p.kind === 'wording' && !p.field) return rejected('invalid_payload', 'Say which text the wording is for.', { field: 'Choose text or notes.' });
      if (p.kind === 'wording' && p.targetKind === 'objective' && p.field === 'notes') return rejected('invalid_payload', 'An objective has no notes.', { field: 'Choose text.' });
      const open = Object.values(state.proposals).filter((x) => x.authorId === actor.memberId && x.status === 'open').length;
      if (open >= 20) return rejected('limit_reached', 'You have 20 proposals waiting for the facilitators. Wait until they have looked at some.');
      const proposal: Proposal = {
        id: ctx.newId() as ProposalId,
        kind: p.kind,
        targetKind: p.targetKind,
        targetId: p.targetId,
        field: p.kind === 'wording' ? (p.field ?? 'text') : null,
        text: p.text,
        authorId: actor.memberId,
        createdAt: ctx.now,
        status: 'open',
        decidedAt: null,
      };
      return accepted({ ...state, proposals: { ...state.proposals, [proposal.id]: proposal } }, { proposalId: proposal.id });
    },
  },

  'proposal:decide': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      const proposal = state.proposals[p.proposalId as ProposalId];
      if (!proposal) return rejected('not_found', 'That proposal is not in this plan.');
      if (proposal.status !== 'open') return rejected('conflict', `That proposal has already been ${proposal.status}.`);
      const decided = { ...proposal, status: p.accept ? ('accepted' as const) : ('declined' as const), decidedAt: ctx.now };
      let next: WorkshopState = { ...state, proposals: { ...state.proposals, [proposal.id]: decided } };
      if (p.accept && proposal.kind === 'wording') {
        if (proposal.targetKind === 'objective') {
          const objective = state.objectives[proposal.targetId as ObjectiveId];
          if (!objective) return missingObjective();
          next = putObjectives(next, [{ ...objective, text: proposal.text }]);
        } else {
          const action = state.actions[proposal.targetId as ActionId];
          if (!action) return missingAction();
          next = putActions(next, [{ ...action, [proposal.field ?? 'text']: proposal.text }]);
        }
      }
      return accepted(next, null);
    },
  },

  // [PLAN4] The plan is put to the room: a new round of responses.
  'plan:consult': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, _p, _actor, ctx) => {
      if (state.plan.status === 'consulting') return rejected('conflict', 'The plan is already with the room.');
      if (objectivesInOrder(state).length === 0) return rejected('conflict', 'Add at least one objective before putting the plan to the room.');
      return accepted({ ...state, plan: { ...state.plan, status: 'consulting', consultationRound: state.plan.consultationRound + 1, consultationStartedAt: ctx.now } }, null);
    },
  },

  // [PLAN4] Each participant says "I agree" or "I have a concern" (with a comment for the facilitators), once per
  // round; answering again replaces their answer.
  'plan:respond': {
    roles: ['participant'],
    apply: (state, p, actor, ctx, hidden) => {
      if (state.plan.status !== 'consulting' || p.round !== state.plan.consultationRound) {
        return rejected('wrong_phase', 'The plan is not being put to the room just now (or it has changed since you read it).');
      }
      const id = `${p.round}.${actor.memberId}`;
      const sector = state.members[actor.memberId]?.sector ?? null;
      const response = { id, round: p.round, memberId: actor.memberId, sector, response: p.response, comment: p.comment ?? '', at: ctx.now };
      const nextHidden: HiddenState = { ...hidden, planResponses: { ...hidden.planResponses, [id]: response } };
      return acceptedWithHidden(state, nextHidden, null);
    },
  },

  // [PLAN4] [PLAN7] Agreement freezes the plan as version N. It needs the room to have been asked and the plan to be
  // complete (every action with both leads and a timescale); the same version cannot be agreed twice.
  'plan:agree': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx, hidden) => {
      if (p.version !== state.plan.nextVersion) {
        return rejected('conflict', p.version < state.plan.nextVersion ? `Version ${p.version} has already been agreed.` : `The next version is ${state.plan.nextVersion}.`);
      }
      if (state.plan.status !== 'consulting') return rejected('conflict', 'Put the plan to the room first, so everyone can say whether they agree.');
      const problems = planProblems(state);
      if (problems.length > 0) return rejected('conflict', `The plan is not complete yet: ${problems.length} thing${problems.length === 1 ? '' : 's'} to fix before it can be agreed.`);
      const reviewDate = state.plan.reviewDate ?? sixMonthsAfter(today(ctx));
      const objectives = objectivesInOrder(state);
      const actions = objectives.flatMap((o) => actionsOf(state, o.id));
      const leadNames: PlanVersion['snapshot']['leadNames'] = {};
      for (const action of actions) {
        for (const lead of [action.councilLead, action.thirdSectorLead]) if (lead?.kind === 'member') leadNames[lead.memberId] = leadName(state, lead);
      }
      const participants = Object.values(state.members).filter((m) => m.role === 'participant' && m.removedAt === null && m.joinedAt !== null);
      const organisations = [...new Set(participants.map((m) => m.organisation.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
      const zero = () => ({ local_authority: 0, third_sector: 0, other: 0 });
      const responses = { agree: zero(), concern: zero() };
      const roundAnswers = Object.values(hidden.planResponses).filter((r) => r.round === state.plan.consultationRound);
      for (const r of roundAnswers) responses[r.response][resultGroupOf(r.sector)] += 1;
      // [PLAN10] The concerns raised, without names, in an order that says nothing of who answered when.
      const groupOrder = ['local_authority', 'third_sector', 'other'] as const;
      const concerns = roundAnswers
        .filter((r) => r.response === 'concern')
        .map((r) => ({ sector: r.sector, comment: r.comment }))
        .sort((a, b) => groupOrder.indexOf(resultGroupOf(a.sector)) - groupOrder.indexOf(resultGroupOf(b.sector)) || a.comment.localeCompare(b.comment));
      const version: PlanVersion = {
        id: String(p.version),
        number: p.version,
        agreedAt: ctx.now,
        organisations,
        responses,
        concerns,
        snapshot: { vision: state.plan.vision, principles: state.plan.principles, reviewDate, objectives, actions, leadNames },
      };
      return accepted(
        {
          ...state,
          plan: { ...state.plan, status: 'agreed', reviewDate, nextVersion: p.version + 1, consultationStartedAt: null },
          planVersions: { ...state.planVersions, [version.id]: version },
        },
        { version: p.version },
      );
    },
  },
} satisfies RulesFor<typeof PLAN_PAYLOADS>;

/** Who responded how in the current round: for the facilitators' view. */
export function currentResponses(state: WorkshopState, hidden: HiddenState): { memberId: MemberId; sector: string | null; response: 'agree' | 'concern'; comment: string }[] {
  return Object.values(hidden.planResponses)
    .filter((r) => r.round === state.plan.consultationRound)
    .map((r) => ({ memberId: r.memberId, sector: r.sector, response: r.response, comment: r.comment }));
}
