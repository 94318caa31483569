import type { AdminAccount } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useState } from 'react';
import { useRestRead } from '../api/useRestRead';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { accountFailureText } from './accountText';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import { useSessionEndedCheck } from './useSessionEndedCheck';

const accountsOf = (body: { accounts: AdminAccount[] }) => body.accounts;

/** Every account, with how it signs in; disable one (it is signed out everywhere at once) after a confirmation, or enable it again. */
export function AdminAccountsSection({ selfId }: { selfId: string }) {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const read = useCallback(() => api.accounts(), [api]);
  const accounts = useRestRead(read, accountsOf);
  useSessionEndedCheck(accounts.failure);
  const [done, setDone] = useState('');

  async function setDisabled(account: AdminAccount, disable: boolean) {
    const result = disable ? await api.disableAccount(account.accountId) : await api.enableAccount(account.accountId);
    if (!result.ok) return accounts.setFailure(result.failure);
    accounts.setFailure(null);
    accounts.setData((list) => list?.map((a) => (a.accountId === result.data.accountId ? result.data : a)) ?? list);
    setDone(disable ? ta.admin.accountDisabled(account.displayName) : ta.admin.accountEnabled(account.displayName));
  }

  return (
    <section className="card" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{ta.admin.accountsHeading}</h2>
      {accounts.data === null && !accounts.failure && <p role="status">{t.loading}</p>}
      {accounts.data && (
        <ul className="account-list" aria-labelledby="accounts-heading">
          {accounts.data.map((account) => (
            <li key={account.accountId} className="account-list__item">
              <div className="account-list__text">
                <strong>
                  {account.displayName}
                  {account.disabledAt && <span className="tag account-tag account-tag--disabled">{ta.admin.disabled}</span>}
                </strong>
                <span className="account-list__meta">{ta.admin.accountLine(account.email, ta.account.roles[account.role])}</span>
                <span className="account-list__meta">{ta.admin.ways(account.passkeys, account.sso)}</span>
              </div>
              {account.accountId === selfId ? null : account.disabledAt ? (
                <button type="button" className="button" aria-label={ta.admin.enableLabel(account.displayName)} onClick={() => void setDisabled(account, false)}>
                  {ta.admin.enable}
                </button>
              ) : (
                <ConfirmButton
                  label={ta.admin.disable}
                  accessibleLabel={ta.admin.disableLabel(account.displayName)}
                  question={ta.admin.disableConfirm(account.displayName)}
                  confirmLabel={ta.admin.disableYes}
                  onConfirm={() => void setDisabled(account, true)}
                  danger
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError message={accounts.failure ? accountFailureText(t, ta, accounts.failure) : null} />
      <p role="status" className="account-status">
        {done}
      </p>
    </section>
  );
}
