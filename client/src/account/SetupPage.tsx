import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { useAuthState } from './authStore';
import { SignUpForm } from './SignUpForm';
import { useAccountT } from './useAccountT';
import { useFragmentSecret } from './useFragmentSecret';
import './account.css';

/** `/setup#token=…`: the link the server prints on its first start, which makes the instance's first administrator. */
export function SetupPage() {
  const t = useT();
  const ta = useAccountT();
  const auth = useAuthState();
  const token = useFragmentSecret('token');

  useEffect(() => {
    document.title = `${ta.signUp.setupTitle} – ${t.appName}`;
  }, [ta, t.appName]);

  const done = auth.kind === 'loaded' && !auth.state.setupRequired;
  // Once the form is shown it stays, whatever the server says next: it goes on to show the recovery codes.
  const formShown = useRef(false);
  if (token && auth.kind === 'loaded' && !done) formShown.current = true;
  return (
    <PageLayout>
      <div className="account-page account-page--narrow">
        {auth.kind === 'loading' ? (
          <p role="status">{t.loading}</p>
        ) : formShown.current ? (
          <SignUpForm heading={ta.signUp.setupTitle} intro={`${ta.signUp.setupIntro} ${ta.signUp.intro}`} setupToken={token ?? undefined} />
        ) : (
          <section className="card" aria-labelledby="setup-heading">
            <h1 id="setup-heading">{ta.signUp.setupTitle}</h1>
            <p role="alert">{done ? ta.signUp.setupDone : ta.signUp.noSetupLink}</p>
            {done && (
              <p>
                <Link to="/sign-in">{ta.menu.signIn}</Link>
              </p>
            )}
          </section>
        )}
      </div>
    </PageLayout>
  );
}
