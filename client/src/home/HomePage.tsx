import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../i18n/t';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { JoinWorkshopForm } from './JoinWorkshopForm';
import './home.css';

// Facilitators' line about their account, loaded beside the page (never for a participant arriving with a code).
const HomeAccountPanel = lazy(() => import('../account/HomeAccountPanel').then((m) => ({ default: m.HomeAccountPanel })));

/** Join first: most people arriving here are participants on a phone, often from the QR code. */
export function HomePage() {
  const t = useT();
  const [params] = useSearchParams();
  const initialCode = params.get('code') ?? '';
  return (
    <>
      <div className="intro">
        <h1>{t.home.title}</h1>
        <p>{t.home.intro}</p>
        {!params.has('code') && (
          <Suspense fallback={null}>
            <HomeAccountPanel />
          </Suspense>
        )}
      </div>
      <div className="home-forms">
        <JoinWorkshopForm initialCode={initialCode} />
        <CreateWorkshopForm />
      </div>
    </>
  );
}
