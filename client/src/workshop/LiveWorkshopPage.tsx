import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link, useMatch } from 'react-router';
import { useT } from '../i18n/t';
import { CommandErrors } from '../live/CommandErrors';
import { ConnectionStatus } from '../live/ConnectionStatus';
import { LiveWorkshopContext, type LiveWorkshop } from '../live/LiveWorkshopContext';
import { stopReasonText, type StopReason } from '../live/stopReason';
import { useWorkshopConnection } from '../live/useWorkshopConnection';
import { PageLayout } from '../PageLayout';
import '../live/live.css';
import { ParticipantView } from '../participant/ParticipantView';
import { selfIn } from './selfIn';

// Participants' phones never load the console (and its QR encoder).
const FacilitatorConsole = lazy(() => import('../console/FacilitatorConsole').then((m) => ({ default: m.FacilitatorConsole })));
// The board wall (`/w/:id/wall`) and the console's views are for facilitators only; participants opening their
// addresses get their own view.
const WallPage = lazy(() => import('../wall/WallPage').then((m) => ({ default: m.WallPage })));

/** The workshop while connected: the facilitator console or the participant view, by role. */
export function LiveWorkshopPage({ me }: { me: MeResponse }) {
  const t = useT();
  const connection = useWorkshopConnection(me.workshopId, me.memberId);
  const { workshop, onlineMemberIds, submit, personal, clockOffsetMs, dragPresence } = connection;
  const onWall = useMatch('/w/:workshopId/wall') !== null;
  const self = workshop ? selfIn(workshop, me) : null;
  // The doc shows a removal even if 'member:removed' was missed (offline, or the Yjs close came first).
  const stopped: StopReason | null = self?.removedAt ? { kind: 'removed' } : connection.stopped;

  const live = useMemo<LiveWorkshop | null>(
    () => (workshop ? { workshop, me, onlineMemberIds, submit, personal, clockOffsetMs, dragPresence } : null),
    [workshop, me, onlineMemberIds, submit, personal, clockOffsetMs, dragPresence],
  );

  useEffect(() => {
    document.title = workshop ? `${workshop.meta.title} – ${t.appName}` : t.appName;
  }, [workshop, t]);

  const status = <ConnectionStatus phase={stopped ? 'offline' : connection.phase} pendingCount={connection.pendingCount} />;
  if (stopped) {
    return (
      <PageLayout status={status} account={me.role === 'facilitator'}>
        <div className="notice">
          <h1>{workshop?.meta.title ?? t.appName}</h1>
          <p role="alert">{stopReasonText(t, stopped)}</p>
          <p>
            {stopped.kind === 'outdated' || stopped.kind === 'docClosed' ? (
              <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
                {t.entry.reload}
              </button>
            ) : (
              <Link to="/">{t.goHome}</Link>
            )}
          </p>
        </div>
      </PageLayout>
    );
  }
  return (
    <PageLayout status={status} account={me.role === 'facilitator'}>
      {connection.readOnly && (
        <p className="read-only-notice" role="alert">
          {me.role === 'facilitator' ? t.readOnly.facilitator : t.readOnly.participant}
        </p>
      )}
      <CommandErrors rejected={connection.rejected} onDismiss={connection.dismissRejected} />
      {live ? (
        <LiveWorkshopContext.Provider value={live}>
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            {me.role !== 'facilitator' ? <ParticipantView /> : onWall ? <WallPage /> : <FacilitatorConsole />}
          </Suspense>
        </LiveWorkshopContext.Provider>
      ) : (
        <p role="status">{t.loading}</p>
      )}
    </PageLayout>
  );
}
