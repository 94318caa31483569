import { useEffect } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { useAuthState } from './authStore';
import { SignUpForm } from './SignUpForm';
import { SsoButtons } from './SsoButtons';
import { useAccountT } from './useAccountT';
import { useFragmentSecret } from './useFragmentSecret';
import './account.css';

/**
 * `/sign-up`, or `/sign-up#invitation=…` from an invitation link. Without an invitation it is open only while the
 * administrator lets anyone sign up; otherwise it says how accounts are made here.
 */
export function SignUpPage() {
  const t = useT();
  const ta = useAccountT();
  const auth = useAuthState();
  const invitation = useFragmentSecret('invitation');

  useEffect(() => {
    document.title = `${ta.signUp.title} – ${t.appName}`;
  }, [ta, t.appName]);

  const state = auth.kind === 'loaded' ? auth.state : null;
  const open = invitation !== null || (state !== null && state.signUp === 'anyone' && !state.setupRequired);
  return (
    <PageLayout>
      <div className="account-page account-page--narrow">
        {auth.kind === 'loading' ? (
          <p role="status">{t.loading}</p>
        ) : open ? (
          <SignUpForm heading={ta.signUp.title} intro={invitation ? `${ta.signUp.invited} ${ta.signUp.intro}` : ta.signUp.intro} invitationToken={invitation ?? undefined} />
        ) : (
          <section className="card" aria-labelledby="sign-up-closed-heading">
            <h1 id="sign-up-closed-heading">{ta.signUp.title}</h1>
            <p role="alert">
              {auth.kind === 'failed' ? t.networkError : state?.setupRequired ? ta.signIn.setupRequired : state?.signUp === 'sso-domain' ? ta.signUp.ssoOnly : ta.signUp.closed}
            </p>
            {state && <SsoButtons providers={state.sso} returnTo="/workshops" />}
          </section>
        )}
        <p>
          {ta.signUp.haveAccount} <Link to="/sign-in">{ta.menu.signIn}</Link>
        </p>
      </div>
    </PageLayout>
  );
}
