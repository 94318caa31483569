import { objectivesInOrder } from '@roundtable/shared/plan/plan';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AddObjectiveForm } from './AddObjectiveForm';
import { agreedObjectivesToBringIn } from './agreedObjectives';
import { ObjectiveEditor } from './ObjectiveEditor';
import { usePlanEditing } from './PlanEditingContext';
import './plan.css';

/** [PLAN2] The objectives in order, each with its actions; bringing in those agreed on the boards; adding one. */
export function ObjectivesEditor() {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, submit } = useLiveWorkshop();
  const { announce } = usePlanEditing();
  const objectives = objectivesInOrder(workshop);
  const toBringIn = agreedObjectivesToBringIn(workshop);

  async function bringIn() {
    const ack = await submit('objective:importAgreed', {});
    if (ack.ok) announce(e.broughtIn(ack.data.added));
  }

  return (
    <section className="plan-objectives" aria-labelledby="plan-objectives-heading">
      <h3 id="plan-objectives-heading" tabIndex={-1}>{t.plan.objectives.heading}</h3>
      <div className="plan-bring-in">
        <button type="button" className="button" aria-describedby="plan-bring-in-hint" onClick={() => void bringIn()}>
          {e.bringIn}
        </button>
        <p id="plan-bring-in-hint" className="field__hint">
          {toBringIn > 0 ? e.bringInWaiting(toBringIn) : e.bringInNone}
        </p>
      </div>
      {objectives.length === 0 ? (
        <p className="plan-none">{t.plan.objectives.none}</p>
      ) : (
        <ol className="plan-objectives__list">
          {objectives.map((objective, index) => (
            <li key={objective.id}>
              <ObjectiveEditor objective={objective} index={index} count={objectives.length} />
            </li>
          ))}
        </ol>
      )}
      <AddObjectiveForm />
    </section>
  );
}
