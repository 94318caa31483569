import { useId, useState, type FormEvent } from 'react';
import { CardTextField } from '../board/CardTextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { SECTORS, type Sector } from '@roundtable/shared/members/sector';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

const ROOM = 'none';

/**
 * [CARD5] A facilitator writes up a card for the room, choosing the sector it speaks for, or none. `foldable`: folded
 * behind its heading until opened, where the step's own work (grouping) needs the room on a laptop's screen.
 */
export function ScribeForm({ board, foldable = false }: { board: Board; foldable?: boolean }) {
  const t = useT();
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(!foldable);
  const sectorId = useId();
  const [text, setText] = useState('');
  const [sector, setSector] = useState<Sector | typeof ROOM>(ROOM);
  const [empty, setEmpty] = useState(false);
  const { run, saving, fieldErrors } = useCommandForm();

  function onChange(value: string) {
    setText(value);
    setEmpty(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    if (!text.trim()) return setEmpty(true);
    const sent = text;
    const ack = await run('card:add', { boardId: board.id, text: sent, sector: sector === ROOM ? null : sector });
    // The card can show before this answer; by then the next one may be half typed.
    if (ack.ok) setText((current) => (current === sent ? '' : current));
  }

  return (
    <form className="form scribe" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h4 id={headingId} className={foldable ? 'scribe__heading' : undefined}>
        {foldable ? (
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            <span className="disclosure__icon" aria-hidden="true" />
            {t.facilitate.scribeHeading}
          </button>
        ) : (
          t.facilitate.scribeHeading
        )}
      </h4>
      {open && (
        <div id={bodyId} className="scribe__body">
          <CardTextField label={t.facilitate.scribeText} value={text} onChange={onChange} error={empty ? t.cards.empty : fieldErrors.text} />
          <div className={fieldErrors.sector ? 'field field--invalid' : 'field'}>
            <label htmlFor={sectorId}>{t.facilitate.scribeSector}</label>
            <select id={sectorId} value={sector} onChange={(e) => setSector(e.target.value as Sector | typeof ROOM)}>
              <option value={ROOM}>{t.facilitate.scribeRoom}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t.sectors[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary" aria-busy={saving}>
            {t.facilitate.scribeAdd}
          </button>
        </div>
      )}
    </form>
  );
}
