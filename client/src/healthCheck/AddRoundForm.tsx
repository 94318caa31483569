import type { HealthRound } from '@roundtable/shared/healthCheck/healthCheck';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { useId, useState, type FormEvent } from 'react';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/** [HEALTH2] Adds a missing round of the health check to a session (round one to session one, round two to five, by default). */
export function AddRoundForm({ round }: { round: HealthRound }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const sessions = sessionsInOrder(workshop);
  const preferred = sessions.find((s) => s.number === (round === 1 ? 1 : 5)) ?? sessions[0];
  const [sessionId, setSessionId] = useState<string>(preferred?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const headingId = useId();

  async function add(event: FormEvent) {
    event.preventDefault();
    const ack = await submit('healthCheck:add', { sessionId: sessionId as SessionId, round });
    setError(ack.ok ? null : commandErrorText(t, 'healthCheck:add', ack.error));
  }

  if (sessions.length === 0) return null;
  return (
    <form className="health-add" aria-labelledby={headingId} onSubmit={(e) => void add(e)}>
      <h3 id={headingId}>{t.healthCheck.addHeading(round)}</h3>
      <div className="field">
        <label htmlFor={selectId}>{t.healthCheck.addSession}</label>
        <select id={selectId} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {t.healthCheck.addSessionOption(s.number, s.title)}
            </option>
          ))}
        </select>
      </div>
      <FormError message={error} />
      <button type="submit" className="button">
        {t.healthCheck.add}
      </button>
    </form>
  );
}
