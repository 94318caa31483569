import { SURVEY_SCALE, type SurveyItem } from '@roundtable/shared/survey/survey';
import { useId } from 'react';
import { useT } from '../i18n/t';
import type { SurveyChoice } from './surveyDraft';

/** The choices in the order the PIP report lists them, then "Skip". */
const CHOICES: readonly SurveyChoice[] = [...SURVEY_SCALE, 'skip'];

/** One scale item: a fieldset whose legend is the item, with the report's five answers and "Skip" as radios. */
export function ScaleQuestion({ number, item, choice, onChange }: { number: number; item: SurveyItem; choice: SurveyChoice | undefined; onChange(choice: SurveyChoice): void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="field survey-question">
      <legend>
        <span className="survey-question__number">{number}.</span> {item.text}
      </legend>
      <div className="survey-scale">
        {CHOICES.map((c) => (
          <label key={c} className={c === 'skip' ? 'radio survey-scale__choice survey-scale__choice--skip' : 'radio survey-scale__choice'}>
            <input type="radio" name={name} value={c} checked={choice === c} onChange={() => onChange(c)} />
            <span>{c === 'skip' ? t.survey.skip : t.survey.answers[c]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
