import { useEffect, useRef, type ComponentType } from 'react';
import { useParams } from 'react-router';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { asksForName } from '../people/facilitatorName';
import { FacilitatorNameForm } from '../people/FacilitatorNameForm';
import { SurveyConsole } from '../survey/SurveyConsole';
import { HealthCheckConsole } from '../healthCheck/HealthCheckConsole';
import { PartnershipMapConsole } from '../partnershipMap/PartnershipMapConsole';
import { selfIn } from '../workshop/selfIn';
import { ConsoleNav } from './ConsoleNav';
import { consoleViewOf, type ConsoleView } from './consoleViews';
import { LiveBoards } from './LiveBoards';
import { PeopleView } from './PeopleView';
import { PlanView } from './PlanView';
import { SessionsView } from './SessionsView';
import './console.css';
import './liveView.css';

const VIEWS: Readonly<Record<ConsoleView, ComponentType>> = {
  live: LiveBoards,
  sessions: SessionsView,
  people: PeopleView,
  plan: PlanView,
  survey: SurveyConsole,
};

/**
 * Everything a facilitator runs the workshop from, one view at a time (LIVE2): the live view of the current session's
 * boards, and the pages for preparing. A facilitator who has not said who they are is asked first (LIVE4).
 */
export function FacilitatorConsole() {
  const t = useT();
  const { workshop, me } = useLiveWorkshop();
  const { '*': subpage = '' } = useParams();
  const view = consoleViewOf(subpage) ?? 'live';
  const self = selfIn(workshop, me);
  const asking = self !== null && asksForName(self);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasAsking = useRef(false);

  // Once the name is given the form goes; focus goes to the page's heading rather than being lost with it.
  useEffect(() => {
    if (wasAsking.current && !asking) heading.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const View = VIEWS[view];
  return (
    <div className={`console console--${view}`}>
      <div className="console__top">
        <div className="page-title">
          <h1 ref={heading} tabIndex={-1}>
            {workshop.meta.title}
          </h1>
          <p className="page-title__sub">
            {workshop.meta.area} · {t.console.heading}
          </p>
        </div>
        {!asking && <ConsoleNav workshopId={workshop.meta.id} />}
      </div>
      {asking && self ? <FacilitatorNameForm self={self} /> : <View />}
      {!asking && view === 'survey' && <HealthCheckConsole />}
      {!asking && view === 'survey' && <PartnershipMapConsole />}
    </div>
  );
}
