import { SIGN_UP_POLICIES, type InstanceSettings } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { useRestRead } from '../api/useRestRead';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { accountFailureText } from './accountText';
import { useAuthStore } from './authStore';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

const same = (settings: InstanceSettings) => settings;

/** Who may sign up (anyone, by invitation, by single sign-on domain) and whether workshops may be made without an account. */
export function AdminSettingsForm() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const store = useAuthStore();
  const name = useId();
  const read = useCallback(() => api.settings(), [api]);
  const settings = useRestRead(read, same);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!settings.data) return;
    setBusy(true);
    setSaved(false);
    const result = await api.saveSettings(settings.data);
    setBusy(false);
    if (!result.ok) return settings.setFailure(result.failure);
    settings.setFailure(null);
    settings.setData(result.data);
    setSaved(true);
    void store.refresh();
  }

  const change = (patch: Partial<InstanceSettings>) => {
    setSaved(false);
    settings.setData((current) => (current ? { ...current, ...patch } : current));
  };

  return (
    <form className="card form" noValidate onSubmit={save} aria-labelledby="settings-heading">
      <h2 id="settings-heading">{ta.admin.settingsHeading}</h2>
      {settings.data ? (
        <>
          <fieldset className="field">
            <legend className="visually-hidden">{ta.admin.settingsHeading}</legend>
            <div className="radio-list">
              {SIGN_UP_POLICIES.map((policy) => (
                <label key={policy} className="radio">
                  <input type="radio" name={name} value={policy} checked={settings.data?.signUp === policy} onChange={() => change({ signUp: policy })} />
                  <span>{ta.admin.policies[policy]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <label className="checkbox">
            <input type="checkbox" checked={settings.data.accountFreeWorkshops} onChange={(e) => change({ accountFreeWorkshops: e.target.checked })} />
            <span>{ta.admin.accountFree}</span>
          </label>
          <button type="submit" className="button button--primary" disabled={busy}>
            {ta.admin.saveSettings}
          </button>
        </>
      ) : (
        !settings.failure && <p role="status">{t.loading}</p>
      )}
      <FormError message={settings.failure ? accountFailureText(t, ta, settings.failure) : null} />
      <p role="status" className="account-status">
        {saved ? ta.admin.settingsSaved : ''}
      </p>
    </form>
  );
}
