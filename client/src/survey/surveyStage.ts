import type { SurveyItem } from '@roundtable/shared/survey/survey';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/** The PIP session that runs the feedback survey. */
export const SURVEY_SESSION_NUMBER = 5;

/**
 * Whether the survey is shown (to participants, and unfolded in the console): from session five on, or as soon as
 * the facilitators have opened it.
 */
export function surveyShown(state: WorkshopState): boolean {
  const session = state.meta.currentSessionId ? state.sessions[state.meta.currentSessionId] : undefined;
  return (session?.number ?? 0) >= SURVEY_SESSION_NUMBER || state.survey.status !== 'not_started';
}

/** Who could answer now: the participants still in the workshop (facilitators run the survey, they do not answer it). */
export function participantCount(state: WorkshopState): number {
  return Object.values(state.members).filter((m) => m.role === 'participant' && m.removedAt === null).length;
}

/** One item as `survey:configure` carries it: an existing item keeps its id. */
export interface ItemSpec {
  id?: string;
  kind: SurveyItem['kind'];
  text: string;
}

/** A change a facilitator makes to the questions, applied to the survey as it stands now. */
export type ItemsChange =
  | { kind: 'reword'; itemId: string; text: string }
  | { kind: 'remove'; itemId: string }
  | { kind: 'move'; itemId: string; by: -1 | 1 }
  | { kind: 'add'; itemKind: SurveyItem['kind']; text: string };

/**
 * The whole list of items `survey:configure` wants, made from the survey as the doc has it now plus one change, so
 * two facilitators editing different questions do not undo each other. A change to an item no longer there, or a
 * move past either end, leaves the list as it is (null: nothing to send).
 */
export function itemsAfter(items: readonly SurveyItem[], change: ItemsChange): ItemSpec[] | null {
  const specs: ItemSpec[] = items.map((item) => ({ id: item.id, kind: item.kind, text: item.text }));
  if (change.kind === 'add') return [...specs, { kind: change.itemKind, text: change.text }];
  const index = specs.findIndex((spec) => spec.id === change.itemId);
  if (index < 0) return null;
  if (change.kind === 'remove') return specs.filter((_, i) => i !== index);
  if (change.kind === 'reword') return specs.map((spec, i) => (i === index ? { ...spec, text: change.text } : spec));
  const to = index + change.by;
  if (to < 0 || to >= specs.length) return null;
  const moved = [...specs];
  [moved[index], moved[to]] = [moved[to]!, moved[index]!];
  return moved;
}
