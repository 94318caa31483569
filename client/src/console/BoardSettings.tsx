import { useId, useState } from 'react';
import { useT } from '../i18n/t';
import { BoardSettingsForm } from './BoardSettingsForm';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

/** A board's settings behind a disclosure; open to begin with when `startOpen` (by default, while the board is a draft). */
export function BoardSettings({ board, startOpen = board.phase === 'draft' }: { board: Board; startOpen?: boolean }) {
  const t = useT();
  const bodyId = useId();
  const [open, setOpen] = useState(startOpen);
  if (board.phase === 'closed') return null;
  return (
    <div className="board-settings">
      <h4 className="board-settings__heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="disclosure__icon" aria-hidden="true" />
          {t.settings.heading}
        </button>
      </h4>
      {open && (
        <div id={bodyId}>
          <BoardSettingsForm board={board} />
        </div>
      )}
    </div>
  );
}
