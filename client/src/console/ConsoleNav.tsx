import { NavLink } from 'react-router';
import { useT } from '../i18n/t';
import { CONSOLE_VIEWS, consoleViewPath } from './consoleViews';
import './liveView.css';

/** [LIVE2] The console's views as links, one address each; the current one is marked for everyone, screen readers included. */
export function ConsoleNav({ workshopId }: { workshopId: string }) {
  const t = useT();
  return (
    <nav className="console-nav" aria-label={t.liveView.navLabel}>
      <ul className="console-nav__list">
        {CONSOLE_VIEWS.map((view) => (
          <li key={view}>
            <NavLink className="console-nav__link" to={consoleViewPath(workshopId, view)} end>
              {t.liveView.views[view]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
