import { useState } from 'react';
import { WorkshopAccountPanel } from '../account/WorkshopAccountPanel';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { ProfileEditor } from '../people/ProfileEditor';
import { Roster } from '../people/Roster';
import { SectorCounts } from '../people/SectorCounts';
import { selfIn } from '../workshop/selfIn';
import { PartnershipProfile } from '../partnership/PartnershipProfile';
import { ActionPlanConsole, type ReviseRequest } from '../plan/ActionPlanConsole';
import { ReviewConsole } from '../review/ReviewConsole';
import { SurveyConsole } from '../survey/SurveyConsole';
import { CreationLinksPanel } from './CreationLinksPanel';
import { JoinCodePanel } from './JoinCodePanel';
import { LiveBoards } from './LiveBoards';
import { SessionList } from './SessionList';
import { WorkshopDetailsForm } from './WorkshopDetailsForm';
import { activeMembers } from '@roundtable/shared/members/member';
import './console.css';

/** Everything a facilitator runs the workshop from: the current session's live boards first, then the workshop itself. */
export function FacilitatorConsole() {
  const t = useT();
  const { workshop, me, onlineMemberIds } = useLiveWorkshop();
  const self = selfIn(workshop, me);
  const [revise, setRevise] = useState<ReviseRequest | null>(null);
  return (
    <div className="console">
      <div className="page-title">
        <h1>{workshop.meta.title}</h1>
        <p className="page-title__sub">
          {workshop.meta.area} · {t.console.heading}
        </p>
      </div>
      <LiveBoards />
      <ReviewConsole onRevise={(actionId) => setRevise({ actionId })} />
      <ActionPlanConsole revise={revise} />
      <SurveyConsole />
      <div className="console__grid">
        <div className="console__column">
          <JoinCodePanel />
          <CreationLinksPanel />
          <WorkshopAccountPanel />
          <SessionList />
        </div>
        <div className="console__column">
          <section className="card" aria-labelledby="people-heading">
            <h2 id="people-heading">{t.people.heading}</h2>
            <SectorCounts members={activeMembers(workshop)} onlineMemberIds={onlineMemberIds} />
            <Roster canRemove />
          </section>
          <PartnershipProfile />
          {self && (
            <section className="card" aria-labelledby="profile-heading">
              <h2 id="profile-heading">{t.profile.heading}</h2>
              <ProfileEditor self={self} />
            </section>
          )}
          <WorkshopDetailsForm />
        </div>
      </div>
    </div>
  );
}
