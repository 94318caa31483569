import type { AccountSummary, AuthState } from '@roundtable/shared/accounts/accountRest';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/t';
import { useAuthState, useAuthStore } from './authStore';
import { useAccountT } from './useAccountT';

/**
 * A page for signed-in accounts: while asking, a status line; signed out, a link to sign in that comes back here;
 * otherwise the page, given the account and the instance's state.
 */
export function RequireAccount({ title, children }: { title: string; children: (account: AccountSummary, state: AuthState) => ReactNode }) {
  const t = useT();
  const ta = useAccountT();
  const auth = useAuthState();
  const store = useAuthStore();
  const { pathname } = useLocation();
  if (auth.kind === 'loading') return <p role="status">{t.loading}</p>;
  if (auth.kind === 'failed') {
    return (
      <div className="notice">
        <h1>{title}</h1>
        <p role="alert">{t.networkError}</p>
        <button type="button" className="button button--primary" onClick={() => void store.refresh()}>
          {t.entry.tryAgain}
        </button>
      </div>
    );
  }
  if (!auth.state.signedIn) {
    return (
      <div className="notice">
        <h1>{title}</h1>
        <p role="alert">{ta.account.signedOut}</p>
        <p>
          <Link className="button button--primary" to={`/sign-in?returnTo=${encodeURIComponent(pathname)}`}>
            {ta.account.signInLink}
          </Link>
        </p>
      </div>
    );
  }
  return children(auth.state.signedIn, auth.state);
}
