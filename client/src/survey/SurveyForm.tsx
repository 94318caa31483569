import { useRef, useState, type FormEvent } from 'react';
import { CardTextField } from '../board/CardTextField';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { surveyAnswerPending } from './pendingAnswer';
import { ScaleQuestion } from './ScaleQuestion';
import { answeredCount, checkSubmission } from './surveyDraft';
import { surveyDraftKey, useSurveyDraft } from './useSurveyDraft';
import { SURVEY_TEXT_ANSWER_MAX_CHARS } from '@roundtable/shared/survey/surveyLimits';

/**
 * [SURV3] The participant's answers: each scale item as a radio group with "Skip", each free-text question as a
 * textarea with its count, what happens to the answers (SURV4), and one button that sends them once. The answers go
 * through the outbox, so a reload or a dropped connection loses nothing and nothing is sent twice; until the
 * server has them they are also kept in the tab, and the form is not offered again while they wait to be sent.
 */
export function SurveyForm({ onSent }: { onSent(): void }) {
  const t = useT();
  const { workshop, me, submit, onlineMemberIds } = useLiveWorkshop();
  const items = workshop.survey.items;
  const scaleItems = items.filter((item) => item.kind === 'scale');
  const textItems = items.filter((item) => item.kind === 'text');
  const [draft, setDraft, clearDraft] = useSurveyDraft(surveyDraftKey(me.workshopId, me.memberId), items);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; itemIds: string[] } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  if (sending || surveyAnswerPending(me.workshopId, me.memberId)) {
    return (
      <p role="status" className="survey-sending">
        {onlineMemberIds === null ? t.survey.waitingToSend : t.survey.sending}
      </p>
    );
  }

  const showError = (message: string, itemIds: string[] = []) => {
    setError({ message, itemIds });
    requestAnimationFrame(() => errorRef.current?.querySelector<HTMLElement>('.form-error')?.focus());
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    const check = checkSubmission(items, draft, SURVEY_TEXT_ANSWER_MAX_CHARS);
    if (!check.ok) {
      showError(check.problem === 'nothing' ? t.survey.nothingToSend : t.survey.tooLong(SURVEY_TEXT_ANSWER_MAX_CHARS), check.problem === 'tooLong' ? check.itemIds : []);
      return;
    }
    setError(null);
    setSending(true);
    const ack = await submit('survey:answer', check.submission);
    setSending(false);
    if (ack.ok) {
      clearDraft();
      onSent();
    } else {
      showError(commandErrorText(t, 'survey:answer', ack.error));
    }
  }

  return (
    <form className="survey-form" onSubmit={(e) => void send(e)} noValidate>
      <p className="survey-anonymity">{t.survey.anonymity}</p>
      <p>{t.survey.once}</p>
      {scaleItems.length > 0 && (
        <>
          <h3>{t.survey.intro}</h3>
          <ol className="survey-form__questions">
            {scaleItems.map((item, index) => (
              <li key={item.id}>
                <ScaleQuestion
                  number={index + 1}
                  item={item}
                  choice={draft.choices[item.id]}
                  onChange={(choice) => setDraft({ ...draft, choices: { ...draft.choices, [item.id]: choice } })}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {textItems.length > 0 && (
        <>
          <h3>{t.survey.otherQuestions}</h3>
          {textItems.map((item) => (
            <CardTextField
              key={item.id}
              label={item.text}
              value={draft.texts[item.id] ?? ''}
              max={SURVEY_TEXT_ANSWER_MAX_CHARS}
              error={error?.itemIds.includes(item.id) ? t.survey.tooLong(SURVEY_TEXT_ANSWER_MAX_CHARS) : undefined}
              onChange={(text) => setDraft({ ...draft, texts: { ...draft.texts, [item.id]: text } })}
            />
          ))}
        </>
      )}
      <p className="survey-form__progress">{t.survey.progress(answeredCount(items, draft), items.length)}</p>
      <div ref={errorRef}>
        <FormError message={error?.message ?? null} />
      </div>
      <button type="submit" className="button button--primary">
        {t.survey.send}
      </button>
    </form>
  );
}
