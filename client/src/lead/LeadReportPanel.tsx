import type { LeadActionResponse } from '@roundtable/shared/protocol/rest';
import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useT } from '../i18n/t';
import { ProgressHistory } from '../review/ProgressHistory';
import { LeadActionSummary } from './LeadActionSummary';
import { LeadReportForm } from './LeadReportForm';
import { useLeadReport } from './useLeadReport';

/** The loaded action: what it is, the report form (or the report on its way), and every report so far. */
export function LeadReportPanel({ lead, token, onRecorded }: { lead: LeadActionResponse; token: string; onRecorded(update: ProgressUpdate): void }) {
  const t = useT();
  const reporting = useLeadReport(token, lead.action.id, lead.slot, onRecorded);
  const latest = lead.updates.at(-1) ?? null;
  return (
    <>
      <LeadActionSummary lead={lead} />
      <div className="card">
        <LeadReportForm reporting={reporting} latestStatus={latest?.status ?? null} />
      </div>
      <section className="card" aria-labelledby="lead-history-heading">
        <h2 id="lead-history-heading">{t.review.history.heading}</h2>
        <ProgressHistory updates={lead.updates} actionText={lead.action.text} folded={false} />
      </section>
    </>
  );
}
