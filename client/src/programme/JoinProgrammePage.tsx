import type { ProgrammeListing } from '@roundtable/shared/programme/programmeRest';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { accountFailureText } from '../account/accountText';
import { RequireAccount } from '../account/RequireAccount';
import { useAccountT } from '../account/useAccountT';
import { useFragmentSecret } from '../account/useFragmentSecret';
import type { RestFailure } from '../api/restClient';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

const PENDING_KEY = 'roundtable.programmeInvitation';

/**
 * `/programmes/join#invitation=…`: [PROG2] accepts an invitation into a programme for the signed-in account. The token
 * leaves the address bar at once; while the visitor signs in it waits in this tab's session storage.
 */
export function JoinProgrammePage() {
  const tp = useProgrammeT();
  const fromLink = useFragmentSecret('invitation');
  const [token] = useState(() => {
    if (fromLink) sessionStorage.setItem(PENDING_KEY, fromLink);
    return fromLink ?? sessionStorage.getItem(PENDING_KEY);
  });
  return (
    <PageLayout>
      <div className="programme-page">
        <RequireAccount title={tp.join.title}>{() => (token ? <Accept token={token} /> : <p role="alert">{tp.join.noLink}</p>)}</RequireAccount>
      </div>
    </PageLayout>
  );
}

function Accept({ token }: { token: string }) {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const [result, setResult] = useState<{ ok: true; programme: ProgrammeListing } | { ok: false; failure: RestFailure } | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void api.accept(token).then((r) => {
      sessionStorage.removeItem(PENDING_KEY);
      setResult(r.ok ? { ok: true, programme: r.data } : { ok: false, failure: r.failure });
    });
  }, [api, token]);
  return (
    <div className="notice">
      <h1>{tp.join.title}</h1>
      {!result && <p role="status">{tp.join.joining}</p>}
      {result?.ok === false && <p role="alert">{accountFailureText(t, ta, result.failure)}</p>}
      {result?.ok && (
        <>
          <p role="status">{tp.join.joined(result.programme.title)}</p>
          <Link className="button button--primary" to={`/programmes/${encodeURIComponent(result.programme.programmeId)}`}>
            {tp.join.open}
          </Link>
        </>
      )}
    </div>
  );
}
