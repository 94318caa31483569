import { useEffect, useId, useRef } from 'react';
import { boardKindTag } from '../board/boardKindTag';
import { Countdown } from '../board/Countdown';
import { PhaseLabel } from '../board/PhaseLabel';
import { useT } from '../i18n/t';
import { ParticipantBoardBody } from './ParticipantBoardBody';
import type { Board } from '@roundtable/shared/board/board';
import '../board/board.css';
import './participant.css';

/** When the board appears: take focus to its heading always (I opened it), only if focus was lost (I was brought here), or never. */
export type TakeFocus = 'always' | 'ifLost' | 'never';

export interface ParticipantBoardProps {
  board: Board;
  onLeave(): void;
  takeFocus: TakeFocus;
}

/** One board on a participant's phone: what it asks, where it is, and what I can do at this step. */
export function ParticipantBoard({ board, onLeave, takeFocus }: ParticipantBoardProps) {
  const t = useT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (takeFocus === 'always' || (takeFocus === 'ifLost' && lost)) heading.current?.focus();
    // Only when the board first appears (the page keys this component by board).
  }, []);

  const extra =
    board.phase === 'contribute' && board.contributing === 'private' ? t.board.privateUntilReveal : board.phase === 'group' && board.participantsCanGroup ? t.board.youCanGroup : '';
  const help = [t.phaseHelp[board.phase], extra].filter(Boolean).join(' ');
  const kindTag = boardKindTag(board.title, t.boardKinds[board.kind]);
  return (
    <section className="card live-board" aria-labelledby={headingId}>
      <button type="button" className="button button--small live-board__back" onClick={onLeave}>
        <span aria-hidden="true">←</span> {t.participant.allBoards}
      </button>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {board.title}
      </h2>
      {kindTag && (
        <p>
          <span className="tag">{kindTag}</span>
        </p>
      )}
      {board.prompt && <p className="live-board__prompt">{board.prompt}</p>}
      {/* [A11Y2] A live region: a screen reader says the new step and what to do in it when the facilitator moves on. */}
      <div role="status" aria-atomic="true" data-testid="board-step">
        <PhaseLabel phase={board.phase} />
        <p>{help}</p>
      </div>
      <div role="status">{board.locked && <p className="paused">{t.board.locked}</p>}</div>
      <Countdown board={board} />
      <ParticipantBoardBody board={board} />
    </section>
  );
}
