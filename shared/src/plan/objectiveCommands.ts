import type { RulesFor } from '../command/commandRule';
import { FACILITATORS } from '../command/actor';
import { accepted, rejected } from '../command/transitionResult';
import { actionsOf, objectivesInOrder, timescaleEnd, type Action, type ActionId, type Lead, type Objective, type ObjectiveId } from './plan';
import { ACTIONS_PER_OBJECTIVE_MAX, OBJECTIVES_MAX } from './planLimits';
import { checkLead, editConflict, missingAction, missingObjective, passed, putActions, putObjectives, renumber } from './planState';
import type { OBJECTIVE_PAYLOADS } from './objectivePayloads';

/* The plan's objectives and actions (rule ids in docs/spec.md, PLAN1-9): facilitators add, edit, order and remove them. */

export const OBJECTIVE_COMMANDS = {
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
} satisfies RulesFor<typeof OBJECTIVE_PAYLOADS>;
