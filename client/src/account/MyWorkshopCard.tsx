import type { MyWorkshop } from '@roundtable/shared/accounts/accountRest';
import { Link } from 'react-router';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { sameOriginPath } from './accountText';
import { useAccountT } from './useAccountT';

/** One of My workshops: its title and area, the session it is on, the next date, who is taking part by sector, and Open. */
export function MyWorkshopCard({ workshop }: { workshop: MyWorkshop }) {
  const t = useT();
  const ta = useAccountT();
  const { council, thirdSector, other } = workshop.participantsBySector;
  const headingId = `workshop-${workshop.workshopId}`;
  return (
    <li className="card my-workshop">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="my-workshop__title">
          {workshop.title}
        </h2>
        <p className="page-title__sub">{workshop.area}</p>
        <ul className="my-workshop__facts">
          <li>{workshop.currentSession ? ta.workshops.session(workshop.currentSession.number, workshop.currentSession.title) : ta.workshops.noSession}</li>
          <li>{workshop.nextDate ? ta.workshops.next(formatCalendarDate(t.locale, workshop.nextDate)) : ta.workshops.noDate}</li>
          <li>{ta.workshops.participants(council, thirdSector, other)}</li>
        </ul>
        <Link className="button button--primary" to={sameOriginPath(workshop.url, window.location.origin)} aria-label={ta.workshops.openLabel(workshop.title)}>
          {ta.workshops.open}
        </Link>
      </article>
    </li>
  );
}
