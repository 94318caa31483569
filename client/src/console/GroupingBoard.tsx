import type { Card, Board } from '@roundtable/shared/board/board';
import type { CardId, ClusterId } from '@roundtable/shared/ids/ids';
import { useState, type DragEvent } from 'react';
import { AddClusterForm } from '../board/AddClusterForm';
import { boardColumns, shortText, type BoardColumn } from '../board/boardColumns';
import { BoardView } from '../board/BoardView';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CardGroupingControls } from './CardGroupingControls';
import { dropMove, type MoveTarget } from './cardMoves';
import { ClusterControls } from './ClusterControls';
import { useFocusAfterChange } from './useFocusAfterChange';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import './console.css';

const DRAG_TYPE = 'text/plain';

/**
 * [GRP1-5] Grouping at reveal and group: make, rename and remove clusters; move cards by dragging them onto a
 * column or another card, or by keyboard alone with each card's controls; merge duplicates. After a keyboard move
 * focus follows the card, and where it went is announced.
 */
export function GroupingBoard({ board }: { board: Board }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const columns = boardColumns(workshop, board.id);
  const [dragged, setDragged] = useState<CardId | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [expandedCard, setExpandedCard] = useState<CardId | null>(null);
  const focus = useFocusAfterChange(workshop);

  function whereIs(state: WorkshopState, cardId: CardId): string {
    const placed = boardColumns(state, board.id);
    const column = placed.find((c) => c.cards.some((card) => card.id === cardId));
    const card = state.cards[cardId];
    if (!column || !card) return '';
    const position = column.cards.findIndex((c) => c.id === cardId) + 1;
    const place = t.grouping.place(column.cluster?.name ?? t.board.loose, t.grouping.position(position, column.cards.length));
    return t.grouping.moved(shortText(card.text), place);
  }

  async function move(card: Card, target: MoveTarget, focusId: string | null) {
    const from = { clusterId: card.clusterId, position: card.position };
    focus.expect({
      arrived: (s) => {
        const now = s.cards[card.id];
        return !now || now.clusterId !== from.clusterId || now.position !== from.position;
      },
      then: (s) => {
        if (focusId) document.getElementById(focusId)?.focus();
        setAnnouncement(whereIs(s, card.id));
      },
    });
    const ack = await submit('card:move', { cardId: card.id, clusterId: target.clusterId, toIndex: target.toIndex });
    if (!ack.ok) focus.cancel();
  }

  async function merge(card: Card, into: Card) {
    focus.expect({
      arrived: (s) => !s.cards[card.id],
      then: () => {
        document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(into.id)}"]`)?.focus();
        setAnnouncement(t.grouping.merged(shortText(into.text)));
      },
    });
    const ack = await submit('card:merge', { cardId: card.id, intoCardId: into.id });
    if (!ack.ok) focus.cancel();
  }

  function drop(event: DragEvent, clusterId: ClusterId | null, beforeCardId: CardId | null) {
    event.preventDefault();
    event.stopPropagation();
    const cardId = (event.dataTransfer.getData(DRAG_TYPE) || dragged) as CardId | null;
    setDragged(null);
    setOver(null);
    const card = cardId ? workshop.cards[cardId] : undefined;
    const target = card ? dropMove(columns, card.id, clusterId, beforeCardId) : null;
    if (card && target) void move(card, target, null);
  }

  const key = (column: BoardColumn) => column.cluster?.id ?? 'loose';
  return (
    <section className="grouping" aria-label={t.grouping.heading}>
      <h4>{t.grouping.heading}</h4>
      <p className="field__hint">{t.grouping.hint}</p>
      <AddClusterForm board={board} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <BoardView
        board={board}
        level={5}
        keepEmptyLoose
        columnActions={(column) => column.cluster && <ClusterControls cluster={column.cluster} />}
        columnProps={(column) => ({
          'data-drop-target': over === key(column) ? 'true' : undefined,
          onDragOver: (e) => {
            if (!dragged) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            setOver(key(column));
          },
          onDragLeave: () => setOver((o) => (o === key(column) ? null : o)),
          onDrop: (e) => drop(e, column.cluster?.id ?? null, null),
        })}
        cardProps={(card, column) => ({
          draggable: true,
          'data-dragging': dragged === card.id ? 'true' : undefined,
          onDragStart: (e) => {
            e.dataTransfer.setData(DRAG_TYPE, card.id);
            e.dataTransfer.effectAllowed = 'move';
            setDragged(card.id);
          },
          onDragEnd: () => {
            setDragged(null);
            setOver(null);
          },
          onDrop: (e) => drop(e, column.cluster?.id ?? null, card.id),
        })}
        cardActions={(card) => (
          <CardGroupingControls
            card={card}
            board={board}
            columns={columns}
            expanded={expandedCard === card.id}
            onToggle={() => setExpandedCard((id) => (id === card.id ? null : card.id))}
            onMove={move}
            onMerge={merge}
          />
        )}
      />
    </section>
  );
}
