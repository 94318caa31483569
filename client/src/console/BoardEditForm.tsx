import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { BOARD_PROMPT_MAX_CHARS, BOARD_TITLE_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

/** Renames a board or changes its prompt; closes once the server has accepted, stays open (with the text) if not. */
export function BoardEditForm({ board, onDone }: { board: Board; onDone(): void }) {
  const t = useT();
  const [title, setTitle] = useState(board.title);
  const [prompt, setPrompt] = useState(board.prompt);
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes: { title?: string; prompt?: string } = {};
    if (title !== board.title) changes.title = title;
    if (prompt !== board.prompt) changes.prompt = prompt;
    if (Object.keys(changes).length === 0) return onDone();
    const ack = await run('board:update', { boardId: board.id, ...changes });
    if (ack.ok) onDone();
  }

  return (
    <form className="form board-item board-item--editing" noValidate onSubmit={onSubmit} aria-label={t.boards.editBoard(board.title)}>
      <TextField label={t.boards.title} value={title} onChange={setTitle} error={fieldErrors.title} maxLength={BOARD_TITLE_MAX_CHARS} autoFocus />
      <TextField label={t.boards.prompt} multiline value={prompt} onChange={setPrompt} error={fieldErrors.prompt} maxLength={BOARD_PROMPT_MAX_CHARS} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {t.boards.saveBoard}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
