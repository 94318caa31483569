import { useEffect, useRef } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { PartnershipProfile } from '../partnership/PartnershipProfile';
import { ProfileEditor } from '../people/ProfileEditor';
import { ParticipantPlan } from '../plan/ParticipantPlan';
import { ParticipantReview } from '../review/ParticipantReview';
import { ParticipantSurvey } from '../survey/ParticipantSurvey';
import { ParticipantHealthCheck } from '../healthCheck/ParticipantHealthCheck';
import { ParticipantPartnershipMap } from '../partnershipMap/ParticipantPartnershipMap';
import { Roster } from '../people/Roster';
import { SectorCounts } from '../people/SectorCounts';
import { selfIn } from '../workshop/selfIn';
import { LiveBoardArea } from './LiveBoardArea';
import { Notices } from './Notices';
import { activeMembers } from '@roundtable/shared/members/member';
import './participant.css';

/** The phone view: messages for me, the board we are on (or the session's boards), the profile so far, me, and who is here. */
export function ParticipantView() {
  const t = useT();
  const { workshop, me, onlineMemberIds } = useLiveWorkshop();
  const self = selfIn(workshop, me);
  const here = activeMembers(workshop);
  const heading = useRef<HTMLHeadingElement>(null);
  // [A11Y4] Arriving (just joined, or the page reloaded), focus starts at the page's heading rather than the body;
  // a board that opened with the page may already have taken it for its own heading.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <div className="participant">
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {workshop.meta.title}
        </h1>
        <p className="page-title__sub">{workshop.meta.area}</p>
      </div>
      <Notices />
      <LiveBoardArea />
      <ParticipantPartnershipMap />
      <ParticipantHealthCheck />
      <ParticipantSurvey />
      <ParticipantReview />
      <ParticipantPlan />
      <PartnershipProfile />
      {self && (
        <section className="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t.profile.heading}</h2>
          <ProfileEditor self={self} />
        </section>
      )}
      <section className="card" aria-labelledby="here-heading">
        <h2 id="here-heading">{t.participant.whoIsHere}</h2>
        <SectorCounts members={here} onlineMemberIds={onlineMemberIds} />
        <Roster canRemove={false} />
      </section>
    </div>
  );
}
