import type { ProgressStatus } from '@roundtable/shared/review/progress';
import { useT } from '../i18n/t';
import { statusPresentation } from './statusPresentation';
import './review.css';

/**
 * A progress status as a red-amber-green badge that never relies on its colour: a shape of its own and the status's
 * words. With no status yet, "No report yet" in grey.
 */
export function StatusBadge({ status }: { status: ProgressStatus | null }) {
  const t = useT();
  const r = t.review;
  if (status === null) {
    return (
      <span className="status-badge status-badge--none">
        <span className="status-badge__shape" aria-hidden="true">
          –
        </span>
        {r.noReport}
      </span>
    );
  }
  const { shape, className } = statusPresentation(status);
  return (
    <span className={className}>
      <span className="status-badge__shape" aria-hidden="true">
        {shape}
      </span>
      {r.status[status]}
    </span>
  );
}
