import type { WorkshopFacilitator } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useRestRead } from '../api/useRestRead';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { consoleViewPath } from '../console/consoleViews';
import { accountFailureText } from './accountText';
import { useAuthState } from './authStore';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';
import { activeMembers } from '@roundtable/shared/members/member';
import './account.css';

const facilitatorsOf = (body: { facilitators: WorkshopFacilitator[] }) => body.facilitators;

/**
 * The console's facilitators: whose seat is kept in an account, and removing the other facilitator. While this seat
 * is not kept, it says the link is the workshop's only key, and offers to keep it in the account (or to sign in).
 */
export function WorkshopAccountPanel() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const auth = useAuthState();
  const { workshop } = useLiveWorkshop();
  const workshopId = workshop.meta.id;
  const seats = activeMembers(workshop)
    .filter((m) => m.role === 'facilitator')
    .map((m) => m.id)
    .join(' ');
  // `seats` is a dependency only: the list is read again when the live workshop's facilitators change.
  const read = useCallback(() => api.facilitators(workshopId), [api, workshopId, seats]);
  const facilitators = useRestRead(read, facilitatorsOf);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  async function keep() {
    setBusy(true);
    const result = await api.keepWorkshop(workshopId);
    setBusy(false);
    if (!result.ok) return facilitators.setFailure(result.failure);
    facilitators.setFailure(null);
    setDone(ta.keep.kept);
    void facilitators.load();
  }

  async function remove(facilitator: WorkshopFacilitator) {
    const result = await api.removeFacilitator(workshopId, facilitator.memberId);
    if (!result.ok) return facilitators.setFailure(result.failure);
    facilitators.setFailure(null);
    setDone(ta.facilitators.removed(facilitator.name));
    void facilitators.load();
  }

  const mine = facilitators.data?.find((f) => f.you);
  const signedIn = auth.kind === 'loaded' && auth.state.signedIn !== null;
  return (
    <section className="card" aria-labelledby="facilitators-heading">
      <h2 id="facilitators-heading">{ta.facilitators.heading}</h2>
      {mine && !mine.kept && (
        <div className="account-note keep-note">
          <p>{ta.keep.notKept}</p>
          {signedIn ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void keep()}>
              {busy ? ta.keep.keeping : ta.keep.keep}
            </button>
          ) : (
            <Link className="button" to={`/sign-in?returnTo=${encodeURIComponent(consoleViewPath(workshopId, 'people'))}`}>
              {ta.keep.signInToKeep}
            </Link>
          )}
        </div>
      )}
      {facilitators.data && (
        <ul className="account-list" aria-labelledby="facilitators-heading">
          {facilitators.data.map((facilitator) => (
            <li key={facilitator.memberId} className="account-list__item">
              <div className="account-list__text">
                <strong>
                  {facilitator.name} {facilitator.you && ta.facilitators.you}
                </strong>
                <span className="account-list__meta">{facilitator.kept ? ta.facilitators.kept : ta.facilitators.linkOnly}</span>
              </div>
              {!facilitator.you && (
                <ConfirmButton
                  label={ta.facilitators.remove}
                  accessibleLabel={ta.facilitators.removeLabel(facilitator.name)}
                  question={ta.facilitators.removeConfirm(facilitator.name)}
                  confirmLabel={ta.facilitators.removeYes}
                  onConfirm={() => void remove(facilitator)}
                  danger
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError message={facilitators.failure ? accountFailureText(t, ta, facilitators.failure) : null} />
      <p role="status" className="account-status">
        {done}
      </p>
    </section>
  );
}
