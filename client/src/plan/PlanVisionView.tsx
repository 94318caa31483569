import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import './plan.css';

/** [PLAN1] The group's vision, its key principles and the joint review date, as everyone reads them. */
export function PlanVisionView() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const { vision, principles, reviewDate } = workshop.plan;
  const v = t.plan.vision;
  return (
    <div className="plan-vision">
      <h3>{v.heading}</h3>
      {vision ? <p className="plan-vision__text">{vision}</p> : <p className="plan-none">{v.none}</p>}
      <h3>{v.principlesHeading}</h3>
      {principles.length > 0 ? (
        <ul className="plan-principles">
          {principles.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : (
        <p className="plan-none">{v.noPrinciples}</p>
      )}
      <h3>{v.reviewHeading}</h3>
      <p>{reviewDate ? v.review(formatCalendarDate(t.locale, reviewDate)) : v.reviewDefault}</p>
    </div>
  );
}
