import type { Objective } from '@roundtable/shared/plan/plan';
import { useT } from '../i18n/t';
import './plan.css';

/** "Objective 2" above the objective's own words, as one heading. */
export function ObjectiveHeading({ objective, number, id }: { objective: Objective; number: number; id: string }) {
  const t = useT();
  return (
    <h4 id={id} className="plan-objective__heading" tabIndex={-1}>
      <span className="plan-objective__number">{t.plan.objectives.number(number)}</span>
      <span className="plan-objective__text">{objective.text}</span>
    </h4>
  );
}
