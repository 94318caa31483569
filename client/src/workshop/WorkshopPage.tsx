import { Link } from 'react-router';
import { restFailureText } from '../api/restFailureText';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { LiveWorkshopPage } from './LiveWorkshopPage';
import { useMembership } from './useMembership';

/** Finds out who this browser is in the workshop, then opens it live. Key it by workshopId (see useMembership). */
export function WorkshopPage({ workshopId }: { workshopId: string }) {
  const t = useT();
  const { membership, retry } = useMembership(workshopId);

  if (membership.kind === 'member') return <LiveWorkshopPage me={membership.me} />;
  return (
    <PageLayout>
      {membership.kind === 'checking' ? (
        <p role="status">{t.entry.checking}</p>
      ) : membership.kind === 'failed' ? (
        <div className="notice">
          <h1>{t.appName}</h1>
          <p role="alert">{restFailureText(t, membership.failure)}</p>
          <button type="button" className="button button--primary" onClick={retry}>
            {t.entry.tryAgain}
          </button>
        </div>
      ) : (
        <div className="notice">
          <h1>{t.appName}</h1>
          <p role="alert">{membership.kind === 'badLink' ? t.entry.badLink : t.entry.notMember}</p>
          <p>
            <Link to="/">{t.goHome}</Link>
          </p>
        </div>
      )}
    </PageLayout>
  );
}
