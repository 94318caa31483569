import type { Timescale } from '@roundtable/shared/plan/plan';
import { useT } from '../i18n/t';
import { dueByText } from './dueText';
import './review.css';

/** [REV5] "Overdue: due by end of March 2027", with a warning shape beside the words (never colour alone). */
export function OverdueFlag({ timescale }: { timescale: Timescale }) {
  const t = useT();
  const r = t.review;
  return (
    <span className="overdue-flag">
      <span aria-hidden="true">⚠</span> {r.overdue(dueByText(t.locale, timescale, r.dueEndOf))}
    </span>
  );
}
