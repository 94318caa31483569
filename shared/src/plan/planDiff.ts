import { timescaleLabel, type Action, type Lead, type Objective, type PlanSnapshot } from './plan';

/** One difference between two versions of the plan, worded for people ("what changed"). */
export type PlanChange =
  | { kind: 'vision'; before: string; after: string }
  | { kind: 'reviewDate'; before: string; after: string }
  | { kind: 'principleAdded'; text: string }
  | { kind: 'principleRemoved'; text: string }
  | { kind: 'objectiveAdded'; objective: string }
  | { kind: 'objectiveRemoved'; objective: string }
  | { kind: 'objectiveReworded'; before: string; after: string }
  | { kind: 'actionAdded'; objective: string; action: string }
  | { kind: 'actionRemoved'; objective: string; action: string }
  | { kind: 'actionChanged'; objective: string; action: string; field: ActionField; before: string; after: string };

export type ActionField = 'text' | 'councilLead' | 'thirdSectorLead' | 'timescale' | 'notes' | 'leadException' | 'objective';

function leadText(snapshot: PlanSnapshot, lead: Lead | null): string {
  if (!lead) return '';
  if (lead.kind === 'named') return `${lead.name}${lead.organisation ? `, ${lead.organisation}` : ''}`;
  const known = snapshot.leadNames[lead.memberId];
  return known ? `${known.name}${known.organisation ? `, ${known.organisation}` : ''}` : '';
}

function fieldText(snapshot: PlanSnapshot, action: Action, field: ActionField, objectives: Map<string, Objective>): string {
  switch (field) {
    case 'councilLead':
    case 'thirdSectorLead':
      return leadText(snapshot, action[field]);
    case 'timescale':
      return timescaleLabel(action.timescale);
    case 'leadException':
      return action.leadException ?? '';
    case 'objective':
      return objectives.get(action.objectiveId)?.text ?? '';
    default:
      return action[field];
  }
}

const ACTION_FIELDS: readonly ActionField[] = ['text', 'objective', 'councilLead', 'thirdSectorLead', 'timescale', 'notes', 'leadException'];

/** [PLAN8] What changed from one version of the plan to another, matched by objective and action ids. */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.vision !== after.vision) changes.push({ kind: 'vision', before: before.vision, after: after.vision });
  for (const text of after.principles) if (!before.principles.includes(text)) changes.push({ kind: 'principleAdded', text });
  for (const text of before.principles) if (!after.principles.includes(text)) changes.push({ kind: 'principleRemoved', text });
  if (before.reviewDate !== after.reviewDate) changes.push({ kind: 'reviewDate', before: before.reviewDate, after: after.reviewDate });

  const objectivesBefore = new Map(before.objectives.map((o) => [o.id as string, o]));
  const objectivesAfter = new Map(after.objectives.map((o) => [o.id as string, o]));
  for (const o of after.objectives) {
    const was = objectivesBefore.get(o.id);
    if (!was) changes.push({ kind: 'objectiveAdded', objective: o.text });
    else if (was.text !== o.text) changes.push({ kind: 'objectiveReworded', before: was.text, after: o.text });
  }
  for (const o of before.objectives) if (!objectivesAfter.has(o.id)) changes.push({ kind: 'objectiveRemoved', objective: o.text });

  const actionsBefore = new Map(before.actions.map((a) => [a.id as string, a]));
  const actionsAfter = new Map(after.actions.map((a) => [a.id as string, a]));
  for (const a of after.actions) {
    const objective = objectivesAfter.get(a.objectiveId)?.text ?? '';
    const was = actionsBefore.get(a.id);
    if (!was) {
      changes.push({ kind: 'actionAdded', objective, action: a.text });
      continue;
    }
    for (const field of ACTION_FIELDS) {
      const b = fieldText(before, was, field, objectivesBefore);
      const c = fieldText(after, a, field, objectivesAfter);
      // An action belongs to another objective only if it moved; a reworded objective is reported once, as such.
      const changed = field === 'objective' ? was.objectiveId !== a.objectiveId : b !== c;
      if (changed) changes.push({ kind: 'actionChanged', objective, action: a.text, field, before: b, after: c });
    }
  }
  for (const a of before.actions) {
    if (!actionsAfter.has(a.id)) changes.push({ kind: 'actionRemoved', objective: objectivesBefore.get(a.objectiveId)?.text ?? '', action: a.text });
  }
  return changes;
}
