import { useId } from 'react';
import { useT } from '../i18n/t';
import { LIVE_SHORTCUTS } from './liveShortcuts';
import './liveView.css';

/** [LIVE3] The live view's shortcuts, listed where the facilitator sees them, and what the last one did, read out. */
export function ShortcutList({ announcement }: { announcement: string }) {
  const t = useT();
  const headingId = useId();
  return (
    <div className="shortcuts" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="shortcuts__heading">
        {t.liveView.shortcuts.heading}
      </h3>
      <dl className="shortcuts__list">
        {LIVE_SHORTCUTS.map(({ action, keys }) => (
          <div key={action} className="shortcuts__item">
            <dt>
              <kbd>{t.liveView.shortcuts.keys(keys)}</kbd>
            </dt>
            <dd>{t.liveView.shortcuts[action]}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts__hint">{t.liveView.shortcuts.hint}</p>
      <p className="shortcuts__status" role="status" data-testid="shortcut-status">
        {announcement}
      </p>
    </div>
  );
}
