import { cardsInCluster, itemsOfBoard, voteLevel, type Item } from '@roundtable/shared/board/board';
import { useId, useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { canAddDot, canTakeDot, dotAnswered, dotSent, dotsLeft, withPending, type Pending } from './dots';
import { VoteRow } from './VoteRow';
import type { Board } from '@roundtable/shared/board/board';
import './participant.css';

/**
 * [VOTE1][VOTE2] Dot voting on a phone: each item with its own "+" and "−", my dots on each, and how many I have left.
 * [VOTE7] The heading says what the board votes on, the clusters or the cards, and only those items take dots: on a
 * board voting on clusters, each cluster's cards are listed under it to read, and a card outside every cluster is an item
 * of its own; on a board voting on cards, each card says which group it sits in. A dot I place shows at once and is
 * confirmed by the server's personal view; nobody else sees where it went until results (VOTE3).
 */
export function VotePanel({ board }: { board: Board }) {
  const t = useT();
  const headingId = useId();
  const { workshop, personal, submit } = useLiveWorkshop();
  const [pending, setPending] = useState<Pending>({});
  const confirmed = personal.dots[board.id] ?? {};
  const dots = withPending(confirmed, pending);
  const left = dotsLeft(board, dots);
  const level = voteLevel(workshop, board);
  const items = itemsOfBoard(workshop, board.id);

  function change(itemId: string, delta: 1 | -1) {
    const allowed = delta > 0 ? canAddDot(board, dots, itemId) : canTakeDot(board, dots, itemId);
    if (!allowed) return;
    setPending((p) => dotSent(p, confirmed, itemId, delta));
    void submit(delta > 0 ? 'vote:cast' : 'vote:retract', { boardId: board.id, itemId }).then(() => setPending((p) => dotAnswered(p, itemId)));
  }

  const groupOf = (item: Item) => (item.kind === 'card' && item.card.clusterId !== null ? workshop.clusters[item.card.clusterId]?.name : undefined);

  return (
    <section className="vote" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.vote.level[level]}</h3>
      <p className="vote__level" data-testid="vote-level">
        {t.vote.levelHint[level]}
      </p>
      <p className="dots-left" data-testid="dots-left" aria-live="polite" aria-atomic="true">
        {t.vote.dotsLeft(left, board.votesPerParticipant)}
      </p>
      <p>{t.vote.perItem(board.votesPerItemMax)}</p>
      {items.length === 0 ? (
        <p>{t.vote.nothing}</p>
      ) : (
        <ul className="vote__list" data-testid="vote-items">
          {items.map((item) => {
            const cards = item.kind === 'cluster' ? cardsInCluster(workshop, board.id, item.id).filter((c) => !c.hidden) : [];
            return (
              <li key={item.id} className={item.kind === 'cluster' ? 'vote__cluster' : undefined} data-testid={item.kind === 'cluster' ? 'cluster' : 'card'}>
                <VoteRow
                  text={item.text}
                  kind={item.kind}
                  group={groupOf(item)}
                  mine={dots[item.id] ?? 0}
                  canAdd={canAddDot(board, dots, item.id)}
                  canTake={canTakeDot(board, dots, item.id)}
                  onAdd={() => change(item.id, 1)}
                  onTake={() => change(item.id, -1)}
                />
                {cards.length > 0 && (
                  <ul className="vote__cards" aria-label={t.vote.groupCards(item.text)}>
                    {cards.map((card) => (
                      <li key={card.id}>{card.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
