import type { MyWorkshop } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useRestRead } from '../api/useRestRead';
import { useFocusReturn } from '../forms/useFocusReturn';
import { CreateWorkshopForm } from '../home/CreateWorkshopForm';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { accountFailureText } from './accountText';
import { MyWorkshopCard } from './MyWorkshopCard';
import { RequireAccount } from './RequireAccount';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import { useSessionEndedCheck } from './useSessionEndedCheck';
import '../home/home.css';
import './account.css';

const workshopsOf = (body: { workshops: MyWorkshop[] }) => body.workshops;

/** `/workshops`: every workshop this account facilitates, opened on any device; and a new one (kept in the account). */
export function MyWorkshopsPage() {
  const t = useT();
  const ta = useAccountT();
  useEffect(() => {
    document.title = `${ta.workshops.title} – ${t.appName}`;
  }, [ta, t.appName]);
  return (
    <PageLayout>
      <div className="account-page">
        <RequireAccount title={ta.workshops.title}>{() => <MyWorkshopsList />}</RequireAccount>
      </div>
    </PageLayout>
  );
}

function MyWorkshopsList() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const read = useCallback(() => api.myWorkshops(), [api]);
  const workshops = useRestRead(read, workshopsOf);
  useSessionEndedCheck(workshops.failure);
  const [creating, setCreating] = useState(false);
  const newButton = useFocusReturn<HTMLButtonElement>(creating);

  return (
    <>
      <div className="page-title account-title-row">
        <div>
          <h1>{ta.workshops.title}</h1>
          <p className="page-title__sub">{ta.workshops.intro}</p>
        </div>
        <button ref={newButton} type="button" className="button button--primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
          {creating ? ta.workshops.closeNew : ta.workshops.newWorkshop}
        </button>
      </div>
      {creating && (
        <div className="account-new-workshop">
          <CreateWorkshopForm />
        </div>
      )}
      {workshops.failure && (
        <div role="alert">
          <p className="form-error">{accountFailureText(t, ta, workshops.failure)}</p>
          <button type="button" className="button" onClick={workshops.reload}>
            {t.entry.tryAgain}
          </button>
        </div>
      )}
      {workshops.data === null && !workshops.failure && <p role="status">{t.loading}</p>}
      {workshops.data?.length === 0 && <p>{ta.workshops.none}</p>}
      {workshops.data && workshops.data.length > 0 && (
        <ul className="my-workshops" aria-label={ta.workshops.title}>
          {workshops.data.map((workshop) => (
            <MyWorkshopCard key={workshop.workshopId} workshop={workshop} />
          ))}
        </ul>
      )}
      <p>
        <Link to="/">{t.goHome}</Link>
      </p>
    </>
  );
}
