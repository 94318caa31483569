import type { LeadActionResponse } from '@roundtable/shared/protocol/rest';
import { CLOSED_STATUSES } from '@roundtable/shared/review/progressSummary';
import { useT } from '../i18n/t';
import { dueByLabel } from '../review/dueText';
import { StatusBadge } from '../review/StatusBadge';
import '../plan/plan.css';
import '../review/review.css';
import './lead.css';

/** The action a lead reports on: its objective, its wording, its timescale (and whether it is overdue), its latest status. */
export function LeadActionSummary({ lead }: { lead: LeadActionResponse }) {
  const t = useT();
  const r = t.review;
  const l = r.leadPage;
  const { action } = lead;
  const latest = lead.updates.at(-1) ?? null;
  // The server judged "overdue" when the page opened; a report of done or dropped since then ends it (REV5).
  const overdue = action.overdue && !(latest && CLOSED_STATUSES.includes(latest.status));
  return (
    <section className="card lead-action" aria-labelledby="lead-action-heading">
      <h2 id="lead-action-heading">{l.actionHeading}</h2>
      <dl className="lead-action__facts">
        <dt>{l.objective}</dt>
        <dd>{lead.objectiveText}</dd>
        <dt>{l.action}</dt>
        <dd className="lead-action__text">{action.text}</dd>
        <dt>{l.timescale}</dt>
        <dd>
          {action.timescaleLabel ? action.timescaleLabel : <span className="plan-none">{r.noTimescale}</span>}
          {overdue && action.timescaleLabel && (
            <>
              {' '}
              <span className="overdue-flag">
                <span aria-hidden="true">⚠</span> {r.overdue(dueByLabel(action.timescaleLabel, r.dueEndOf))}
              </span>
            </>
          )}
        </dd>
        <dt>{l.latestHeading}</dt>
        <dd>
          <StatusBadge status={latest?.status ?? null} />
        </dd>
      </dl>
    </section>
  );
}
