import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { dayOf, planStatusOf } from './planStatus';
import './plan.css';

/** [PLAN7] Where the plan stands, announced when it changes: a draft, with the room, or an agreed version. */
export function PlanStatusLine() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const status = planStatusOf(workshop);
  const date = (timestamp: string) => formatCalendarDate(t.locale, dayOf(timestamp));
  const text =
    status.kind === 'draft' ? t.plan.status.draft(status.version) : status.kind === 'consulting' ? t.plan.status.consulting : t.plan.status.agreed(status.version, date(status.agreedAt));
  return (
    <div className={`plan-status plan-status--${status.kind}`} role="status">
      <p className="plan-status__line">
        {t.plan.statusLabel} <strong>{text}</strong>
      </p>
      {status.kind === 'draft' && status.lastAgreed && <p className="plan-status__last">{t.plan.status.lastAgreed(status.lastAgreed.number, date(status.lastAgreed.agreedAt))}</p>}
    </div>
  );
}
