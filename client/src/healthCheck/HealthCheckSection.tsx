import type { HealthCheck } from '@roundtable/shared/healthCheck/healthCheck';
import { workshopRoundChanges } from '@roundtable/shared/healthCheck/healthCheckRounds';
import { useState } from 'react';
import { SentThanks } from '../forms/SentThanks';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { HealthCheckForm } from './HealthCheckForm';
import { HealthCheckResultsView } from './HealthCheckResultsView';
import { RoundChangeView } from './RoundChangeView';
import './healthCheck.css';

/**
 * A round of the health check as a participant sees it: that it has not started; while open, the form, or thanks once
 * they have answered (from their personal view, so it holds after a reload or on another device); once closed, the
 * results, and the change since round one once both rounds have closed.
 */
export function HealthCheckSection({ check }: { check: HealthCheck }) {
  const t = useT();
  const { workshop, personal } = useLiveWorkshop();
  const [sentHere, setSentHere] = useState<string | null>(null);
  const answered = personal.healthChecksAnswered.includes(check.id) || sentHere === check.id;
  const changes = workshopRoundChanges(workshop);
  return (
    <section className="card health-check" aria-labelledby="health-check-heading">
      <h2 id="health-check-heading">{t.healthCheck.roundHeading(check.round)}</h2>
      <p className="health-source">{t.healthCheck.source}</p>
      {check.status === 'not_started' && <p>{t.healthCheck.notStarted}</p>}
      {check.status === 'open' && (answered ? <SentThanks focus={sentHere === check.id} title={t.healthCheck.thanks} detail={t.healthCheck.thanksResults} /> : <HealthCheckForm check={check} onSent={() => setSentHere(check.id)} />)}
      {check.status === 'closed' && (check.results ? <HealthCheckResultsView round={check.round} results={check.results} /> : <p>{t.healthCheck.closedUnanswered}</p>)}
      {check.status === 'closed' && check.round === 2 && changes && <RoundChangeView changes={changes} />}
    </section>
  );
}
