import { useEffect } from 'react';
import { Link } from 'react-router';
import { restFailureText } from '../api/restFailureText';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { SharedPlanView } from './SharedPlanView';
import { useSharedPlan } from './useSharedPlan';
import '../plan/plan.css';
import './sponsor.css';

/**
 * `/shared#token=…`: the page a facilitator's share link opens for a sponsor who was not in the room. Read-only, and
 * only the latest agreed plan (SHARE2); a revoked link says so.
 */
export function SharedPlanPage() {
  const t = useT();
  const s = t.sponsor;
  const { state, token, retry } = useSharedPlan();
  const title = state.kind === 'loaded' ? state.data.title : null;

  useEffect(() => {
    if (title) document.title = `${s.pageTitle(title)} · ${t.appName}`;
  }, [title, s, t.appName]);

  if (state.kind !== 'loaded' || !token) {
    return (
      <PageLayout>
        <div className="notice">
          <h1>{s.heading}</h1>
          {state.kind === 'loading' ? (
            <p role="status">{s.loading}</p>
          ) : state.kind === 'failed' ? (
            <>
              <p role="alert">{restFailureText(t, state.failure)}</p>
              <button type="button" className="button button--primary" onClick={retry}>
                {s.tryAgain}
              </button>
            </>
          ) : (
            <>
              <p role="alert">{state.kind === 'linkDead' ? s.revoked : s.noLink}</p>
              <p>
                <Link to="/">{t.goHome}</Link>
              </p>
            </>
          )}
        </div>
      </PageLayout>
    );
  }

  const { data: shared } = state;
  return (
    <PageLayout>
      <article className="shared-plan" aria-labelledby="shared-plan-title">
        <header className="page-title">
          <p className="shared-plan__kicker">{s.heading}</p>
          <h1 id="shared-plan-title">{shared.title}</h1>
          <p className="page-title__sub">{s.area(shared.area)}</p>
          <p>{s.readOnly}</p>
        </header>
        {shared.plan ? <SharedPlanView plan={shared.plan} token={token} /> : <p className="plan-status plan-status--draft">{s.notAgreed}</p>}
      </article>
    </PageLayout>
  );
}
