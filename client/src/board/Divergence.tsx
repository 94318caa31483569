import { useId } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { topDivergence } from './results';
import type { Board } from '@roundtable/shared/board/board';
import './board.css';

/**
 * The items council and third-sector voters weighed most differently, as shares of each sector's own dots (so a
 * bigger sector does not look more keen just by being bigger). Shown only when both sectors are split out.
 */
export function Divergence({ board, level }: { board: Board; level: 4 | 5 | 6 }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const bothShown = board.resultGroups?.includes('local_authority') && board.resultGroups.includes('third_sector');
  if (!bothShown) return null;
  const rows = topDivergence(workshop, board);
  const percent = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="divergence" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.results.divergenceHeading}</Heading>
      {rows.length === 0 ? (
        <p>{t.results.noDivergence}</p>
      ) : (
        <ul className="divergence__list">
          {rows.map(({ item, councilShare, thirdSectorShare }) => (
            <li key={item.id}>
              <strong>{item.text}</strong>: {t.results.divergenceItem(percent.format(councilShare), percent.format(thirdSectorShare))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
