import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { usePlanEditing } from './PlanEditingContext';
import { OBJECTIVE_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './plan.css';

/** [PLAN2] A new objective, written by a facilitator, added at the end. */
export function AddObjectiveForm() {
  const t = useT();
  const e = t.plan.editing;
  const { announce } = usePlanEditing();
  const [text, setText] = useState('');
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving || !text.trim()) return;
    const ack = await run('objective:add', { text: text.trim() });
    if (ack.ok) {
      setText('');
      announce(e.objectiveAdded);
    }
  }

  return (
    <form id="plan-new-objective" className="form plan-add" noValidate onSubmit={onSubmit}>
      <TextField label={e.newObjective} value={text} onChange={setText} error={fieldErrors.text} maxLength={OBJECTIVE_TEXT_MAX_CHARS} />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {e.addObjective}
      </button>
    </form>
  );
}
