import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useT } from '../i18n/t';
import { EvidenceList } from './EvidenceList';
import { reportDate } from './reportDate';
import { StatusBadge } from './StatusBadge';
import './review.css';

/**
 * One lead's report: the status with words, who reported it (their slot and sector) and when, the note, the evidence.
 * `showStatus` false leaves the status out where it is shown just above.
 */
export function UpdateView({ update, showStatus = true }: { update: ProgressUpdate; showStatus?: boolean }) {
  const t = useT();
  const r = t.review;
  return (
    <div className="progress-update">
      <p className="progress-update__head">
        {showStatus && (
          <>
            <StatusBadge status={update.status} />{' '}
          </>
        )}
        <span className="progress-update__who">{r.reportedBy(r.leadWithSector(r.slotInSentence[update.slot], t.sectorsShort[update.sector]), reportDate(t.locale, update.at))}</span>
      </p>
      {update.note && <p className="progress-update__note">{update.note}</p>}
      <EvidenceList evidence={update.evidence} />
    </div>
  );
}
