import type { ActionId, ObjectiveId } from '@roundtable/shared/ids/ids';
import type { PlanState } from '@roundtable/shared/plan/plan';
import { leadName, type PlanProblem } from '@roundtable/shared/plan/planRules';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { shortText } from '../board/boardColumns';
import type { Messages } from '../i18n/messages.en';

/** Where a facilitator goes to fix a problem: the new-objective field, an objective's new-action field, or a field of an action. */
export type ProblemTarget =
  | { kind: 'newObjective' }
  | { kind: 'newAction'; objectiveId: string }
  | { kind: 'action'; actionId: string; field: 'councilLead' | 'thirdSectorLead' | 'timescale' };

export interface ProblemView {
  key: string;
  text: string;
  target: ProblemTarget;
}

/** [PLAN4] What stands between the draft and agreement, in plain words, each with where to fix it. */
export function problemViews(t: Messages, state: WorkshopState & PlanState, problems: readonly PlanProblem[]): ProblemView[] {
  const p = t.plan.problems;
  const actionText = (id: string) => shortText(state.actions[id as ActionId]?.text ?? '');
  return problems.map((problem, i): ProblemView => {
    const key = `${problem.kind}-${i}`;
    switch (problem.kind) {
      case 'noObjectives':
        return { key, text: p.noObjectives, target: { kind: 'newObjective' } };
      case 'noActions':
        return {
          key,
          text: p.noActions(shortText(state.objectives[problem.objectiveId as ObjectiveId]?.text ?? '')),
          target: { kind: 'newAction', objectiveId: problem.objectiveId },
        };
      case 'noTimescale':
        return { key, text: p.noTimescale(actionText(problem.actionId)), target: { kind: 'action', actionId: problem.actionId, field: 'timescale' } };
      case 'missingLead':
      case 'leadLeft':
      case 'leadSector': {
        const slot = t.plan.slots[problem.slot];
        const target: ProblemTarget = { kind: 'action', actionId: problem.actionId, field: problem.slot };
        const action = actionText(problem.actionId);
        if (problem.kind === 'missingLead') return { key, text: p.missingLead(slot, action), target };
        const leadOf = p.leadOf(slot, action);
        if (problem.kind === 'leadSector') return { key, text: p.leadSector(leadOf, t.plan.sectorPhrase[problem.sector ?? 'none']), target };
        const lead = state.actions[problem.actionId as ActionId]?.[problem.slot];
        return { key, text: p.leadLeft(leadOf, lead ? leadName(state, lead).name : ''), target };
      }
    }
  });
}
