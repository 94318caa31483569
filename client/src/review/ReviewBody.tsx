import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { dayOf } from '../plan/planStatus';
import { OverdueList } from './OverdueList';
import type { PlanReview } from './planReview';
import { ReviewDownloads } from './ReviewDownloads';
import { ReviewObjectives } from './ReviewObjectives';
import { ReviewSummaryTable } from './ReviewSummaryTable';
import { VisionRevisited } from './VisionRevisited';
import '../plan/plan.css';

/**
 * The review as everyone reads it: which agreed version it is based on, the report to download, the summary, what is
 * overdue, the vision revisited, and every objective's actions with their progress. `onRevise` (facilitators only)
 * adds "Revise wording" to each action.
 */
export function ReviewBody({ review, idPrefix, onRevise }: { review: PlanReview; idPrefix: string; onRevise?(actionId: string): void }) {
  const t = useT();
  const c = t.review.console;
  const { version } = review;
  return (
    <>
      <p className="plan-status plan-status--agreed">
        <strong>{c.basis(version.number, formatCalendarDate(t.locale, dayOf(version.agreedAt)))}</strong>
      </p>
      {review.laterDraft !== null && <p className="field__hint">{c.laterDraft(review.laterDraft)}</p>}
      <ReviewDownloads idPrefix={idPrefix} />
      <ReviewSummaryTable summary={review.summary} idPrefix={idPrefix} />
      <OverdueList overdue={review.overdue} idPrefix={idPrefix} />
      <VisionRevisited snapshot={version.snapshot} idPrefix={idPrefix} />
      <ReviewObjectives review={review} idPrefix={idPrefix} onRevise={onRevise} />
    </>
  );
}
