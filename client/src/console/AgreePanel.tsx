import { isAgreed, itemsOfBoard, rankedItems, voteLevel, votesOf, type Item } from '@roundtable/shared/board/board';
import { useId, useState, type FormEvent } from 'react';
import { AgreedList } from '../board/AgreedList';
import { shortText } from '../board/boardColumns';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CARD_TEXT_MAX_CHARS } from '@roundtable/shared/board/boardLimits';
import type { Board } from '@roundtable/shared/board/board';
import './console.css';

/**
 * The items to choose from, of the level the room voted on (VOTE8): the ranked ones first, then those that received
 * no dots. Hidden cards never.
 */
function candidatesOf(workshop: Parameters<typeof itemsOfBoard>[0], board: Board): Item[] {
  const ranked = rankedItems(workshop, board.id);
  const rankedIds = new Set(ranked.map((i) => i.id));
  return [...ranked, ...itemsOfBoard(workshop, board.id).filter((i) => !rankedIds.has(i.id))].filter((i) => !isAgreed(i));
}

/**
 * [AGR1] Agreeing the main items: tick the items the room settles on, edit their wording, and agree them; the
 * count against the board's target is announced; agreed items can be unmarked while the board is at agree.
 */
export function AgreePanel({ board }: { board: Board }) {
  const t = useT();
  const headingId = useId();
  const { workshop, submit } = useLiveWorkshop();
  const [selected, setSelected] = useState<Readonly<Record<string, string>>>({});
  const [sending, setSending] = useState(false);
  const candidates = candidatesOf(workshop, board);
  const agreedCount = itemsOfBoard(workshop, board.id).filter(isAgreed).length;
  const chosen = candidates.filter((i) => selected[i.id] !== undefined);
  const tooMany = agreedCount + chosen.length > board.agreeCount;

  function toggle(item: Item, on: boolean) {
    setSelected((s) => {
      const next = { ...s };
      if (on) next[item.id] = item.text;
      else delete next[item.id];
      return next;
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (sending || chosen.length === 0) return;
    setSending(true);
    const acks = await Promise.all(
      chosen.map((item) => {
        const wording = (selected[item.id] ?? item.text).trim();
        return submit('item:agree', wording && wording !== item.text ? { itemId: item.id, text: wording } : { itemId: item.id });
      }),
    );
    setSending(false);
    setSelected((s) => Object.fromEntries(Object.entries(s).filter(([id]) => acks[chosen.findIndex((i) => i.id === id)]?.ok === false)));
  }

  return (
    <section className="agree" aria-labelledby={headingId}>
      <h4 id={headingId}>{t.agree.heading}</h4>
      <p>{t.agree.intro}</p>
      <p data-testid="agree-level">{t.agree.level[voteLevel(workshop, board)]}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        <ul className="agree__list">
          {candidates.map((item) => {
            const checkboxId = `agree-${item.id}`;
            const dots = votesOf(item)?.total ?? 0;
            return (
              <li key={item.id} className="agree__item">
                <div className="checkbox">
                  <input id={checkboxId} type="checkbox" checked={selected[item.id] !== undefined} onChange={(e) => toggle(item, e.target.checked)} />
                  <label htmlFor={checkboxId}>
                    {item.text} <span className="tag tag--dots">{t.board.dots(dots)}</span>
                  </label>
                </div>
                {selected[item.id] !== undefined && (
                  <TextField
                    label={t.agree.wording(shortText(item.text))}
                    value={selected[item.id] ?? ''}
                    onChange={(v) => setSelected((s) => ({ ...s, [item.id]: v }))}
                    maxLength={CARD_TEXT_MAX_CHARS}
                  />
                )}
              </li>
            );
          })}
        </ul>
        {tooMany && <p className="field__error">{t.agree.tooMany(board.agreeCount)}</p>}
        <button type="submit" className="button button--primary" aria-busy={sending} aria-disabled={chosen.length === 0}>
          {t.agree.agreeSelected}
        </button>
      </form>
      <AgreedList
        board={board}
        level={5}
        actions={(item) => (
          <button type="button" className="button button--small" aria-label={t.agree.unagree(shortText(item.text))} onClick={() => void submit('item:unagree', { itemId: item.id })}>
            {t.agree.unagreeShort}
          </button>
        )}
      />
    </section>
  );
}
