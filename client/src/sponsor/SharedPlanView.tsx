import type { PlanDocument } from '@roundtable/shared/plan/planDocument';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { dayOf } from '../plan/planStatus';
import { SharedActionsTable } from './SharedActionsTable';
import { SharedPlanDownloads } from './SharedPlanDownloads';
import '../plan/plan.css';
import './sponsor.css';

/**
 * [SHARE2] An agreed version of the plan as a sponsor reads it: which version and when, who took part, the vision
 * and principles, each objective's actions with both leads and a timescale, and the joint review date.
 */
export function SharedPlanView({ plan, token }: { plan: PlanDocument; token: string }) {
  const t = useT();
  const s = t.sponsor;
  const v = t.plan.vision;
  const date = (day: string) => formatCalendarDate(t.locale, day);
  const { status } = plan;
  return (
    <>
      <p className={`plan-status plan-status--${status.kind}`}>
        <strong>{status.kind === 'agreed' ? s.version(status.version, date(dayOf(status.agreedAt))) : t.plan.status.draft(status.version)}</strong>
      </p>
      <SharedPlanDownloads token={token} version={status.version} />
      <section className="card" aria-labelledby="shared-organisations-heading">
        <h2 id="shared-organisations-heading">{s.organisations}</h2>
        {plan.organisations.length > 0 ? (
          <ul className="shared-plan__organisations">
            {plan.organisations.map((organisation) => (
              <li key={organisation}>{organisation}</li>
            ))}
          </ul>
        ) : (
          <p className="plan-none">{s.noOrganisations}</p>
        )}
      </section>
      <section className="card plan" aria-labelledby="shared-vision-heading">
        <h2 id="shared-vision-heading">{v.heading}</h2>
        {plan.vision ? <p className="plan-vision__text">{plan.vision}</p> : <p className="plan-none">{v.none}</p>}
        <h3>{v.principlesHeading}</h3>
        {plan.principles.length > 0 ? (
          <ul className="plan-principles">
            {plan.principles.map((principle, i) => (
              <li key={i}>{principle}</li>
            ))}
          </ul>
        ) : (
          <p className="plan-none">{v.noPrinciples}</p>
        )}
      </section>
      <section className="card plan" aria-labelledby="shared-objectives-heading">
        <h2 id="shared-objectives-heading">{t.plan.objectives.heading}</h2>
        {plan.objectives.length === 0 ? (
          <p className="plan-none">{t.plan.objectives.none}</p>
        ) : (
          <ol className="plan-objectives__list">
            {plan.objectives.map((objective) => (
              <li key={objective.number}>
                <section className="plan-objective" aria-labelledby={`shared-objective-${objective.number}`}>
                  <h3 id={`shared-objective-${objective.number}`} className="plan-objective__heading">
                    <span className="plan-objective__number">{t.plan.objectives.number(objective.number)}</span>
                    <span className="plan-objective__text">{objective.text}</span>
                  </h3>
                  <SharedActionsTable objectiveNumber={objective.number} actions={objective.actions} />
                </section>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="shared-review-heading">
        <h2 id="shared-review-heading">{v.reviewHeading}</h2>
        <p>{plan.reviewDate ? v.review(date(plan.reviewDate)) : v.reviewDefault}</p>
      </section>
    </>
  );
}
