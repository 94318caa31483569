import { useSearchParams } from 'react-router';
import { useT } from '../i18n/t';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { JoinWorkshopForm } from './JoinWorkshopForm';
import './home.css';

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
      </div>
      <div className="home-forms">
        <JoinWorkshopForm initialCode={initialCode} />
        <CreateWorkshopForm />
      </div>
    </>
  );
}
