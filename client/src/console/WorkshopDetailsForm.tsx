import type { FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AREA_MAX_CHARS, WORKSHOP_TITLE_MAX_CHARS } from '@roundtable/shared/workshop/workshopLimits';

/** The workshop's title and area, as facilitators edit them. */
export function WorkshopDetailsForm() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const title = useDraft(workshop.meta.title);
  const area = useDraft(workshop.meta.area);
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes: { title?: string; area?: string } = {};
    if (title.dirty && title.value !== workshop.meta.title) changes.title = title.value;
    if (area.dirty && area.value !== workshop.meta.area) changes.area = area.value;
    if (Object.keys(changes).length === 0) return;
    const ack = await run('workshop:update', changes);
    if (ack.ok) {
      title.reset();
      area.reset();
    }
  }

  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{t.console.details}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField label={t.console.title} value={title.value} onChange={title.set} error={fieldErrors.title} maxLength={WORKSHOP_TITLE_MAX_CHARS} />
        <TextField label={t.console.area} value={area.value} onChange={area.set} error={fieldErrors.area} maxLength={AREA_MAX_CHARS} />
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {t.console.saveDetails}
        </button>
      </form>
    </section>
  );
}
