import { useId, useState } from 'react';
import { boardColumns } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { canAddDot, canTakeDot, dotAnswered, dotSent, dotsLeft, withPending, type Pending } from './dots';
import { VoteRow } from './VoteRow';
import type { Board } from '@roundtable/shared/board/board';
import './participant.css';

/**
 * [VOTE1][VOTE2] Dot voting on a phone: every cluster and every card with its own "+" and "−", my dots on each,
 * and how many I have left. A dot I place shows at once and is confirmed by the server's personal view; nobody
 * else sees where it went until results (VOTE3).
 */
export function VotePanel({ board }: { board: Board }) {
  const t = useT();
  const headingId = useId();
  const { workshop, personal, submit } = useLiveWorkshop();
  const [pending, setPending] = useState<Pending>({});
  const confirmed = personal.dots[board.id] ?? {};
  const dots = withPending(confirmed, pending);
  const left = dotsLeft(board, dots);
  const columns = boardColumns(workshop, board.id);

  function change(itemId: string, delta: 1 | -1) {
    const allowed = delta > 0 ? canAddDot(board, dots, itemId) : canTakeDot(board, dots, itemId);
    if (!allowed) return;
    setPending((p) => dotSent(p, confirmed, itemId, delta));
    void submit(delta > 0 ? 'vote:cast' : 'vote:retract', { boardId: board.id, itemId }).then(() => setPending((p) => dotAnswered(p, itemId)));
  }

  const row = (itemId: string, text: string, kind: 'cluster' | 'card') => (
    <VoteRow
      text={text}
      kind={kind}
      mine={dots[itemId] ?? 0}
      canAdd={canAddDot(board, dots, itemId)}
      canTake={canTakeDot(board, dots, itemId)}
      onAdd={() => change(itemId, 1)}
      onTake={() => change(itemId, -1)}
    />
  );

  const hasItems = columns.some((c) => c.cluster !== null || c.cards.some((card) => !card.hidden));
  return (
    <section className="vote" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.vote.heading}</h3>
      <p className="dots-left" data-testid="dots-left" aria-live="polite" aria-atomic="true">
        {t.vote.dotsLeft(left, board.votesPerParticipant)}
      </p>
      <p>{t.vote.perItem(board.votesPerItemMax)}</p>
      {!hasItems ? (
        <p>{t.vote.nothing}</p>
      ) : (
        <ul className="vote__list">
          {columns.flatMap((column) => {
            const cards = column.cards.filter((c) => !c.hidden).map((card) => <li key={card.id}>{row(card.id, card.text, 'card')}</li>);
            if (!column.cluster) return cards;
            return [
              <li key={column.cluster.id} className="vote__cluster" data-testid="cluster">
                {row(column.cluster.id, column.cluster.name, 'cluster')}
                {cards.length > 0 && <ul className="vote__cards">{cards}</ul>}
              </li>,
            ];
          })}
        </ul>
      )}
    </section>
  );
}
