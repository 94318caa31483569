import { useState } from 'react';
import { useFocusReturn } from '../forms/useFocusReturn';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { EditTextForm } from './EditTextForm';
import { usePlanEditing } from './PlanEditingContext';
import { PrinciplesForm } from './PrinciplesForm';
import { ReviewDateForm } from './ReviewDateForm';
import { PRINCIPLE_MAX_CHARS, PRINCIPLES_MAX, VISION_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './plan.css';

/** [PLAN1] The vision (edited with its base text, PLAN6), the key principles and the joint review date. */
export function PlanBasicsEditor() {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, submit } = useLiveWorkshop();
  const { announce } = usePlanEditing();
  const [editing, setEditing] = useState<'vision' | 'principles' | null>(null);
  const visionButton = useFocusReturn<HTMLButtonElement>(editing === 'vision');
  const principlesButton = useFocusReturn<HTMLButtonElement>(editing === 'principles');
  const { vision, principles } = workshop.plan;

  /**
   * What closes `which` form. A save is acknowledged after its form may have given way to the other one (the vision
   * saved, then "Edit the principles" pressed before the answer came): it closes only its own form, never the one
   * now open with what was typed in it.
   */
  const done = (which: 'vision' | 'principles') => (saved: boolean) => {
    setEditing((current) => (current === which ? null : current));
    if (saved) announce(e.saved);
  };

  return (
    <section className="plan-basics" aria-labelledby="plan-basics-heading">
      <h3 id="plan-basics-heading">{e.visionHeading}</h3>
      <h4>{t.plan.vision.heading}</h4>
      {editing === 'vision' ? (
        <EditTextForm
          label={e.vision}
          current={vision}
          field="vision"
          saveLabel={e.saveVision}
          maxLength={VISION_MAX_CHARS}
          multiline
          allowEmpty
          save={(text, base) => submit('plan:update', { vision: text, baseVision: base })}
          onDone={done('vision')}
        />
      ) : (
        <>
          {vision ? <p className="plan-vision__text">{vision}</p> : <p className="plan-none">{t.plan.vision.none}</p>}
          <button ref={visionButton} type="button" className="button button--small" onClick={() => setEditing('vision')}>
            {e.editVision}
          </button>
        </>
      )}
      <h4>{t.plan.vision.principlesHeading}</h4>
      {editing === 'principles' ? (
        <PrinciplesForm max={PRINCIPLES_MAX} maxChars={PRINCIPLE_MAX_CHARS} onDone={done('principles')} />
      ) : (
        <>
          {principles.length > 0 ? (
            <ul className="plan-principles">
              {principles.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          ) : (
            <p className="plan-none">{t.plan.vision.noPrinciples}</p>
          )}
          <button ref={principlesButton} type="button" className="button button--small" onClick={() => setEditing('principles')}>
            {e.editPrinciples}
          </button>
        </>
      )}
      <ReviewDateForm />
    </section>
  );
}
