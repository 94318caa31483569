import type { BoardId, SessionId } from '@roundtable/shared/ids/ids';
import { useEffect, useRef } from 'react';
import { boardKindTag } from '../board/boardKindTag';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import type { TakeFocus } from './ParticipantBoard';
import { boardsOfSession } from '@roundtable/shared/board/board';
import './participant.css';

/** The session the facilitators have made current, with its agenda and its boards to open. */
export function CurrentSession({ onOpen, takeFocus }: { onOpen(boardId: BoardId): void; takeFocus: TakeFocus }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const heading = useRef<HTMLHeadingElement>(null);
  const sessionId = workshop.meta.currentSessionId;
  const session = sessionId ? workshop.sessions[sessionId as SessionId] : undefined;
  const boards = session ? boardsOfSession(workshop, session.id) : [];

  useEffect(() => {
    if (takeFocus === 'always') heading.current?.focus();
    // Only when the list first appears, after leaving a board.
  }, []);

  return (
    <section className="card" aria-labelledby="now-heading">
      <h2 id="now-heading" ref={heading} tabIndex={-1}>
        {t.participant.currentSession}
      </h2>
      {!session ? (
        <p>{t.sessions.none}</p>
      ) : (
        <>
          <p className="current-session__title">{t.sessions.sessionHeading(session.number, session.title)}</p>
          <p>{session.date ? formatCalendarDate(t.locale, session.date) : t.sessions.unscheduled}</p>
          {session.agenda && <p className="current-session__agenda">{session.agenda}</p>}
          <h3>{t.participant.boardsHeading}</h3>
          {boards.length === 0 ? (
            <p>{t.boards.none}</p>
          ) : (
            <ol className="current-session__boards">
              {boards.map((board) => {
                const kindTag = boardKindTag(board.title, t.boardKinds[board.kind]);
                return (
                  <li key={board.id}>
                    <p>
                      <strong>{board.title}</strong> {kindTag && <span className="tag">{kindTag}</span>} <span className="tag tag--phase">{t.phases[board.phase]}</span>
                    </p>
                    {board.prompt && <p>{board.prompt}</p>}
                    <button type="button" className="button button--small" onClick={() => onOpen(board.id)}>
                      {t.participant.openBoard(board.title)}
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
