import { HEALTH_RATINGS, type HealthRating } from '@roundtable/shared/healthCheck/healthCheck';
import { useT } from '../i18n/t';

/** Ratings from the strongest to the weakest: the order of a bar's parts and of the legend. */
export const RATINGS_STRONGEST_FIRST: readonly HealthRating[] = [...HEALTH_RATINGS].reverse();

/**
 * One factor's ratings as a bar of 100 %, strongest on the left, each part as wide as its share of those who rated
 * and filled with its own pattern (see RatingLegend), with its count written inside when there is room. For the eye
 * only: the same numbers are written out beside it, so its container hides it from screen readers.
 */
export function RatingBar({ counts }: { counts: Readonly<Record<HealthRating, number>> }) {
  const t = useT();
  const rated = HEALTH_RATINGS.reduce((sum, r) => sum + counts[r], 0);
  if (rated === 0) return <div className="stacked-bar health-bar health-bar--empty" />;
  return (
    <div className="stacked-bar health-bar">
      {RATINGS_STRONGEST_FIRST.filter((r) => counts[r] > 0).map((r) => {
        const width = (100 * counts[r]) / rated;
        return (
          <span key={r} className={`stacked-bar__part health-fill--${r}`} style={{ width: `${width}%` }} title={`${t.healthCheck.answers[r]}: ${counts[r]}`}>
            {width >= 12 && <span className="stacked-bar__value">{counts[r]}</span>}
          </span>
        );
      })}
    </div>
  );
}

/** The key to the bars' fills, in the bars' order. Hidden from screen readers, like the bars it explains. */
export function RatingLegend() {
  const t = useT();
  return (
    <ul className="health-legend" aria-hidden="true">
      {RATINGS_STRONGEST_FIRST.map((r) => (
        <li key={r} className="health-legend__item">
          <span className={`health-legend__swatch health-fill--${r}`} />
          {t.healthCheck.answers[r]}
        </li>
      ))}
    </ul>
  );
}
