import type { HealthCheck } from '@roundtable/shared/healthCheck/healthCheck';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { participantCount } from './healthCheckStage';

/**
 * [HEALTH2] A round's heading, its session and status, and what a facilitator can do with it now: remove it or open
 * it before it opens, close it while open (with the count of answers: the number only, never who or what: HEALTH4).
 */
export function RoundControls({ check }: { check: HealthCheck }) {
  const t = useT();
  const { workshop, submit } = useLiveWorkshop();
  const session = workshop.sessions[check.sessionId];
  const payload = { healthCheckId: check.id };
  return (
    <div className="health-round__controls">
      <h3>
        {t.healthCheck.roundName(check.round)} <span className={`tag health-status health-status--${check.status}`}>{t.healthCheck.status[check.status]}</span>
      </h3>
      {session && <p>{t.healthCheck.inSession(session.number, session.title)}</p>}
      {check.status === 'open' && (
        <p className="health-count" aria-live="polite">
          {t.healthCheck.answeredSoFar(check.responseCount, participantCount(workshop))}
        </p>
      )}
      <div className="button-row">
        {check.status === 'not_started' && (
          <>
            <ConfirmButton label={t.healthCheck.open} question={t.healthCheck.openQuestion} confirmLabel={t.healthCheck.openConfirm} onConfirm={() => void submit('healthCheck:open', payload)} />
            <ConfirmButton label={t.healthCheck.remove} question={t.healthCheck.removeQuestion} confirmLabel={t.healthCheck.removeConfirm} onConfirm={() => void submit('healthCheck:remove', payload)} danger />
          </>
        )}
        {check.status === 'open' && (
          <ConfirmButton label={t.healthCheck.close} question={t.healthCheck.closeQuestion} confirmLabel={t.healthCheck.closeConfirm} onConfirm={() => void submit('healthCheck:close', payload)} danger />
        )}
      </div>
    </div>
  );
}
