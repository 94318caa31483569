import type { DeviceSession } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRestRead } from '../api/useRestRead';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { accountFailureText, formatWhen } from './accountText';
import { useAuthStore } from './authStore';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import { useSessionEndedCheck } from './useSessionEndedCheck';

const sessionsOf = (body: { sessions: DeviceSession[] }) => body.sessions;

/** "Signed in on these devices": sign out any one of them, or every one (this one included). */
export function SessionsSection() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const store = useAuthStore();
  const navigate = useNavigate();
  const read = useCallback(() => api.sessions(), [api]);
  const sessions = useRestRead(read, sessionsOf);
  useSessionEndedCheck(sessions.failure);
  const [done, setDone] = useState('');

  async function end(session: DeviceSession) {
    const result = await api.endSession(session.sessionId);
    if (!result.ok) return sessions.setFailure(result.failure);
    if (session.current) {
      store.setSignedIn(null);
      return navigate('/sign-in');
    }
    setDone(ta.account.deviceSignedOut(session.device));
    void sessions.load();
  }

  async function everywhere() {
    const result = await api.signOutEverywhere();
    if (!result.ok) return sessions.setFailure(result.failure);
    store.setSignedIn(null);
    navigate('/sign-in');
  }

  return (
    <section className="card" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{ta.account.devicesHeading}</h2>
      {sessions.data === null && !sessions.failure && <p role="status">{t.loading}</p>}
      {sessions.data && (
        <ul className="account-list" aria-labelledby="devices-heading">
          {sessions.data.map((session) => (
            <li key={session.sessionId} className="account-list__item">
              <div className="account-list__text">
                <strong>
                  {session.device}
                  {session.current && <span className="tag account-tag">{ta.account.thisDevice}</span>}
                </strong>
                <span className="account-list__meta">
                  {ta.account.signedInAt(formatWhen(t.locale, session.signedInAt))}, {ta.account.lastSeen(formatWhen(t.locale, session.lastSeenAt))}
                </span>
              </div>
              <button type="button" className="button" aria-label={ta.account.signOutDeviceLabel(session.device, formatWhen(t.locale, session.signedInAt))} onClick={() => void end(session)}>
                {ta.account.signOutDevice}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={sessions.failure ? accountFailureText(t, ta, sessions.failure) : null} />
      <ConfirmButton
        label={ta.account.signOutEverywhere}
        question={ta.account.signOutEverywhereConfirm}
        confirmLabel={ta.account.signOutEverywhereYes}
        onConfirm={() => void everywhere()}
        danger
      />
      <p role="status" className="account-status">
        {done}
      </p>
    </section>
  );
}
