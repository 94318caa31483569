import type { ResultGroup, Board } from '@roundtable/shared/board/board';
import { SMALL_GROUP_MIN } from '@roundtable/shared/members/smallGroups';
import { useId } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CardSectors } from './CardSectors';
import { Divergence } from './Divergence';
import { barPercent, resultRows, splitNote, unvotedCount } from './results';
import './board.css';

/**
 * [RES1] The results: every item that received dots, most first, as a numbered list with its count, and a bar
 * drawn beside it. When the board publishes a split by the voters' sector (RES2), each item's dots per sector sit
 * side by side, each with its number; a note says when a sector is folded into "other" or the split is withheld.
 * A split into one group alone (every sector folded into "other") would only repeat each total under "Other",
 * beside items that council or third-sector people raised, so it is not drawn; the notes still say why.
 */
export function ResultsChart({ board, level = 4 }: { board: Board; level?: 3 | 4 | 5 }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const rows = resultRows(workshop, board);
  const groups: readonly ResultGroup[] = board.resultGroups ?? [];
  const splitDrawn = groups.length > 1;
  const max = Math.max(0, ...rows.map((r) => r.total));
  const groupMax = Math.max(0, ...rows.flatMap((r) => groups.map((g) => r.bySector?.[g] ?? 0)));
  const note = splitNote(board, rows.length > 0);
  const unvoted = unvotedCount(workshop, board);
  return (
    <section className="results" aria-labelledby={headingId} data-testid="results">
      <Heading id={headingId}>{t.results.heading}</Heading>
      {rows.length === 0 ? (
        <p>{t.results.none}</p>
      ) : (
        <ol className="results__list" aria-label={t.results.caption(board.title)}>
          {rows.map((row) => (
            <li key={row.item.id} className="results__row">
              <p className="results__item">
                <span className="results__text">{row.item.text}</span> <strong className="results__total">{t.results.total(row.total)}</strong>
              </p>
              <span className="results__bar" aria-hidden="true">
                <span style={{ width: `${barPercent(row.total, max)}%` }} />
              </span>
              <CardSectors sectors={row.sectors} raisedBy />
              {row.bySector && splitDrawn && (
                <div className="results__split">
                  <p className="results__split-label" id={`${headingId}-${row.item.id}`}>
                    {t.results.bySectorLabel}
                  </p>
                  <dl className="results__split-list" aria-labelledby={`${headingId}-${row.item.id}`}>
                    {groups.map((group) => (
                      <div key={group} className="results__group">
                        <dt>{t.resultGroups[group]}</dt>
                        <dd>
                          <span className="results__number">{row.bySector?.[group] ?? 0}</span>
                          <span className={`results__bar results__bar--small results__bar--${group}`} aria-hidden="true">
                            <span style={{ width: `${barPercent(row.bySector?.[group] ?? 0, groupMax)}%` }} />
                          </span>
                        </dd>
                      </div>
                    ))}
                  </dl>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {note.kind === 'hidden' && <p className="results__note">{t.results.splitHidden(SMALL_GROUP_MIN)}</p>}
      {note.kind === 'folded' &&
        note.groups.map((g) => (
          <p key={g} className="results__note">
            {splitDrawn ? t.results.folded(t.resultGroups[g], SMALL_GROUP_MIN) : t.results.foldedAlone(t.resultGroups[g], SMALL_GROUP_MIN)}
          </p>
        ))}
      {rows.length > 0 && unvoted > 0 && <p className="results__note">{t.results.unvoted(unvoted)}</p>}
      {rows.length > 0 && note.kind !== 'hidden' && <Divergence board={board} level={(level + 1) as 4 | 5 | 6} />}
    </section>
  );
}
