import type { FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useDraft } from '../forms/useDraft';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { SESSION_AGENDA_MAX_CHARS, SESSION_TITLE_MAX_CHARS } from '@roundtable/shared/sessions/sessionLimits';
import type { Session } from '@roundtable/shared/sessions/session';

/** A session's title, date and agenda; only changed fields are sent. */
export function SessionDetailsForm({ session }: { session: Session }) {
  const t = useT();
  const title = useDraft(session.title);
  const date = useDraft(session.date ?? '');
  const agenda = useDraft(session.agenda);
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes: { title?: string; date?: string | null; agenda?: string } = {};
    if (title.dirty && title.value !== session.title) changes.title = title.value;
    if (date.dirty && date.value !== (session.date ?? '')) changes.date = date.value === '' ? null : date.value;
    if (agenda.dirty && agenda.value !== session.agenda) changes.agenda = agenda.value;
    if (Object.keys(changes).length === 0) return;
    const ack = await run('session:update', { sessionId: session.id, ...changes });
    if (ack.ok) {
      title.reset();
      date.reset();
      agenda.reset();
    }
  }

  const n = session.number;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextField label={t.sessions.title(n)} value={title.value} onChange={title.set} error={fieldErrors.title} maxLength={SESSION_TITLE_MAX_CHARS} />
      <TextField label={t.sessions.date(n)} type="date" value={date.value} onChange={date.set} error={fieldErrors.date} />
      <TextField
        label={t.sessions.agenda(n)}
        multiline
        value={agenda.value}
        onChange={agenda.set}
        error={fieldErrors.agenda}
        maxLength={SESSION_AGENDA_MAX_CHARS}
      />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {t.sessions.saveSession(n)}
      </button>
    </form>
  );
}
