import { HEALTH_ROUNDS } from '@roundtable/shared/healthCheck/healthCheck';
import { healthChecksInOrder, workshopRoundChanges } from '@roundtable/shared/healthCheck/healthCheckRounds';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AddRoundForm } from './AddRoundForm';
import { HealthCheckResultsView } from './HealthCheckResultsView';
import { RoundControls } from './RoundControls';
import { RoundChangeView } from './RoundChangeView';
import { WeakFactors } from './WeakFactors';
import './healthCheck.css';

/**
 * The partnership health check in the facilitator console: each round in its session, opened and closed here, with
 * the count of answers while open and the results once closed, where a weak factor becomes a draft objective with one
 * action; the change between the rounds once both have closed; and a missing round added to any session.
 */
export function HealthCheckConsole() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const rounds = healthChecksInOrder(workshop);
  const missing = HEALTH_ROUNDS.filter((r) => !rounds.some((c) => c.round === r));
  const changes = workshopRoundChanges(workshop);
  return (
    <section className="card health-check health-check--console" aria-labelledby="health-console-heading">
      <h2 id="health-console-heading">{t.healthCheck.heading}</h2>
      <p>{t.healthCheck.consoleIntro}</p>
      <p className="health-source">{t.healthCheck.source}</p>
      {rounds.length === 0 && <p>{t.healthCheck.noRounds}</p>}
      {rounds.map((check) => (
        <div key={check.id} className="health-round">
          <RoundControls check={check} />
          {check.status === 'closed' && check.results && (
            <HealthCheckResultsView round={check.round} results={check.results}>
              <WeakFactors results={check.results} />
            </HealthCheckResultsView>
          )}
        </div>
      ))}
      {changes && <RoundChangeView changes={changes} />}
      {missing.map((round) => (
        <AddRoundForm key={round} round={round} />
      ))}
    </section>
  );
}
