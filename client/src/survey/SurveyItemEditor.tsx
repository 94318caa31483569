import type { SurveyItem } from '@roundtable/shared/survey/survey';
import type { FormEvent } from 'react';
import { shortText } from '../board/boardColumns';
import { useFocusAfterChange } from '../console/useFocusAfterChange';
import { ConfirmButton } from '../forms/ConfirmButton';
import { TextField } from '../forms/TextField';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from '../plan/focusSoon';
import type { ItemsChange } from './surveyStage';
import { SURVEY_ITEM_TEXT_MAX_CHARS } from '@roundtable/shared/survey/surveyLimits';

export interface SurveyItemEditorProps {
  item: SurveyItem;
  number: number;
  first: boolean;
  last: boolean;
  saving: boolean;
  onChange(change: ItemsChange, done?: string): Promise<boolean>;
}

/** One question in the editor: its kind, where it comes from, its wording to change, and buttons to move or remove it. */
export function SurveyItemEditor({ item, number, first, last, saving, onChange }: SurveyItemEditorProps) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const wording = useDraft(item.text);
  const afterMove = useFocusAfterChange(workshop);
  const short = shortText(item.text);
  const domId = `survey-item-${item.id}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const text = wording.value.trim();
    if (text === '' || text === item.text) return wording.reset();
    if (await onChange({ kind: 'reword', itemId: item.id, text }, t.survey.wordingSaved)) wording.reset();
  }

  function move(by: -1 | 1) {
    const direction = by < 0 ? 'up' : 'down';
    const target = number - 1 + by;
    // The list is re-ordered when the doc arrives, which takes focus from the button: it goes back there.
    afterMove.expect({ arrived: (state) => state.survey.items[target]?.id === item.id, then: () => focusSoon(`${domId}-${direction}`) });
    void onChange({ kind: 'move', itemId: item.id, by }).then((ok) => !ok && afterMove.cancel());
  }

  return (
    <li id={domId} className="survey-editor__item">
      <p className="survey-editor__facts">
        <span className="tag">{t.survey.kinds[item.kind]}</span> <span className="tag tag--phase">{item.builtIn ? t.survey.builtIn : t.survey.own}</span>
      </p>
      <form className="survey-editor__wording" onSubmit={(e) => void save(e)}>
        <TextField label={t.survey.wordingLabel(number)} value={wording.value} maxLength={SURVEY_ITEM_TEXT_MAX_CHARS} onChange={wording.set} multiline={item.kind === 'text'} />
        {wording.dirty && (
          <div className="button-row">
            <button type="submit" className="button button--small button--primary" aria-busy={saving}>
              {t.survey.saveWording}
            </button>
            <button type="button" className="button button--small" onClick={wording.reset}>
              {t.cancel}
            </button>
          </div>
        )}
      </form>
      <div className="button-row survey-editor__more">
        <button type="button" id={`${domId}-up`} className="button button--small" aria-disabled={first} aria-label={t.survey.moveUpLabel(short)} onClick={() => !first && move(-1)}>
          <span aria-hidden="true">↑</span> {t.survey.moveUp}
        </button>
        <button type="button" id={`${domId}-down`} className="button button--small" aria-disabled={last} aria-label={t.survey.moveDownLabel(short)} onClick={() => !last && move(1)}>
          <span aria-hidden="true">↓</span> {t.survey.moveDown}
        </button>
        <ConfirmButton
          label={t.survey.remove}
          accessibleLabel={t.survey.removeLabel(short)}
          question={t.survey.removeQuestion(short)}
          confirmLabel={t.survey.removeConfirm}
          onConfirm={() => {
            void onChange({ kind: 'remove', itemId: item.id });
            focusSoon('survey-questions-heading');
          }}
          danger
        />
      </div>
    </li>
  );
}
