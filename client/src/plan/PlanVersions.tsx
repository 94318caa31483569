import { versionsInOrder } from '@roundtable/shared/plan/plan';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { PlanDownloads } from './PlanDownloads';
import { dayOf } from './planStatus';
import { VersionCompare } from './VersionCompare';
import './plan.css';
import './planVersions.css';

/** [PLAN7] [PLAN8] Every agreed version: when, who took part, how the room answered, its files; and what changed. */
export function PlanVersions() {
  const t = useT();
  const v = t.plan.versions;
  const { workshop } = useLiveWorkshop();
  const versions = versionsInOrder(workshop);
  return (
    <section className="plan-versions" aria-labelledby="plan-versions-heading">
      <h3 id="plan-versions-heading">{v.heading}</h3>
      {versions.length === 0 ? (
        <p className="plan-none">{v.none}</p>
      ) : (
        <>
          <ol className="plan-versions__list" aria-label={v.listLabel}>
            {versions.map((version) => {
              const sum = (answer: 'agree' | 'concern') => Object.values(version.responses[answer]).reduce((a, b) => a + b, 0);
              return (
                <li key={version.id} className="plan-versions__item">
                  <h4>{v.version(version.number, formatCalendarDate(t.locale, dayOf(version.agreedAt)))}</h4>
                  <p>
                    {v.organisations} {version.organisations.length > 0 ? version.organisations.join(', ') : v.noOrganisations}
                  </p>
                  <p>{v.answers(sum('agree'), sum('concern'))}</p>
                  <PlanDownloads version={version.number} />
                </li>
              );
            })}
          </ol>
          <VersionCompare versions={versions} />
        </>
      )}
    </section>
  );
}
