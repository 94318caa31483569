import { useEffect } from 'react';
import { Link } from 'react-router';
import { restFailureText } from '../api/restFailureText';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { LeadReportPanel } from './LeadReportPanel';
import { deviceStorage, pendingReports } from './pendingReport';
import { useLeadAction } from './useLeadAction';
import './lead.css';

/** Reloads the action when the browser comes back online, while the page could not open it. */
function useRetryOnline(active: boolean, retry: () => void) {
  useEffect(() => {
    if (!active) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [active, retry]);
}

/**
 * `/lead#token=…`: the page a lead's personal link opens, to report progress on their action between sessions without
 * an account. A revoked link, no link, or no connection each say so; a report waiting on this device is mentioned.
 */
export function LeadPage() {
  const t = useT();
  const l = t.review.leadPage;
  const { state, token, retry, recorded } = useLeadAction();
  const title = state.kind === 'loaded' ? state.data.workshopTitle : null;
  useRetryOnline(state.kind === 'failed', retry);

  useEffect(() => {
    if (title) document.title = `${l.pageTitle(title)} · ${t.appName}`;
  }, [title, l, t.appName]);

  if (state.kind !== 'loaded' || !token) {
    const waiting = state.kind !== 'loading' && pendingReports(deviceStorage()).anySending();
    return (
      <PageLayout>
        <div className="notice">
          <h1>{l.kicker}</h1>
          {state.kind === 'loading' ? (
            <p role="status">{l.loading}</p>
          ) : state.kind === 'failed' ? (
            <>
              <p role="alert">{restFailureText(t, state.failure)}</p>
              <button type="button" className="button button--primary" onClick={retry}>
                {l.tryAgain}
              </button>
            </>
          ) : (
            <>
              <p role="alert">{state.kind === 'linkDead' ? l.revoked : l.noLink}</p>
              <p>
                <Link to="/">{t.goHome}</Link>
              </p>
            </>
          )}
          {waiting && <p className="lead-offline">{state.kind === 'failed' ? l.offlinePending : l.waitingRevoked}</p>}
        </div>
      </PageLayout>
    );
  }

  const { data: lead } = state;
  return (
    <PageLayout>
      <article className="lead-page" aria-labelledby="lead-page-title">
        <header className="page-title">
          <p className="shared-plan__kicker">{l.kicker}</p>
          <h1 id="lead-page-title">{lead.workshopTitle}</h1>
          <p className="page-title__sub">{l.area(lead.area)}</p>
          <p>{l.youAre(t.review.slotInSentence[lead.slot], lead.leadName)}</p>
        </header>
        <LeadReportPanel lead={lead} token={token} onRecorded={recorded} />
      </article>
    </PageLayout>
  );
}
