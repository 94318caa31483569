import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from './i18n/t';

/** Every page's frame: skip link, header (with the page's live status, if any), and the main landmark. */
export function PageLayout({ status, children }: { status?: ReactNode; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link to="/" className="site-header__name">
          {t.appName}
        </Link>
        {status}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
