import { useState } from 'react';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AddSurveyItemForm } from './AddSurveyItemForm';
import { itemsAfter, type ItemsChange } from './surveyStage';
import { SurveyItemEditor } from './SurveyItemEditor';

/**
 * [SURV1] The questions while the survey has not started: each one reworded, moved or removed (the PIP report's
 * too), and new ones added, scale or free text. Each change is sent at once as the whole list, made from the
 * survey as the doc has it now, so two facilitators changing different questions keep both changes.
 */
export function SurveyEditor() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const { run, saving } = useCommandForm();
  const [announcement, setAnnouncement] = useState('');
  const items = workshop.survey.items;

  /** Sends one change; resolves true once the server has taken it. */
  async function change(what: ItemsChange, done?: string): Promise<boolean> {
    const next = itemsAfter(workshop.survey.items, what);
    if (!next) return false;
    const ack = await run('survey:configure', { items: next });
    // The same words twice must still be read out: a trailing no-break space makes them a change.
    if (ack.ok && done) setAnnouncement((previous) => (previous === done ? `${done}\u00a0` : done));
    return ack.ok;
  }

  return (
    <section className="survey-editor" aria-labelledby="survey-questions-heading">
      <h3 id="survey-questions-heading">{t.survey.questionsHeading}</h3>
      <p>{t.survey.questionsIntro}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p>{t.survey.noQuestions}</p>
      ) : (
        <ol className="survey-editor__list">
          {items.map((item, index) => (
            <SurveyItemEditor key={item.id} item={item} number={index + 1} first={index === 0} last={index === items.length - 1} saving={saving} onChange={change} />
          ))}
        </ol>
      )}
      <AddSurveyItemForm saving={saving} onAdd={(itemKind, text) => change({ kind: 'add', itemKind, text }, t.survey.added)} />
    </section>
  );
}
