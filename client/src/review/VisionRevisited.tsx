import type { PlanSnapshot } from '@roundtable/shared/plan/plan';
import { useT } from '../i18n/t';
import '../plan/plan.css';
import './review.css';

/** The agreed plan's vision and key principles, put back to the group: does this still describe where we are going? */
export function VisionRevisited({ snapshot, idPrefix }: { snapshot: PlanSnapshot; idPrefix: string }) {
  const t = useT();
  const v = t.review.vision;
  return (
    <section className="review-vision" aria-labelledby={`${idPrefix}-vision-heading`}>
      <h3 id={`${idPrefix}-vision-heading`}>{v.heading}</h3>
      {snapshot.vision ? <blockquote className="review-vision__text">{snapshot.vision}</blockquote> : <p className="plan-none">{v.none}</p>}
      <p className="review-vision__prompt">{v.prompt}</p>
      {snapshot.principles.length > 0 && (
        <>
          <h4>{v.principlesHeading}</h4>
          <ul className="plan-principles">
            {snapshot.principles.map((principle, i) => (
              <li key={i}>{principle}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
