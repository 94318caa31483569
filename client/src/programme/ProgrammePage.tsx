import type { ProgrammeDetails } from '@roundtable/shared/programme/programmeRest';
import { useCallback, useEffect } from 'react';
import { Link } from 'react-router';
import { accountFailureText } from '../account/accountText';
import { RequireAccount } from '../account/RequireAccount';
import { useAccountT } from '../account/useAccountT';
import { useRestRead } from '../api/useRestRead';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { AreaWorkshops } from './AreaWorkshops';
import { InviteToProgramme } from './InviteToProgramme';
import { ProgrammeView } from './ProgrammeView';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

const same = (d: ProgrammeDetails) => d;

/** `/programmes/:programmeId`: for its leads the live programme view and invitations; for its facilitators the areas' workshops. */
export function ProgrammePage({ programmeId }: { programmeId: string }) {
  const tp = useProgrammeT();
  return (
    <PageLayout>
      <div className="programme-page">
        <RequireAccount title={tp.list.title}>{() => <Programme programmeId={programmeId} />}</RequireAccount>
      </div>
    </PageLayout>
  );
}

function Programme({ programmeId }: { programmeId: string }) {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const read = useCallback(() => api.details(programmeId), [api, programmeId]);
  const details = useRestRead(read, same);
  const title = details.data?.title;
  useEffect(() => {
    if (title) document.title = `${title} – ${t.appName}`;
  }, [title, t.appName]);

  if (details.failure) {
    return (
      <div className="notice">
        <h1>{tp.list.title}</h1>
        <p role="alert">{accountFailureText(t, ta, details.failure)}</p>
        <p>
          <Link to="/programmes">{tp.list.title}</Link>
        </p>
      </div>
    );
  }
  if (!details.data) return <p role="status">{tp.view.loading}</p>;
  const programme = details.data;
  return (
    <>
      <div className="page-title">
        <h1>{programme.title}</h1>
        <p className="page-title__sub">{tp.list.role[programme.you]}</p>
      </div>
      {programme.objectives.length > 0 && (
        <section aria-labelledby="objectives-heading">
          <h2 id="objectives-heading">{tp.view.objectives}</h2>
          <ol className="programme-objectives">
            {programme.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ol>
        </section>
      )}
      {programme.you === 'lead' ? (
        <>
          <ProgrammeView programmeId={programmeId} />
          <InviteToProgramme programmeId={programmeId} />
        </>
      ) : (
        <AreaWorkshops programme={programme} onChanged={() => void details.load()} />
      )}
      <p>
        <Link to="/programmes">{tp.list.title}</Link>
      </p>
    </>
  );
}
