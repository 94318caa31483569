import type { CardSector, Board } from '@roundtable/shared/board/board';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { SECTORS } from '@roundtable/shared/members/sector';
import '../people/SectorBadge.css';
import './board.css';

/**
 * How many cards each sector has contributed so far, private drafts included (the counts, never the cards), so
 * the room can see its balance while people write. The total is announced politely as it changes.
 */
export function CardCounts({ board, level = 4 }: { board: Board; level?: 3 | 4 | 5 }) {
  const t = useT();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const counts = board.cardCounts;
  const order: CardSector[] = [...SECTORS, 'none'];
  const total = order.reduce((n, s) => n + (counts[s] ?? 0), 0);
  return (
    <div className="card-counts" role="group" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.cardCounts.heading}</Heading>
      <div data-testid="card-counts">
        <p className="card-counts__total" aria-live="polite">
          {t.cardCounts.total(total)}
        </p>
        <dl className="card-counts__list">
          {order
            .filter((s) => s !== 'none' || (counts.none ?? 0) > 0)
            .map((sector) => (
              <div key={sector} className="card-counts__item">
                <dt>
                  <span className={`sector-dot sector-dot--${sector}`} aria-hidden="true" /> {sector === 'none' ? t.board.theRoom : t.sectorsShort[sector]}
                </dt>
                <dd>{counts[sector] ?? 0}</dd>
              </div>
            ))}
        </dl>
      </div>
    </div>
  );
}
