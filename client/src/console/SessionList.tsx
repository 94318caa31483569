import { useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SessionEditor } from './SessionEditor';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import './console.css';

/** The five PIP sessions in order; the current one starts expanded. */
export function SessionList() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const sessions = sessionsInOrder(workshop);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set([workshop.meta.currentSessionId ?? sessions[0]?.id ?? ''].filter(Boolean)),
  );

  function toggle(sessionId: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(sessionId)) next.add(sessionId);
      return next;
    });
  }

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t.sessions.heading}</h2>
      <ol className="session-list">
        {sessions.map((session) => (
          <li key={session.id}>
            <SessionEditor
              session={session}
              isCurrent={workshop.meta.currentSessionId === session.id}
              expanded={expanded.has(session.id)}
              onToggle={() => toggle(session.id)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
