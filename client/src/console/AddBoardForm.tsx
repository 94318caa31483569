import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { BOARD_PROMPT_MAX_CHARS, BOARD_TITLE_MAX_CHARS, BOARDS_PER_SESSION_MAX } from '@roundtable/shared/board/boardLimits';
import { BOARD_KINDS, type BoardKind } from '@roundtable/shared/board/board';
import { type Session } from '@roundtable/shared/sessions/session';
import './console.css';

/** Adds a board at the end of a session's agenda. The form empties only once the server has added it. */
export function AddBoardForm({ session }: { session: Session }) {
  const t = useT();
  const kindId = useId();
  const headingId = useId();
  const [kind, setKind] = useState<BoardKind>('discussion');
  const [title, setTitle] = useState('');
  const [prompt, setPrompt] = useState('');
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ack = await run('board:add', { sessionId: session.id, kind, title, prompt });
    if (ack.ok) {
      setTitle('');
      setPrompt('');
    }
  }

  return (
    <form className="form add-board" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h5 id={headingId}>{t.boards.addHeading(session.number)}</h5>
      <div className={fieldErrors.kind ? 'field field--invalid' : 'field'}>
        <label htmlFor={kindId}>{t.boards.newKind}</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as BoardKind)}>
          {BOARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.boardKinds[k]}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t.boards.newTitle} value={title} onChange={setTitle} error={fieldErrors.title} maxLength={BOARD_TITLE_MAX_CHARS} hint={t.boards.limit(BOARDS_PER_SESSION_MAX)} />
      <TextField label={t.boards.newPrompt} multiline value={prompt} onChange={setPrompt} error={fieldErrors.prompt} maxLength={BOARD_PROMPT_MAX_CHARS} />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {t.boards.add}
      </button>
    </form>
  );
}
