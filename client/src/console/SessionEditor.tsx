import { useId } from 'react';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { BoardList } from './BoardList';
import { SessionDetailsForm } from './SessionDetailsForm';
import type { Session } from '@roundtable/shared/sessions/session';
import './console.css';

export interface SessionEditorProps {
  session: Session;
  isCurrent: boolean;
  expanded: boolean;
  onToggle(): void;
}

/** One session: a disclosure heading, then (when expanded) its details, "Make current", and its boards. */
export function SessionEditor({ session, isCurrent, expanded, onToggle }: SessionEditorProps) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const bodyId = useId();
  const date = session.date ? formatCalendarDate(t.locale, session.date) : t.sessions.unscheduled;
  return (
    <article className={isCurrent ? 'session session--current' : 'session'}>
      <h3 className="session__heading">
        <button type="button" className="disclosure" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
          <span className="disclosure__icon" aria-hidden="true" />
          {t.sessions.sessionHeading(session.number, session.title)}
        </button>
      </h3>
      <p className="session__meta">
        <span>{date}</span>
        {isCurrent && <span className="tag">{t.sessions.current}</span>}
      </p>
      {expanded && (
        <div id={bodyId} className="session__body">
          {!isCurrent && (
            <button type="button" className="button" onClick={() => void submit('session:open', { sessionId: session.id })}>
              {t.sessions.makeCurrent}
            </button>
          )}
          <SessionDetailsForm session={session} />
          <BoardList session={session} />
        </div>
      )}
    </article>
  );
}
