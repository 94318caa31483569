import { useEffect } from 'react';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { AdminAccountsSection } from './AdminAccountsSection';
import { AdminSettingsForm } from './AdminSettingsForm';
import { InvitationsSection } from './InvitationsSection';
import { RequireAccount } from './RequireAccount';
import { useAccountT } from './useAccountT';
import './account.css';

/** `/admin`: who may sign up, whether workshops may be made without an account, invitations, and the accounts. */
export function AdminPage() {
  const t = useT();
  const ta = useAccountT();
  useEffect(() => {
    document.title = `${ta.admin.title} – ${t.appName}`;
  }, [ta, t.appName]);
  return (
    <PageLayout>
      <div className="account-page">
        <RequireAccount title={ta.admin.title}>
          {(account) =>
            account.role !== 'admin' ? (
              <div className="notice">
                <h1>{ta.admin.title}</h1>
                <p role="alert">{ta.admin.notAdmin}</p>
              </div>
            ) : (
              <>
                <h1>{ta.admin.title}</h1>
                <div className="account-grid">
                  <AdminSettingsForm />
                  <InvitationsSection />
                </div>
                <AdminAccountsSection selfId={account.accountId} />
              </>
            )
          }
        </RequireAccount>
      </div>
    </PageLayout>
  );
}
