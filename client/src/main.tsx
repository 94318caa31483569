import './styles.css';
import './forms/forms.css';
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes, useSearchParams } from 'react-router';
import { AuthStoreContext, createHttpAuthStore } from './account/authStore';
import { createRestClient } from './api/restClient';
import { RestClientContext } from './api/RestClientContext';
import { messagesFor, MessagesContext } from './i18n/t';
import { NotFoundPage } from './NotFoundPage';
import { HomePage } from './home/HomePage';
import { PageLayout } from './PageLayout';

// The live workshop (Yjs, Socket.io) loads only when a workshop is opened, keeping the home page light on phones.
const WorkshopRoute = lazy(() => import('./workshop/WorkshopRoute').then((m) => ({ default: m.WorkshopRoute })));
// A sponsor's read-only page, opened from a share link: none of the workshop's code.
const SharedPlanPage = lazy(() => import('./sponsor/SharedPlanPage').then((m) => ({ default: m.SharedPlanPage })));
// A lead's page for reporting progress on their action, opened from their personal link: none of the workshop's code.
const LeadPage = lazy(() => import('./lead/LeadPage').then((m) => ({ default: m.LeadPage })));
// Facilitators' and administrators' account pages, with the passkey code (@simplewebauthn/browser): only they load it.
const AccountPages = lazy(() => import('./account/AccountPages').then((m) => ({ default: m.AccountPages })));
const ACCOUNT_PATHS = ['/sign-in', '/sign-up', '/setup', '/account', '/admin', '/workshops'];
// Programmes (their leads' live view, their facilitators' areas, joining by invitation): only their staff load them.
const ProgrammePages = lazy(() => import('./programme/ProgrammePages').then((m) => ({ default: m.ProgrammePages })));

/** The home page; someone arriving with a join code (a participant, from the QR code) is shown no account corner. */
function HomeRoute() {
  const [params] = useSearchParams();
  return (
    <PageLayout account={!params.has('code')}>
      <HomePage />
    </PageLayout>
  );
}

// The composition root of the client: the catalogue and the REST client are chosen here, once.
const messages = messagesFor(navigator.languages);
document.documentElement.lang = messages.locale;
document.title = messages.appName;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

/** A lazily loaded page, with the loading line while its code arrives. */
const lazyPage = (page: ReactNode) => <Suspense fallback={<p role="status">{messages.loading}</p>}>{page}</Suspense>;

createRoot(root).render(
  <StrictMode>
    <MessagesContext.Provider value={messages}>
      <RestClientContext.Provider value={createRestClient()}>
        <AuthStoreContext.Provider value={createHttpAuthStore()}>
          <BrowserRouter>
            <Routes>
              <Route path="/" element={<HomeRoute />} />
              <Route path="/w/:workshopId/*" element={lazyPage(<WorkshopRoute />)} />
              <Route path="/shared" element={lazyPage(<SharedPlanPage />)} />
              <Route path="/lead" element={lazyPage(<LeadPage />)} />
              {ACCOUNT_PATHS.map((path) => (
                <Route key={path} path={path} element={lazyPage(<AccountPages />)} />
              ))}
              <Route path="/programmes/*" element={lazyPage(<ProgrammePages />)} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </BrowserRouter>
        </AuthStoreContext.Provider>
      </RestClientContext.Provider>
    </MessagesContext.Provider>
  </StrictMode>,
);
