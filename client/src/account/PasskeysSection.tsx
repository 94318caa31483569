import { PASSKEY_NAME_MAX_CHARS, type PasskeySummary } from '@roundtable/shared/accounts/accountRest';
import { useState, type FormEvent } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { accountFailureText, formatWhen } from './accountText';
import { ceremonyFailureText } from './ceremonyText';
import { passkeyCeremony } from './passkeyCeremony';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

/** The account's passkeys, each with its name and when it was added and last used; add one on this device, or remove one. */
export function PasskeysSection({ passkeys, onChanged }: { passkeys: readonly PasskeySummary[]; onChanged(): void }) {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const passkeyName = name.trim() || ta.account.defaultPasskeyName;
    setBusy(true);
    setError(null);
    setDone('');
    const outcome = await passkeyCeremony('register', api.addPasskeyOptions, api.addPasskeyVerify, passkeyName);
    setBusy(false);
    if (!outcome.ok) {
      setError(ceremonyFailureText(t, ta, outcome));
      return;
    }
    setName('');
    setDone(ta.account.passkeyAdded(outcome.data.name));
    onChanged();
  }

  async function remove(passkey: PasskeySummary) {
    setError(null);
    const result = await api.removePasskey(passkey.passkeyId);
    if (!result.ok) {
      setError(accountFailureText(t, ta, result.failure));
      return;
    }
    setDone(ta.account.passkeyRemoved(passkey.name));
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{ta.account.passkeysHeading}</h2>
      <p>{ta.account.passkeysIntro}</p>
      {passkeys.length === 0 ? (
        <p>{ta.account.noPasskeys}</p>
      ) : (
        <ul className="account-list" aria-labelledby="passkeys-heading">
          {passkeys.map((passkey) => (
            <li key={passkey.passkeyId} className="account-list__item">
              <div className="account-list__text">
                <strong>{passkey.name}</strong>
                <span className="account-list__meta">
                  {ta.account.added(formatWhen(t.locale, passkey.createdAt))},{' '}
                  {passkey.lastUsedAt ? ta.account.lastUsed(formatWhen(t.locale, passkey.lastUsedAt)) : ta.account.neverUsed}
                </span>
              </div>
              <ConfirmButton
                label={ta.account.removePasskey}
                accessibleLabel={ta.account.removePasskeyLabel(passkey.name)}
                question={ta.account.removePasskeyConfirm(passkey.name)}
                confirmLabel={ta.account.removePasskeyYes}
                onConfirm={() => void remove(passkey)}
                danger
              />
            </li>
          ))}
        </ul>
      )}
      <form className="form account-inline-form" noValidate onSubmit={add} aria-label={ta.account.addPasskey}>
        <TextField
          label={`${ta.signUp.passkeyName} ${t.optional}`}
          hint={ta.signUp.passkeyNameHint}
          value={name}
          onChange={setName}
          maxLength={PASSKEY_NAME_MAX_CHARS}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? ta.account.adding : ta.account.addPasskey}
        </button>
      </form>
      <FormError message={error} />
      <p role="status" className="account-status">
        {done}
      </p>
    </section>
  );
}
