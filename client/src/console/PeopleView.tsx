import { WorkshopAccountPanel } from '../account/WorkshopAccountPanel';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { ProfileEditor } from '../people/ProfileEditor';
import { Roster } from '../people/Roster';
import { SectorCounts } from '../people/SectorCounts';
import { selfIn } from '../workshop/selfIn';
import { CreationLinksPanel } from './CreationLinksPanel';
import { JoinCodePanel } from './JoinCodePanel';
import { activeMembers } from '@roundtable/shared/members/member';
import './console.css';

/** [LIVE2] Preparing the room: the join code and its QR code, the links, the facilitators, the people, and you. */
export function PeopleView() {
  const t = useT();
  const { workshop, me, onlineMemberIds } = useLiveWorkshop();
  const self = selfIn(workshop, me);
  return (
    <div className="console__grid">
      <div className="console__column">
        <JoinCodePanel />
        <CreationLinksPanel />
        <WorkshopAccountPanel />
      </div>
      <div className="console__column">
        <section className="card" aria-labelledby="people-heading">
          <h2 id="people-heading">{t.people.heading}</h2>
          <SectorCounts members={activeMembers(workshop)} onlineMemberIds={onlineMemberIds} />
          <Roster canRemove />
        </section>
        {self && (
          <section className="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t.profile.heading}</h2>
            <ProfileEditor self={self} />
          </section>
        )}
      </div>
    </div>
  );
}
