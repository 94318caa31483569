import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from './i18n/t';

// The account corner and its text load beside the page, never with a participant's.
const AccountHeader = lazy(() => import('./account/AccountHeader').then((m) => ({ default: m.AccountHeader })));

/**
 * Every page's frame: skip link, header (with the page's live status, if any, and the account corner unless `account`
 * is false — a participant needs no account), and the main landmark.
 */
export function PageLayout({ status, account = true, children }: { status?: ReactNode; account?: boolean; children: ReactNode }) {
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
        {account && (
          <Suspense fallback={null}>
            <AccountHeader />
          </Suspense>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
