import { useState } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { BoardEditForm } from './BoardEditForm';
import { BoardSettings } from './BoardSettings';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

/**
 * One board in a session's agenda. Moving is by buttons (never drag only); an end button is aria-disabled
 * rather than disabled so focus stays on it after the board reaches the top or bottom. Its settings are here too,
 * folded; the live view shows them only while the board is a draft.
 */
export function BoardItem({ board, index, count }: { board: Board; index: number; count: number }) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [editing, setEditing] = useState(false);
  const first = index === 0;
  const last = index === count - 1;

  function move(toIndex: number, allowed: boolean) {
    if (allowed) void submit('board:move', { boardId: board.id, toIndex });
  }

  if (editing) return <BoardEditForm board={board} onDone={() => setEditing(false)} />;
  return (
    <div className="board-item">
      <p className="board-item__title">
        <strong>{board.title}</strong> <span className="tag">{t.boardKinds[board.kind]}</span>
      </p>
      {board.prompt && <p className="board-item__prompt">{board.prompt}</p>}
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={t.boards.editBoard(board.title)}>
          {t.edit}
        </button>
        <button type="button" className="button button--small" aria-disabled={first} onClick={() => move(index - 1, !first)} aria-label={t.boards.moveUp(board.title)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="button button--small" aria-disabled={last} onClick={() => move(index + 1, !last)} aria-label={t.boards.moveDown(board.title)}>
          <span aria-hidden="true">↓</span>
        </button>
        <ConfirmButton
          label={t.boards.removeShort}
          accessibleLabel={t.boards.remove(board.title)}
          question={t.boards.removeConfirm(board.title)}
          confirmLabel={t.boards.removeYes}
          onConfirm={() => void submit('board:remove', { boardId: board.id })}
          danger
        />
      </div>
      <BoardSettings board={board} startOpen={false} />
    </div>
  );
}
