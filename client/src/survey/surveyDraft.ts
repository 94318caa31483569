import { SURVEY_SCALE, type SurveyAnswer, type SurveyItem } from '@roundtable/shared/survey/survey';

/** A scale item's radio group: one of the five answers, or "Skip" (the same as leaving it blank). */
export type SurveyChoice = SurveyAnswer | 'skip';

/** What a participant has filled in so far, by item id; kept on the device until it is sent. */
export interface SurveyDraft {
  choices: Record<string, SurveyChoice>;
  texts: Record<string, string>;
}

export const EMPTY_SURVEY_DRAFT: SurveyDraft = { choices: {}, texts: {} };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isChoice = (value: unknown): value is SurveyChoice => value === 'skip' || (SURVEY_SCALE as readonly unknown[]).includes(value);

/**
 * A draft read back from the device's storage, checked rather than trusted: only the survey's own items, only
 * choices on the scale and text for text items are kept; anything else is dropped.
 */
export function draftFrom(raw: unknown, items: readonly SurveyItem[]): SurveyDraft {
  if (!isObject(raw)) return EMPTY_SURVEY_DRAFT;
  const choices: Record<string, SurveyChoice> = {};
  const texts: Record<string, string> = {};
  const rawChoices = isObject(raw.choices) ? raw.choices : {};
  const rawTexts = isObject(raw.texts) ? raw.texts : {};
  for (const item of items) {
    const choice = rawChoices[item.id];
    const text = rawTexts[item.id];
    if (item.kind === 'scale' && isChoice(choice)) choices[item.id] = choice;
    if (item.kind === 'text' && typeof text === 'string' && text !== '') texts[item.id] = text;
  }
  return { choices, texts };
}

/** What `survey:answer` carries: every scale item (null when skipped) and the text items that were written in. */
export interface SurveySubmission {
  answers: Record<string, SurveyAnswer | null>;
  texts: Record<string, string>;
}

export type SubmissionCheck =
  | { ok: true; submission: SurveySubmission }
  /** Every item skipped and every text left empty: there is nothing to send. */
  | { ok: false; problem: 'nothing' }
  /** These text items are longer than the limit. */
  | { ok: false; problem: 'tooLong'; itemIds: string[] };

/**
 * Checks the draft before it is sent, and makes the command's payload from it: texts trimmed, empty ones left out,
 * a scale item not chosen (or "Skip") sent as null. The server checks all of this again; this only saves a
 * participant a round trip and tells them what to change in words.
 */
export function checkSubmission(items: readonly SurveyItem[], draft: SurveyDraft, textMaxChars: number): SubmissionCheck {
  const answers: Record<string, SurveyAnswer | null> = {};
  const texts: Record<string, string> = {};
  const tooLong: string[] = [];
  for (const item of items) {
    if (item.kind === 'scale') {
      const choice = draft.choices[item.id];
      answers[item.id] = choice && choice !== 'skip' ? choice : null;
    } else {
      const text = (draft.texts[item.id] ?? '').trim();
      if (text.length > textMaxChars) tooLong.push(item.id);
      else if (text !== '') texts[item.id] = text;
    }
  }
  if (tooLong.length > 0) return { ok: false, problem: 'tooLong', itemIds: tooLong };
  if (Object.values(answers).every((a) => a === null) && Object.keys(texts).length === 0) return { ok: false, problem: 'nothing' };
  return { ok: true, submission: { answers, texts } };
}

/** How many items have an answer (a choice on the scale, or some text), for "3 of 12 answered". */
export function answeredCount(items: readonly SurveyItem[], draft: SurveyDraft): number {
  return items.filter((item) => {
    if (item.kind === 'scale') {
      const choice = draft.choices[item.id];
      return choice !== undefined && choice !== 'skip';
    }
    return (draft.texts[item.id] ?? '').trim() !== '';
  }).length;
}
