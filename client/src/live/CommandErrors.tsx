import { useT } from '../i18n/t';
import { commandErrorText } from './commandErrorText';
import type { RejectedCommand } from './useWorkshopConnection';
import './live.css';

/** Commands the server refused, until dismissed. The region is always present so additions are announced. */
export function CommandErrors({ rejected, onDismiss }: { rejected: readonly RejectedCommand[]; onDismiss(commandId: string): void }) {
  const t = useT();
  return (
    <div role="alert" aria-label={t.commandErrorsLabel} className="command-errors">
      {rejected.length > 0 && (
        <ul className="command-errors__list">
          {rejected.map((r) => (
            <li key={r.commandId} className="command-errors__item">
              <span>{commandErrorText(t, r.name, r.error)}</span>
              <button type="button" className="button button--small" onClick={() => onDismiss(r.commandId)}>
                {t.dismiss}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
