import { useT } from '../i18n/t';
import { EvidenceList } from '../review/EvidenceList';
import { StatusBadge } from '../review/StatusBadge';
import type { PendingReport } from './pendingReport';
import type { ReportOutcome } from './useLeadReport';
import '../review/review.css';
import './lead.css';

/**
 * A report sent but not yet acknowledged: what it says, that it is kept on this device, and a way to send it now.
 * Shown instead of the form, so a second report cannot be written over one still on its way.
 */
export function PendingReportView({ pending, outcome, onResend }: { pending: PendingReport; outcome: ReportOutcome; onResend(): void }) {
  const t = useT();
  const l = t.review.leadPage;
  const { request } = pending;
  const sending = outcome.kind === 'sending' || outcome.kind === 'idle';
  return (
    <div className="lead-pending">
      <h3>{sending ? l.sending : l.waitingHeading}</h3>
      {!sending && <p>{outcome.kind === 'linkDead' ? l.waitingRevoked : l.waiting}</p>}
      <div className="lead-pending__report progress-update">
        <p className="progress-update__head">
          <StatusBadge status={request.status} />
        </p>
        {request.note && <p className="progress-update__note">{request.note}</p>}
        <EvidenceList evidence={request.evidence} />
      </div>
      {outcome.kind === 'waiting' && (
        <button type="button" className="button button--primary" onClick={onResend}>
          {l.sendNow}
        </button>
      )}
    </div>
  );
}
