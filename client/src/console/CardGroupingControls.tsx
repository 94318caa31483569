import type { Card, Board } from '@roundtable/shared/board/board';
import type { ClusterId } from '@roundtable/shared/ids/ids';
import { useState, type FormEvent } from 'react';
import { shortText, type BoardColumn } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { mergeCandidates, moveToColumn, stepMove, type MoveTarget } from './cardMoves';
import { ModerationActions } from './ModerationActions';
import './console.css';

const LOOSE = 'loose';

export interface CardGroupingControlsProps {
  card: Card;
  board: Board;
  columns: readonly BoardColumn[];
  /** Whether this card's "Move to…" and "Merge into…" are open (one card at a time, to keep the board readable). */
  expanded: boolean;
  onToggle(): void;
  onMove(card: Card, target: MoveTarget, focusId: string): void;
  onMerge(card: Card, into: Card): void;
}

/**
 * Grouping a card without a mouse: up and down within its column, hide or show, and behind "Move or merge…",
 * "Move to…" another column and "Merge into…" another card. Up and down stay in place (aria-disabled at the ends)
 * so focus is kept.
 */
export function CardGroupingControls({ card, board, columns, expanded, onToggle, onMove, onMerge }: CardGroupingControlsProps) {
  const t = useT();
  const label = shortText(card.text);
  const up = stepMove(columns, card.id, -1);
  const down = stepMove(columns, card.id, 1);
  const destinations = columns.filter((c) => (c.cluster?.id ?? null) !== card.clusterId);
  const candidates = card.hidden ? [] : mergeCandidates(columns, card);
  const [destination, setDestination] = useState<string | null>(null);
  const [into, setInto] = useState<string | null>(null);
  const chosenDestination = destinations.some((c) => (c.cluster?.id ?? LOOSE) === destination) ? destination : (destinations[0]?.cluster?.id ?? LOOSE);
  const chosenInto = candidates.some((c) => c.id === into) ? into : (candidates[0]?.id ?? null);
  const ids = { up: `move-up-${card.id}`, down: `move-down-${card.id}`, more: `more-${card.id}`, panel: `panel-${card.id}`, to: `move-to-${card.id}`, into: `merge-into-${card.id}` };

  function moveTo(event: FormEvent) {
    event.preventDefault();
    const target = moveToColumn(columns, card.id, chosenDestination === LOOSE ? null : (chosenDestination as ClusterId));
    if (target) onMove(card, target, ids.to);
  }

  function mergeInto(event: FormEvent) {
    event.preventDefault();
    const target = candidates.find((c) => c.id === chosenInto);
    if (target) onMerge(card, target);
  }

  return (
    <div className="grouping-controls">
      <div className="button-row">
        <button id={ids.up} type="button" className="button button--small" aria-label={t.grouping.moveUp(label)} aria-disabled={!up} onClick={() => up && onMove(card, up, ids.up)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button id={ids.down} type="button" className="button button--small" aria-label={t.grouping.moveDown(label)} aria-disabled={!down} onClick={() => down && onMove(card, down, ids.down)}>
          <span aria-hidden="true">↓</span>
        </button>
        <ModerationActions card={card} board={board} />
        {(destinations.length > 0 || candidates.length > 0) && (
          <button id={ids.more} type="button" className="button button--small" aria-expanded={expanded} aria-controls={ids.panel} aria-label={t.grouping.more(label)} onClick={onToggle}>
            {t.grouping.moreShort}
          </button>
        )}
      </div>
      {expanded && (
        <div id={ids.panel}>
          {destinations.length > 0 && (
            <form className="inline-choice" onSubmit={moveTo}>
              <label htmlFor={ids.to}>{t.grouping.moveTo(label)}</label>
              <select id={ids.to} value={chosenDestination ?? LOOSE} onChange={(e) => setDestination(e.target.value)}>
                {destinations.map((c) => (
                  <option key={c.cluster?.id ?? LOOSE} value={c.cluster?.id ?? LOOSE}>
                    {c.cluster?.name ?? t.board.loose}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--small">
                {t.grouping.move}
              </button>
            </form>
          )}
          {candidates.length > 0 && (
            <form className="inline-choice" onSubmit={mergeInto}>
              <label htmlFor={ids.into}>{t.grouping.mergeInto(label)}</label>
              <select id={ids.into} value={chosenInto ?? ''} onChange={(e) => setInto(e.target.value)}>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {shortText(c.text, 50)}
                  </option>
                ))}
              </select>
              <button type="submit" className="button button--small">
                {t.grouping.merge}
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
