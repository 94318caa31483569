import type { SurveyItemKind } from '@roundtable/shared/survey/survey';
import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SURVEY_ITEM_TEXT_MAX_CHARS, SURVEY_ITEMS_MAX } from '@roundtable/shared/survey/surveyLimits';

const KINDS: readonly SurveyItemKind[] = ['scale', 'text'];

/** A facilitator's own question: rated on the scale or answered in words. What was typed stays if the server refuses it. */
export function AddSurveyItemForm({ saving, onAdd }: { saving: boolean; onAdd(kind: SurveyItemKind, text: string): Promise<boolean> }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const name = useId();
  const [kind, setKind] = useState<SurveyItemKind>('scale');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const full = workshop.survey.items.length >= SURVEY_ITEMS_MAX;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setError(t.survey.addEmpty);
    setError(undefined);
    if (await onAdd(kind, text.trim())) setText('');
  }

  return (
    <form className="survey-editor__add" aria-labelledby={`${name}-heading`} onSubmit={(e) => void add(e)} noValidate>
      <h4 id={`${name}-heading`}>{t.survey.addHeading}</h4>
      {full ? (
        <p>{t.survey.full(SURVEY_ITEMS_MAX)}</p>
      ) : (
        <>
          <fieldset className="field">
            <legend>{t.survey.addKind}</legend>
            <div className="radio-list">
              {KINDS.map((k) => (
                <label key={k} className="radio">
                  <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />
                  <span>{k === 'scale' ? t.survey.addKindScale : t.survey.addKindText}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <TextField
            label={t.survey.addText}
            hint={kind === 'scale' ? t.survey.addScaleHint : undefined}
            value={text}
            maxLength={SURVEY_ITEM_TEXT_MAX_CHARS}
            error={error}
            onChange={setText}
          />
          <button type="submit" className="button" aria-busy={saving}>
            {t.survey.add}
          </button>
        </>
      )}
    </form>
  );
}
