import { versionsInOrder } from '@roundtable/shared/plan/plan';
import { useState } from 'react';
import { restFailureText } from '../api/restFailureText';
import { CopyField } from '../console/CopyField';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from './focusSoon';
import { shareLinkTime } from './shareLinkList';
import { useShareLinks } from './useShareLinks';
import './plan.css';
import './planVersions.css';

/**
 * [SHARE1] "Share the agreed plan": facilitators make read-only links for sponsors who were not in the room (each
 * shown once, with a Copy button), see which are live, and revoke one, which stops it working at once.
 */
export function ShareLinks() {
  const t = useT();
  const sh = t.plan.share;
  const { workshop } = useLiveWorkshop();
  const { links, newUrl, making, failure, make, revoke, reload } = useShareLinks(workshop.meta.id);
  const [announcement, setAnnouncement] = useState('');
  const agreedAny = versionsInOrder(workshop).length > 0;
  const when = (timestamp: string) => shareLinkTime(t.locale, timestamp);

  async function onMake() {
    if (!(await make())) return;
    setAnnouncement(sh.made);
    focusSoon('plan-share-new');
  }

  async function onRevoke(linkId: string) {
    // The Revoke button goes with the live link: focus waits on the list's heading.
    focusSoon('plan-share-list-heading');
    if (await revoke(linkId)) setAnnouncement(sh.revoked);
  }

  return (
    <section className="plan-share" aria-labelledby="plan-share-heading">
      <h3 id="plan-share-heading">{sh.heading}</h3>
      <p>{sh.intro}</p>
      {!agreedAny && <p className="field__hint">{sh.notAgreedYet}</p>}
      <button type="button" className="button button--primary" aria-busy={making} onClick={() => void onMake()}>
        {making ? sh.making : sh.make}
      </button>
      {newUrl && (
        <div id="plan-share-new" className="plan-share__new">
          <CopyField label={sh.newLink} hint={sh.newLinkHint} value={newUrl} copyLabel={sh.copyNewLink} />
        </div>
      )}
      {failure && (
        <div className="plan-share__failure">
          <p role="alert" className="field__error">
            {restFailureText(t, failure)}
          </p>
          {links === null && (
            <button type="button" className="button" onClick={reload}>
              {sh.tryAgain}
            </button>
          )}
        </div>
      )}
      <h4 id="plan-share-list-heading" tabIndex={-1}>
        {sh.listHeading}
      </h4>
      {links === null ? (
        !failure && <p className="plan-none">{sh.loading}</p>
      ) : links.length === 0 ? (
        <p className="plan-none">{sh.none}</p>
      ) : (
        <ul className="plan-share__list" aria-label={sh.listLabel}>
          {links.map((link) => (
            <li key={link.linkId} className="plan-share__item">
              <p className="plan-share__when">
                {sh.madeOn(when(link.createdAt))}{' '}
                {link.revokedAt === null ? <span className="tag tag--agreed">{sh.live}</span> : <span className="tag">{sh.revokedTag}</span>}
              </p>
              {link.revokedAt === null ? (
                <ConfirmButton
                  label={sh.revoke}
                  accessibleLabel={sh.revokeLabel(when(link.createdAt))}
                  question={sh.revokeConfirm}
                  confirmLabel={sh.revokeYes}
                  onConfirm={() => void onRevoke(link.linkId)}
                  danger
                />
              ) : (
                <p className="plan-share__revoked">{sh.revokedOn(when(link.revokedAt))}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
