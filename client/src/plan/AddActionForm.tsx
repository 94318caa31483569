import type { Objective } from '@roundtable/shared/plan/plan';
import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { usePlanEditing } from './PlanEditingContext';
import { ACTION_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './plan.css';

/** A new action under an objective; its leads and timescale are chosen in its editor, which opens once it is added. */
export function AddActionForm({ objective }: { objective: Objective }) {
  const t = useT();
  const e = t.plan.editing;
  const { announce, openAction } = usePlanEditing();
  const [text, setText] = useState('');
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving || !text.trim()) return;
    const ack = await run('action:add', { objectiveId: objective.id, text: text.trim() });
    if (ack.ok) {
      setText('');
      announce(e.actionAdded);
      openAction(ack.data.actionId);
    }
  }

  return (
    <form id={`plan-new-action-${objective.id}`} className="form plan-add" noValidate onSubmit={onSubmit}>
      <TextField label={e.newAction} value={text} onChange={setText} error={fieldErrors.text} maxLength={ACTION_TEXT_MAX_CHARS} />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {e.addAction}
      </button>
    </form>
  );
}
