import type { FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { usePlanEditing } from './PlanEditingContext';
import { todayOnServer } from './timescaleInput';
import './planVersions.css';

/** [PLAN1] [PLAN5] The joint review date: empty means six months after agreement; a date already past is refused. */
export function ReviewDateForm() {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, clockOffsetMs } = useLiveWorkshop();
  const { announce } = usePlanEditing();
  const date = useDraft(workshop.plan.reviewDate ?? '');
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!date.dirty || date.value === (workshop.plan.reviewDate ?? '')) return;
    const ack = await run('plan:update', { reviewDate: date.value === '' ? null : date.value });
    if (ack.ok) {
      date.reset();
      announce(e.saved);
    }
  }

  return (
    <form className="form plan-review-form" noValidate onSubmit={onSubmit}>
      <TextField
        label={e.reviewDate}
        hint={e.reviewDateHint}
        type="date"
        min={todayOnServer(clockOffsetMs)}
        value={date.value}
        onChange={date.set}
        error={fieldErrors.reviewDate}
      />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {e.saveReviewDate}
      </button>
    </form>
  );
}
