import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { MyProposals } from './MyProposals';
import { ParticipantObjectives } from './ParticipantObjectives';
import { PlanDownloads } from './PlanDownloads';
import { PlanStatusLine } from './PlanStatusLine';
import { PlanVersions } from './PlanVersions';
import { PlanVisionView } from './PlanVisionView';
import { ResponsePanel } from './ResponsePanel';
import './plan.css';

/**
 * The action plan as a participant sees it, live: its status (and, while the room is asked, "Do you agree?"), the
 * downloads, the vision and principles, the objectives and their actions with a way to suggest wording or comment,
 * my suggestions and what became of them, and the agreed versions.
 */
export function ActionPlanSection() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const consulting = workshop.plan.status === 'consulting';
  return (
    <section className="card plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t.plan.heading}</h2>
      <p>{t.plan.intro}</p>
      <PlanStatusLine />
      {consulting && <ResponsePanel />}
      <PlanDownloads draft={workshop.plan.status !== 'agreed'} />
      <PlanVisionView />
      <ParticipantObjectives />
      <MyProposals />
      <PlanVersions />
    </section>
  );
}
