import { useEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { AgreementPanel } from './AgreementPanel';
import { focusSoon } from './focusSoon';
import { ObjectivesEditor } from './ObjectivesEditor';
import { PlanBasicsEditor } from './PlanBasicsEditor';
import { PlanDownloads } from './PlanDownloads';
import { PlanEditingContext, type PlanEditing } from './PlanEditingContext';
import { PlanProblems } from './PlanProblems';
import { planHasBegun } from './planStatus';
import { PlanStatusLine } from './PlanStatusLine';
import { PlanVersions } from './PlanVersions';
import { ShareLinks } from './ShareLinks';
import './plan.css';

/** A request to revise one action's wording; a new object for each request, so asking twice opens it twice. */
export interface ReviseRequest {
  actionId: string;
}

/**
 * The action plan in the facilitator console: its status and files; the vision, principles and review date; the
 * objectives and their actions to edit, with the room's suggestions beside them; what is missing; putting the plan
 * to the room and recording agreement; the agreed versions, and read-only links to share them. Folded away until
 * session four or until the plan has something in it (so the join code and the boards stay near the top early on),
 * unless a facilitator opens it.
 */
export function ActionPlanConsole({ revise = null }: { revise?: ReviseRequest | null }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const [unfolded, setUnfolded] = useState<boolean | null>(null);
  const open = unfolded ?? planHasBegun(workshop);
  const [openActionId, setOpenActionId] = useState<string | null>(null);

  // "Revise wording" from the session-five review: unfold the plan, open that action's editor, put focus in its wording.
  useEffect(() => {
    if (!revise) return;
    setUnfolded(true);
    setOpenActionId(revise.actionId);
    focusSoon(`plan-action-${revise.actionId}-text`);
  }, [revise]);
  const [announcement, setAnnouncement] = useState('');
  const editing = useMemo<PlanEditing>(
    () => ({
      openActionId,
      openAction: setOpenActionId,
      // The same words twice must still be read out: a trailing no-break space makes them a change.
      announce: (message) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message)),
    }),
    [openActionId],
  );
  const waiting = Object.values(workshop.proposals).filter((p) => p.status === 'open').length;

  return (
    <section className="card plan plan--console" aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="plan__heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="plan-body" onClick={() => setUnfolded(!open)}>
          <span className="disclosure__icon" aria-hidden="true" />
          <span>{t.plan.heading}</span>
        </button>
      </h2>
      {open && (
        <div id="plan-body">
          <PlanStatusLine />
          {waiting > 0 && <p className="plan-waiting">{t.plan.proposals.waiting(waiting)}</p>}
          <PlanDownloads draft={workshop.plan.status !== 'agreed'} />
          <PlanEditingContext.Provider value={editing}>
            <p className="visually-hidden" aria-live="polite">
              {announcement}
            </p>
            <PlanBasicsEditor />
            <ObjectivesEditor />
            <PlanProblems />
            <AgreementPanel />
          </PlanEditingContext.Provider>
          <PlanVersions />
          <ShareLinks />
        </div>
      )}
    </section>
  );
}
