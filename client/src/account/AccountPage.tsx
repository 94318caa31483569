import type { AccountDetails } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useRestRead } from '../api/useRestRead';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { accountFailureText } from './accountText';
import { PasskeysSection } from './PasskeysSection';
import { RecoveryCodesSection } from './RecoveryCodesSection';
import { RequireAccount } from './RequireAccount';
import { SessionsSection } from './SessionsSection';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import { useSessionEndedCheck } from './useSessionEndedCheck';
import './account.css';

const same = (details: AccountDetails) => details;

/** `/account`: who is signed in, their passkeys, recovery codes, and the devices signed in. */
export function AccountPage() {
  const t = useT();
  const ta = useAccountT();
  useEffect(() => {
    document.title = `${ta.account.title} – ${t.appName}`;
  }, [ta, t.appName]);
  return (
    <PageLayout>
      <div className="account-page">
        <RequireAccount title={ta.account.title}>{() => <AccountDetailsView />}</RequireAccount>
      </div>
    </PageLayout>
  );
}

function AccountDetailsView() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const [params] = useSearchParams();
  const read = useCallback(() => api.account(), [api]);
  const details = useRestRead(read, same);
  useSessionEndedCheck(details.failure);

  if (!details.data) {
    return details.failure ? (
      <div className="notice">
        <h1>{ta.account.title}</h1>
        <p role="alert">{accountFailureText(t, ta, details.failure)}</p>
        <button type="button" className="button button--primary" onClick={details.reload}>
          {t.entry.tryAgain}
        </button>
      </div>
    ) : (
      <p role="status">{t.loading}</p>
    );
  }
  const { account, passkeys, ssoIdentities, recoveryCodesLeft } = details.data;
  return (
    <>
      <div className="page-title">
        <h1>{ta.account.title}</h1>
        <p className="page-title__sub">
          {account.displayName} · {account.email} · {ta.account.role(ta.account.roles[account.role])}
        </p>
        {params.get('recovered') && (
          <p className="account-note" role="status">
            {ta.signIn.recovered}
          </p>
        )}
      </div>
      <div className="account-grid">
        <PasskeysSection passkeys={passkeys} onChanged={() => void details.load()} />
        {ssoIdentities.length > 0 && (
          <section className="card" aria-labelledby="sso-identities-heading">
            <h2 id="sso-identities-heading">{ta.account.ssoHeading}</h2>
            <ul className="account-list">
              {ssoIdentities.map((identity) => (
                <li key={`${identity.providerLabel} ${identity.email ?? ''}`}>{ta.account.ssoIdentity(identity.providerLabel, identity.email ?? '—')}</li>
              ))}
            </ul>
          </section>
        )}
        <RecoveryCodesSection left={recoveryCodesLeft} email={account.email} onChanged={() => void details.load()} />
        <SessionsSection />
      </div>
    </>
  );
}
