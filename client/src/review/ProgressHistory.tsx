import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useT } from '../i18n/t';
import { UpdateView } from './UpdateView';
import '../plan/plan.css';
import './review.css';

/**
 * Every report on an action since agreement, newest first; `folded` in a native disclosure (a keyboard and screen
 * reader open it like a button), where it sits under the latest report. `updates` come oldest first, as stored.
 */
export function ProgressHistory({ updates, actionText, folded = true }: { updates: readonly ProgressUpdate[]; actionText: string; folded?: boolean }) {
  const t = useT();
  const h = t.review.history;
  if (updates.length === 0) return <p className="plan-none">{h.none}</p>;
  const list = (
    <ol className="progress-history__list" aria-label={h.label(actionText)}>
      {[...updates].reverse().map((update) => (
        <li key={update.id}>
          <UpdateView update={update} />
        </li>
      ))}
    </ol>
  );
  if (!folded) return list;
  return (
    <details className="progress-history">
      <summary>{h.summary(updates.length)}</summary>
      {list}
    </details>
  );
}
