import type { SurveyItem, SurveyItemId } from '@roundtable/shared/survey/survey';
import { describe, expect, it } from 'vitest';
import { answeredCount, checkSubmission, draftFrom, EMPTY_SURVEY_DRAFT } from './surveyDraft';

const item = (id: string, kind: 'scale' | 'text'): SurveyItem => ({ id: id as SurveyItemId, kind, text: `Item ${id}`, builtIn: true });
const items = [item('trust', 'scale'), item('respect', 'scale'), item('done', 'text')];
const MAX = 20;

describe('[SURV3] checkSubmission', () => {
  it('sends every scale item, a skipped or unanswered one as null, and the texts trimmed', () => {
    const check = checkSubmission(items, { choices: { trust: 'very_helpful', respect: 'skip' }, texts: { done: '  Joint training  ' } }, MAX);
    expect(check).toEqual({ ok: true, submission: { answers: { trust: 'very_helpful', respect: null }, texts: { done: 'Joint training' } } });
  });

  it('leaves out texts that are empty or only spaces', () => {
    const check = checkSubmission(items, { choices: { trust: 'helpful' }, texts: { done: '   ' } }, MAX);
    expect(check).toEqual({ ok: true, submission: { answers: { trust: 'helpful', respect: null }, texts: {} } });
  });

  it('refuses to send nothing: every item skipped and no text', () => {
    expect(checkSubmission(items, EMPTY_SURVEY_DRAFT, MAX)).toEqual({ ok: false, problem: 'nothing' });
    expect(checkSubmission(items, { choices: { trust: 'skip', respect: 'skip' }, texts: { done: ' ' } }, MAX)).toEqual({ ok: false, problem: 'nothing' });
  });

  it('accepts a text alone', () => {
    expect(checkSubmission(items, { choices: {}, texts: { done: 'Spoke together' } }, MAX)).toMatchObject({ ok: true });
  });

  it('names the text items over the limit, counted after trimming', () => {
    expect(checkSubmission(items, { choices: { trust: 'helpful' }, texts: { done: 'x'.repeat(MAX + 1) } }, MAX)).toEqual({ ok: false, problem: 'tooLong', itemIds: ['done'] });
    expect(checkSubmission(items, { choices: { trust: 'helpful' }, texts: { done: ` ${'x'.repeat(MAX)} ` } }, MAX)).toMatchObject({ ok: true });
  });

  it('ignores what is kept for items no longer in the survey', () => {
    const check = checkSubmission(items, { choices: { trust: 'helpful', gone: 'helpful' }, texts: { other: 'x' } }, MAX);
    expect(check).toEqual({ ok: true, submission: { answers: { trust: 'helpful', respect: null }, texts: {} } });
  });
});

describe('draftFrom', () => {
  it('keeps choices on the scale for scale items and text for text items', () => {
    expect(draftFrom({ choices: { trust: 'neither', respect: 'skip' }, texts: { done: 'Yes' } }, items)).toEqual({
      choices: { trust: 'neither', respect: 'skip' },
      texts: { done: 'Yes' },
    });
  });

  it('drops what is not: answers off the scale, unknown items, a choice on a text item, text on a scale item', () => {
    expect(draftFrom({ choices: { trust: 'brilliant', gone: 'helpful', done: 'helpful' }, texts: { trust: 'x', done: 42 } }, items)).toEqual(EMPTY_SURVEY_DRAFT);
  });

  it('reads anything that is not a draft as empty', () => {
    for (const raw of [null, 'text', [], 3, { choices: [], texts: 'x' }]) expect(draftFrom(raw, items)).toEqual(EMPTY_SURVEY_DRAFT);
  });
});

describe('answeredCount', () => {
  it('counts chosen answers and written texts, not skips or blanks', () => {
    expect(answeredCount(items, { choices: { trust: 'not_helpful', respect: 'skip' }, texts: { done: 'Yes' } })).toBe(2);
    expect(answeredCount(items, { choices: { respect: 'skip' }, texts: { done: '  ' } })).toBe(0);
  });
});
