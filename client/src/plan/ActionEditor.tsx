import { LEAD_SLOTS, objectivesInOrder, type Action } from '@roundtable/shared/plan/plan';
import { useState, type FormEvent } from 'react';
import { shortText } from '../board/boardColumns';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { actionChanges, allAccepted, settleActionSave, startActionEditing, type ActionDraft, type ActionDraftProblems, type ActionEditing } from './actionDraft';
import { ActionMoveRemove } from './ActionMoveRemove';
import { ActionTextField } from './ActionTextField';
import { focusSoon } from './focusSoon';
import { needsLeadException } from './leadChoice';
import { LeadPicker } from './LeadPicker';
import { usePlanEditing } from './PlanEditingContext';
import { TimescalePicker } from './TimescalePicker';
import { todayOnServer } from './timescaleInput';
import { ACTION_NOTES_MAX_CHARS, ACTION_TEXT_MAX_CHARS, LEAD_EXCEPTION_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './planActions.css';

/**
 * One action as a facilitator edits it: wording, the two leads, the reason for an exception to them, timescale,
 * notes and objective, saved together by one button (only what changed is sent); moving and removing it. A text
 * someone else changed meanwhile comes back beside the one typed (PLAN6) and saving goes on from there.
 */
export function ActionEditor({ action }: { action: Action }) {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, submit, clockOffsetMs } = useLiveWorkshop();
  const { openAction, announce } = usePlanEditing();
  const today = todayOnServer(clockOffsetMs);
  const [editing, setEditing] = useState<ActionEditing>(() => startActionEditing(action, today));
  const [problems, setProblems] = useState<ActionDraftProblems>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const { draft } = editing;
  const short = shortText(action.text);
  const fieldId = (field: string) => `plan-action-${action.id}-${field}`;
  const objectives = objectivesInOrder(workshop);
  const showException = needsLeadException(workshop, draft.leads) || draft.leadException !== '' || editing.saved.leadException !== null;

  const change = (next: Partial<ActionDraft>) => setEditing((current) => ({ ...current, draft: { ...current.draft, ...next } }));

  function close() {
    openAction(null);
    focusSoon(fieldId('edit'));
  }

  async function save(current: ActionEditing) {
    setEditing(current);
    const changes = actionChanges(action.id, current, today);
    if (!changes.ok) {
      setProblems(changes.problems);
      return;
    }
    setProblems({});
    if (!changes.update && changes.leads.length === 0) return close();
    setSaving(true);
    const [update, ...leads] = await Promise.all([
      changes.update ? submit('action:update', changes.update) : Promise.resolve(null),
      ...changes.leads.map(({ slot, lead }) => submit('action:setLead', { actionId: action.id, slot, lead })),
    ]);
    setSaving(false);
    const acks = { update: update ?? null, leads };
    setEditing(settleActionSave(current, changes, acks));
    const errors: Record<string, string> = {};
    // A conflict's fields carry the other person's text, shown beside mine, not an error message.
    if (update && !update.ok && update.error.code !== 'conflict') Object.assign(errors, update.error.fields);
    changes.leads.forEach(({ slot }, i) => {
      const ack = leads[i];
      if (ack && !ack.ok) errors[slot] = ack.error.fields?.lead ?? ack.error.message;
    });
    setServerErrors(errors);
    if (allAccepted(acks)) {
      announce(e.actionSaved);
      close();
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!saving) void save(editing);
  }

  return (
    <div className="plan-editor" role="group" aria-label={e.editorLabel(short)}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ActionTextField
          id={fieldId('text')}
          field="text"
          label={e.actionWording}
          edit={draft.text}
          onChange={(text) => change({ text })}
          onResolve={(text) => void save({ ...editing, draft: { ...draft, text } })}
          error={problems.text ? e.textMissing : serverErrors.text}
          maxLength={ACTION_TEXT_MAX_CHARS}
        />
        <div className="plan-editor__leads">
          {LEAD_SLOTS.map((slot) => (
            <LeadPicker
              key={slot}
              slot={slot}
              id={fieldId(slot)}
              value={draft.leads[slot]}
              onChange={(choice) => change({ leads: { ...draft.leads, [slot]: choice } })}
              problems={problems[slot]}
              error={serverErrors[slot]}
            />
          ))}
        </div>
        {showException && (
          <div id={fieldId('leadException')}>
            <TextField
              label={t.plan.leadPicker.exception}
              hint={t.plan.leadPicker.exceptionHint}
              multiline
              value={draft.leadException}
              onChange={(leadException) => change({ leadException })}
              error={serverErrors.leadException}
              maxLength={LEAD_EXCEPTION_MAX_CHARS}
            />
          </div>
        )}
        <TimescalePicker id={fieldId('timescale')} value={draft.timescale} onChange={(timescale) => change({ timescale })} problem={problems.timescale} today={today} />
        {serverErrors.timescale && <p className="field__error">{serverErrors.timescale}</p>}
        <ActionTextField
          id={fieldId('notes')}
          field="notes"
          label={e.notes}
          edit={draft.notes}
          onChange={(notes) => change({ notes })}
          onResolve={(notes) => void save({ ...editing, draft: { ...draft, notes } })}
          error={serverErrors.notes}
          maxLength={ACTION_NOTES_MAX_CHARS}
        />
        {objectives.length > 1 && (
          <div className="field">
            <label htmlFor={fieldId('objective')}>{e.objective}</label>
            <select id={fieldId('objective')} value={draft.objectiveId} onChange={(ev) => change({ objectiveId: ev.target.value })}>
              {objectives.map((o, i) => (
                <option key={o.id} value={o.id}>
                  {`${t.plan.objectives.number(i + 1)}: ${shortText(o.text)}`}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-busy={saving}>
            {e.saveAction}
          </button>
          <button type="button" className="button" onClick={close}>
            {t.cancel}
          </button>
        </div>
      </form>
      <ActionMoveRemove action={action} />
    </div>
  );
}
