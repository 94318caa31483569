import { successFactor } from '@roundtable/shared/healthCheck/successFactors';
import { OBJECTIVE_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import { useState } from 'react';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/**
 * [HEALTH8] Turns a weak factor into a draft objective of the action plan with one action: the plan's own
 * `objective:add`, so it is undone, reworded and agreed like any objective. What happened is said in a live region.
 */
export function DraftObjectiveButton({ factorId }: { factorId: string }) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const factor = successFactor(factorId);
  if (!factor) return null;

  async function draft() {
    if (!factor) return;
    setBusy(true);
    const text = t.healthCheck.objectiveText(factor.title, factor.description).slice(0, OBJECTIVE_TEXT_MAX_CHARS);
    const ack = await submit('objective:add', { text });
    setBusy(false);
    setSaid(ack.ok ? t.healthCheck.objectiveAdded(factor.title) : commandErrorText(t, 'objective:add', ack.error));
  }

  return (
    <div className="health-draft">
      <button type="button" className="button button--small" aria-busy={busy} aria-label={t.healthCheck.draftObjectiveLabel(factor.title)} onClick={() => void draft()}>
        {t.healthCheck.draftObjective}
      </button>
      <p className="health-draft__said" role="status">
        {said}
      </p>
    </div>
  );
}
