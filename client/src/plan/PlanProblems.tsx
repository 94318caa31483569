import { planProblems } from '@roundtable/shared/plan/planRules';
import type { MouseEvent } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from './focusSoon';
import { usePlanEditing } from './PlanEditingContext';
import { problemViews, type ProblemTarget } from './problemText';
import './planProposals.css';

/** Where each problem is fixed on the page: the element that takes focus. */
export function problemTargetId(target: ProblemTarget): string {
  if (target.kind === 'newObjective') return 'plan-new-objective';
  if (target.kind === 'newAction') return `plan-new-action-${target.objectiveId}`;
  return `plan-action-${target.actionId}-${target.field}`;
}

/** [PLAN4] "What is missing": every reason the plan cannot be agreed yet, each a link to where it is fixed. */
export function PlanProblems() {
  const t = useT();
  const p = t.plan.problems;
  const { workshop } = useLiveWorkshop();
  const { openAction } = usePlanEditing();
  const problems = problemViews(t, workshop, planProblems(workshop));

  function go(event: MouseEvent, target: ProblemTarget) {
    event.preventDefault();
    if (target.kind === 'action') openAction(target.actionId);
    focusSoon(problemTargetId(target));
  }

  return (
    <section className="plan-problems" aria-labelledby="plan-problems-heading">
      <h3 id="plan-problems-heading">{p.heading}</h3>
      {problems.length === 0 ? (
        <p className="plan-problems__none">{p.none}</p>
      ) : (
        <>
          <p>{p.intro}</p>
          <ul className="plan-problems__list">
            {problems.map((problem) => (
              <li key={problem.key}>
                <a href={`#${problemTargetId(problem.target)}`} onClick={(event) => go(event, problem.target)}>
                  {problem.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
