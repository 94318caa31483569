import type { PlanChange } from '@roundtable/shared/plan/planDiff';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import type { Messages } from '../i18n/messages.en';

/** One change between two versions, in plain words, with the text before and after where the sentence cannot hold it. */
export interface ChangeView {
  text: string;
  before?: string;
  after?: string;
}

/**
 * The changes worth telling people. A reworded objective also shows, in the diff, as a change of objective for each
 * of its actions; only an action that moved to another objective has really changed objective.
 */
export function meaningfulChanges(changes: readonly PlanChange[]): PlanChange[] {
  const rewordings = new Set(changes.flatMap((c) => (c.kind === 'objectiveReworded' ? [`${c.before}\n${c.after}`] : [])));
  return changes.filter((c) => !(c.kind === 'actionChanged' && c.field === 'objective' && rewordings.has(`${c.before}\n${c.after}`)));
}

/** [PLAN8] "Action added to “…”: “…”", "The council lead of “…” changed", worded for the room. */
export function changeView(t: Messages, change: PlanChange): ChangeView {
  const c = t.plan.changes;
  const or = (text: string) => text || c.empty;
  switch (change.kind) {
    case 'vision':
      return { text: c.vision, before: or(change.before), after: or(change.after) };
    case 'reviewDate': {
      const date = (d: string) => (d ? formatCalendarDate(t.locale, d) : c.empty);
      return { text: c.reviewDate(date(change.before), date(change.after)) };
    }
    case 'principleAdded':
      return { text: c.principleAdded(change.text) };
    case 'principleRemoved':
      return { text: c.principleRemoved(change.text) };
    case 'objectiveAdded':
      return { text: c.objectiveAdded(change.objective) };
    case 'objectiveRemoved':
      return { text: c.objectiveRemoved(change.objective) };
    case 'objectiveReworded':
      return { text: c.objectiveReworded, before: change.before, after: change.after };
    case 'actionAdded':
      return { text: c.actionAdded(change.action, change.objective) };
    case 'actionRemoved':
      return { text: c.actionRemoved(change.action, change.objective) };
    case 'actionChanged':
      return { text: c.actionChanged(c.fields[change.field], change.action), before: or(change.before), after: or(change.after) };
  }
}
