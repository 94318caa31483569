import type { ComponentType } from 'react';
import { useLocation } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { AccountPage } from './AccountPage';
import { AdminPage } from './AdminPage';
import { MyWorkshopsPage } from './MyWorkshopsPage';
import { SetupPage } from './SetupPage';
import { SignInPage } from './SignInPage';
import { SignUpPage } from './SignUpPage';

/** The account pages by path; main.tsx routes each of ACCOUNT_PATHS here. */
const PAGES: ReadonlyMap<string, ComponentType> = new Map([
  ['/sign-in', SignInPage],
  ['/sign-up', SignUpPage],
  ['/setup', SetupPage],
  ['/account', AccountPage],
  ['/admin', AdminPage],
  ['/workshops', MyWorkshopsPage],
]);

/**
 * Every account page, as one lazily loaded module: facilitators moving between them load nothing more, and the
 * entry chunk every visitor loads names one module rather than six.
 */
export function AccountPages() {
  const { pathname } = useLocation();
  const Page = PAGES.get(pathname.replace(/\/+$/, '')) ?? NotFoundPage;
  return <Page />;
}
