import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/t';
import { CONSOLE_VIEWS, consoleViewOf, consoleViewPath } from './consoleViews';
import './liveView.css';

/**
 * [LIVE2] The console's views as links, one address each; the view at the address (with or without a trailing
 * slash) is marked as the current page, for everyone, screen readers included.
 */
export function ConsoleNav({ workshopId }: { workshopId: string }) {
  const t = useT();
  const { pathname } = useLocation();
  const current = consoleViewOf(pathname.replace(/^\/w\/[^/]+\/?/, ''));
  return (
    <nav className="console-nav" aria-label={t.liveView.navLabel}>
      <ul className="console-nav__list">
        {CONSOLE_VIEWS.map((view) => (
          <li key={view}>
            <Link className="console-nav__link" to={consoleViewPath(workshopId, view)} aria-current={view === current ? 'page' : undefined}>
              {t.liveView.views[view]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
