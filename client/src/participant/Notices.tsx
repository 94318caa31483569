import { useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import './participant.css';

/**
 * [MOD1] What a facilitator did to my cards, told to me alone. A notice goes away when the card is shown again,
 * or when I dismiss it on this screen. The region is always there, so a new notice is announced.
 */
export function Notices() {
  const t = useT();
  const { personal } = useLiveWorkshop();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = personal.notices.filter((n) => !dismissed.has(n.id));
  return (
    <div className="notices" aria-live="polite">
      {notices.length > 0 && (
        <section className="card notices__card" aria-labelledby="notices-heading">
          <h2 id="notices-heading">{t.participant.noticesHeading}</h2>
          <ul className="notices__list">
            {notices.map((notice) => (
              <li key={notice.id} className="notices__item">
                <span>{t.participant.cardHidden(notice.excerpt)}</span>
                <button type="button" className="button button--small" onClick={() => setDismissed((s) => new Set([...s, notice.id]))}>
                  {t.participant.dismissNotice}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
