import { Link } from 'react-router';
import { useT } from './i18n/t';
import { PageLayout } from './PageLayout';

export function NotFoundPage() {
  const t = useT();
  return (
    <PageLayout>
      <div className="notice">
        <h1>{t.notFound}</h1>
        <p>
          <Link to="/">{t.goHome}</Link>
        </p>
      </div>
    </PageLayout>
  );
}
