import './styles.css';
import './forms/forms.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
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

// The composition root of the client: the catalogue and the REST client are chosen here, once.
const messages = messagesFor(navigator.languages);
document.documentElement.lang = messages.locale;
document.title = messages.appName;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MessagesContext.Provider value={messages}>
      <RestClientContext.Provider value={createRestClient()}>
        <BrowserRouter>
          <Routes>
            <Route
              path="/"
              element={
                <PageLayout>
                  <HomePage />
                </PageLayout>
              }
            />
            <Route
              path="/w/:workshopId/*"
              element={
                <Suspense fallback={<p role="status">{messages.loading}</p>}>
                  <WorkshopRoute />
                </Suspense>
              }
            />
            <Route
              path="/shared"
              element={
                <Suspense fallback={<p role="status">{messages.loading}</p>}>
                  <SharedPlanPage />
                </Suspense>
              }
            />
            <Route
              path="/lead"
              element={
                <Suspense fallback={<p role="status">{messages.loading}</p>}>
                  <LeadPage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </BrowserRouter>
      </RestClientContext.Provider>
    </MessagesContext.Provider>
  </StrictMode>,
);
