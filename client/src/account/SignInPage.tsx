import type { SignedIn } from '@roundtable/shared/accounts/accountRest';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { safeReturnTo, ssoErrorText } from './accountText';
import { useAuthState, useAuthStore } from './authStore';
import { ceremonyFailureText } from './ceremonyText';
import { passkeyCeremony } from './passkeyCeremony';
import { RecoveryForm } from './RecoveryForm';
import { SsoButtons } from './SsoButtons';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import './account.css';

/**
 * `/sign-in`: a passkey (no name to type: the device offers the accounts it holds for this site), the organisations'
 * single sign-on, or a recovery code. `?returnTo=` is where it goes after; `?error=` is why a single sign-on failed.
 */
export function SignInPage() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const auth = useAuthState();
  const store = useAuthStore();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const ssoError = ssoErrorText(ta, params.get('error'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${ta.signIn.title} – ${t.appName}`;
  }, [ta, t.appName]);

  function signedIn(done: SignedIn, to: string) {
    store.setSignedIn(done.account);
    navigate(to);
  }

  async function withPasskey() {
    setBusy(true);
    setError(null);
    const outcome = await passkeyCeremony('authenticate', api.signInOptions, api.signInVerify);
    setBusy(false);
    if (outcome.ok) signedIn(outcome.data, returnTo);
    else setError(ceremonyFailureText(t, ta, outcome));
  }

  const state = auth.kind === 'loaded' ? auth.state : null;
  return (
    <PageLayout>
      <div className="account-page account-page--narrow">
        <section className="card" aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">{ta.signIn.title}</h1>
          <p>{ta.signIn.intro}</p>
          {ssoError && (
            <p className="form-error" role="alert">
              {ssoError}
            </p>
          )}
          {state?.signedIn && (
            <p className="account-note">
              {ta.signIn.alreadySignedIn(state.signedIn.displayName)} <Link to="/workshops">{ta.menu.myWorkshops}</Link>
            </p>
          )}
          {state?.setupRequired && <p className="account-note">{ta.signIn.setupRequired}</p>}
          <p className="field__hint" id="passkey-hint">
            {ta.signIn.passkeyHint}
          </p>
          <button type="button" className="button button--primary account-passkey" aria-describedby="passkey-hint" disabled={busy} onClick={() => void withPasskey()}>
            {busy ? ta.signIn.waiting : ta.signIn.passkey}
          </button>
          <FormError message={error} />
          {state && <SsoButtons providers={state.sso} returnTo={returnTo} />}
          {state?.signUp === 'anyone' && !state.setupRequired && (
            <p>
              {ta.signIn.noAccount} <Link to="/sign-up">{ta.signIn.signUp}</Link>
            </p>
          )}
        </section>
        <section className="card">
          <RecoveryForm onSignedIn={(done) => signedIn(done, '/account?recovered=1')} />
        </section>
      </div>
    </PageLayout>
  );
}
