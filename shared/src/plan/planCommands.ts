import type { MemberId } from '../ids/ids';
import { resultGroupOf } from '../board/board';
import type { RulesFor } from '../command/commandRule';
import { EVERYONE, FACILITATORS } from '../command/actor';
import type { WorkshopState } from '../workshop/workshop';
import type { HiddenState } from '../workshop/hiddenState';
import {
  actionsOf,
  objectivesInOrder,
  sixMonthsAfter,
  timescaleEnd,
  type Action,
  type ActionId,
  type Lead,
  type Objective,
  type ObjectiveId,
  type PlanMeta,
  type PlanVersion,
  type Proposal,
  type ProposalId,
} from './plan';
import { leadName, planProblems } from './planRules';
import type { PLAN_PAYLOADS } from './planPayloads';
import { ACTIONS_PER_OBJECTIVE_MAX, OBJECTIVES_MAX } from './planLimits';
import { accepted, acceptedWithHidden, rejected } from '../command/transitionResult';
import { type TransitionContext } from '../workshop/transitionContext';

/*
 * The action plan's commands (rule ids in docs/spec.md, PLAN1-9). Facilitators edit everything; participants propose
 * wording, comment, and respond when the plan is put to the room. Any edit after agreement starts the draft of the
 * next version; any edit while the room is being asked ends that round (the room is asked again about the new text).
 */
const today = (ctx: TransitionContext) => ctx.now.slice(0, 10);
const missingObjective = () => rejected('not_found', 'That objective is not in the plan (it may have been removed).');
const missingAction = () => rejected('not_found', 'That action is not in the plan (it may have been removed).');

/** [PLAN7] A change to the text after agreement, or while the room is asked, makes it a draft again. */
function edited(state: WorkshopState): WorkshopState {
  if (state.plan.status === 'draft') return state;
  return { ...state, plan: { ...state.plan, status: 'draft', consultationStartedAt: null } };
}

function withPlan(state: WorkshopState, plan: Partial<PlanMeta>): WorkshopState {
  return edited({ ...state, plan: { ...state.plan, ...plan } });
}

function putObjectives(state: WorkshopState, objectives: readonly Objective[], removed: readonly ObjectiveId[] = []): WorkshopState {
  const next = { ...state.objectives };
  for (const id of removed) delete next[id];
  for (const o of objectives) next[o.id] = o;
  return edited({ ...state, objectives: next });
}

function putActions(state: WorkshopState, actions: readonly Action[], removed: readonly ActionId[] = []): WorkshopState {
  const next = { ...state.actions };
  for (const id of removed) delete next[id];
  for (const a of actions) next[a.id] = a;
  return edited({ ...state, actions: next });
}

function renumber<T extends { position: number }>(ordered: readonly T[]): T[] {
  return ordered.flatMap((x, position) => (x.position === position ? [] : [{ ...x, position }]));
}

/** [PLAN6] An edit names the text it started from; if someone changed it since, both texts come back, nothing is lost. */
function editConflict(field: string, current: string) {
  return rejected('conflict', 'Someone else changed this while you were editing. Both versions are shown: choose or combine them, then save again.', {
    [field]: current,
  });
}

/** [PLAN5] A timescale or review date must not have passed. */
function passed(date: string, ctx: TransitionContext): boolean {
  return date < today(ctx);
}

/** [PLAN3] A lead is a member still in the workshop (a participant), or a named person with an organisation. */
function checkLead(state: WorkshopState, lead: Lead) {
  if (lead.kind === 'named') return null;
  const member = state.members[lead.memberId];
  if (!member || member.removedAt !== null) return rejected('not_found', 'That person is no longer in this workshop. Choose someone else, or name them as a lead from outside the room.');
  if (member.role !== 'participant') return rejected('invalid_payload', 'Leads are participants, or people named from outside the room.', { lead: 'Choose a participant.' });
  return null;
}

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

  // [PLAN2] Objectives are added (or carried forward from the objectives boards), reworded, reordered, removed.
  'objective:add': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      const existing = objectivesInOrder(state);
      if (existing.length >= OBJECTIVES_MAX) return rejected('limit_reached', `A plan has at most ${OBJECTIVES_MAX} objectives.`);
      const objective: Objective = { id: ctx.newId() as ObjectiveId, text: p.text, position: existing.length, fromItemId: null };
      return accepted(putObjectives(state, [objective]), { objectiveId: objective.id });
    },
  },

  'objective:importAgreed': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, _p, _actor, ctx) => {
      const existing = objectivesInOrder(state);
      const imported = new Set(existing.map((o) => o.fromItemId));
      const boards = new Set(Object.values(state.boards).filter((b) => b.kind === 'objectives').map((b) => b.id as string));
      const agreed = [
        ...Object.values(state.clusters).filter((c) => boards.has(c.boardId) && c.agreed).map((c) => ({ id: c.id as string, text: c.agreedText ?? c.name })),
        ...Object.values(state.cards).filter((c) => boards.has(c.boardId) && c.agreed && !c.hidden).map((c) => ({ id: c.id as string, text: c.agreedText ?? c.text })),
      ].filter((item) => !imported.has(item.id));
      if (existing.length + agreed.length > OBJECTIVES_MAX) return rejected('limit_reached', `A plan has at most ${OBJECTIVES_MAX} objectives.`);
      const added = agreed.map((item, i): Objective => ({ id: ctx.newId() as ObjectiveId, text: item.text, position: existing.length + i, fromItemId: item.id }));
      return accepted(added.length > 0 ? putObjectives(state, added) : state, { added: added.length });
    },
  },

  'objective:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const objective = state.objectives[p.objectiveId as ObjectiveId];
      if (!objective) return missingObjective();
      if (p.baseText !== objective.text) return editConflict('text', objective.text);
      return accepted(putObjectives(state, [{ ...objective, text: p.text }]), null);
    },
  },

  'objective:move': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const objective = state.objectives[p.objectiveId as ObjectiveId];
      if (!objective) return missingObjective();
      const others = objectivesInOrder(state).filter((o) => o.id !== objective.id);
      const at = Math.min(p.toIndex, others.length);
      return accepted(putObjectives(state, renumber([...others.slice(0, at), objective, ...others.slice(at)])), null);
    },
  },

  /** Removing an objective removes its actions. */
  'objective:remove': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const objective = state.objectives[p.objectiveId as ObjectiveId];
      if (!objective) return missingObjective();
      const actions = actionsOf(state, objective.id).map((a) => a.id);
      const rest = objectivesInOrder(state).filter((o) => o.id !== objective.id);
      return accepted(putActions(putObjectives(state, renumber(rest), [objective.id]), [], actions), null);
    },
  },

  'action:add': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      const objective = state.objectives[p.objectiveId as ObjectiveId];
      if (!objective) return missingObjective();
      const siblings = actionsOf(state, objective.id);
      if (siblings.length >= ACTIONS_PER_OBJECTIVE_MAX) return rejected('limit_reached', `An objective has at most ${ACTIONS_PER_OBJECTIVE_MAX} actions.`);
      const action: Action = {
        id: ctx.newId() as ActionId,
        objectiveId: objective.id,
        text: p.text,
        councilLead: null,
        thirdSectorLead: null,
        leadException: null,
        timescale: null,
        notes: '',
        position: siblings.length,
      };
      return accepted(putActions(state, [action]), { actionId: action.id });
    },
  },

  // [PLAN5] [PLAN6] An action's wording and notes (with their base texts), timescale, lead exception, objective.
  'action:update': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      const action = state.actions[p.actionId as ActionId];
      if (!action) return missingAction();
      if (p.text !== undefined && p.baseText !== action.text) return editConflict('text', action.text);
      if (p.notes !== undefined && p.baseNotes !== action.notes) return editConflict('notes', action.notes);
      if (p.timescale && passed(timescaleEnd(p.timescale), ctx)) return rejected('invalid_payload', 'That timescale has already passed.', { timescale: 'Choose a date from today on.' });
      let next: Action = {
        ...action,
        text: p.text ?? action.text,
        notes: p.notes ?? action.notes,
        timescale: p.timescale === undefined ? action.timescale : p.timescale,
        leadException: p.leadException === undefined ? action.leadException : p.leadException,
      };
      let changed: Action[] = [next];
      if (p.objectiveId !== undefined && p.objectiveId !== action.objectiveId) {
        if (!state.objectives[p.objectiveId as ObjectiveId]) return missingObjective();
        const target = actionsOf(state, p.objectiveId as ObjectiveId);
        if (target.length >= ACTIONS_PER_OBJECTIVE_MAX) return rejected('limit_reached', `An objective has at most ${ACTIONS_PER_OBJECTIVE_MAX} actions.`);
        next = { ...next, objectiveId: p.objectiveId as ObjectiveId, position: target.length };
        changed = [next, ...renumber(actionsOf(state, action.objectiveId).filter((a) => a.id !== action.id))];
      }
      return accepted(putActions(state, changed), null);
    },
  },

  // [PLAN3] The council lead and the third-sector lead.
  'action:setLead': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const action = state.actions[p.actionId as ActionId];
      if (!action) return missingAction();
      if (p.lead) {
        const problem = checkLead(state, p.lead as Lead);
        if (problem) return problem;
      }
      return accepted(putActions(state, [{ ...action, [p.slot]: (p.lead as Lead | null) ?? null }]), null);
    },
  },

  'action:move': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const action = state.actions[p.actionId as ActionId];
      if (!action) return missingAction();
      const others = actionsOf(state, action.objectiveId).filter((a) => a.id !== action.id);
      const at = Math.min(p.toIndex, others.length);
      return accepted(putActions(state, renumber([...others.slice(0, at), action, ...others.slice(at)])), null);
    },
  },

  'action:remove': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const action = state.actions[p.actionId as ActionId];
      if (!action) return missingAction();
      const rest = actionsOf(state, action.objectiveId).filter((a) => a.id !== action.id);
      return accepted(putActions(state, renumber(rest), [action.id]), null);
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
      for (const r of Object.values(hidden.planResponses)) if (r.round === state.plan.consultationRound) responses[r.response][resultGroupOf(r.sector)] += 1;
      const version: PlanVersion = {
        id: String(p.version),
        number: p.version,
        agreedAt: ctx.now,
        organisations,
        responses,
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

