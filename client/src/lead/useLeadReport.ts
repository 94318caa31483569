import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { ProgressUpdate } from '@roundtable/shared/review/progress';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RestFailure } from '../api/restClient';
import { useRestClient } from '../api/RestClientContext';
import { deviceStorage, pendingReports, type PendingReport } from './pendingReport';
import type { Report } from './reportDraft';

/** How often a report that could not be sent is tried again while the page stays open. */
export const RESEND_EVERY_MS = 30_000;

export type ReportOutcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** No answer, or the server was busy: the report waits on this device. */
  | { kind: 'waiting' }
  | { kind: 'recorded'; update: ProgressUpdate }
  /** The server said no to this report as it is; the form shows it again with the server's words. */
  | { kind: 'refused'; failure: RestFailure }
  /** The link was revoked while the report waited: it stays on this device for a new link. */
  | { kind: 'linkDead' };

/** Answers that may go away by themselves: no answer at all, too many tries, the server busy or failing. */
export function isTransient(failure: RestFailure): boolean {
  return failure.status === 0 || failure.status === 429 || failure.status >= 500;
}

export interface LeadReporting {
  /** The report waiting to be acknowledged, or refused and not yet put right; null when there is none. */
  pending: PendingReport | null;
  outcome: ReportOutcome;
  submit(report: Report): void;
  /** Sends the waiting report again now (same commandId). */
  resend(): void;
}

/**
 * A lead's reports, kept on this device until the server acknowledges them: a report is stored before it is sent,
 * sent again with the same commandId after a reload, when the browser is back online, and every RESEND_EVERY_MS
 * while it waits, so nothing is lost and the server records it once.
 */
export function useLeadReport(token: string, actionId: string, slot: LeadSlot, onRecorded: (update: ProgressUpdate) => void): LeadReporting {
  const api = useRestClient();
  const store = useMemo(() => pendingReports(deviceStorage()), []);
  const [pending, setPending] = useState<PendingReport | null>(() => store.get(actionId, slot));
  const [outcome, setOutcome] = useState<ReportOutcome>({ kind: 'idle' });
  const inFlight = useRef(false);

  const send = useCallback(
    async (report: PendingReport) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setOutcome({ kind: 'sending' });
      const result = await api.reportProgress(token, report.request);
      inFlight.current = false;
      if (result.ok) {
        store.remove(actionId, slot, report.request.commandId);
        setPending(null);
        setOutcome({ kind: 'recorded', update: result.data.update });
        onRecorded(result.data.update);
      } else if (result.failure.status === 401) {
        setOutcome({ kind: 'linkDead' });
      } else if (isTransient(result.failure)) {
        setOutcome({ kind: 'waiting' });
      } else {
        const refused: PendingReport = { ...report, state: 'refused' };
        store.put(refused);
        setPending(refused);
        setOutcome({ kind: 'refused', failure: result.failure });
      }
    },
    [api, token, actionId, slot, store, onRecorded],
  );

  // A report left waiting by an earlier visit goes as soon as the page opens.
  const resentOnOpen = useRef(false);
  useEffect(() => {
    if (resentOnOpen.current) return;
    resentOnOpen.current = true;
    if (pending?.state === 'sending') void send(pending);
  }, [pending, send]);

  const waiting = outcome.kind === 'waiting' && pending?.state === 'sending' ? pending : null;
  useEffect(() => {
    if (!waiting) return;
    const again = () => void send(waiting);
    window.addEventListener('online', again);
    const timer = window.setInterval(again, RESEND_EVERY_MS);
    return () => {
      window.removeEventListener('online', again);
      window.clearInterval(timer);
    };
  }, [waiting, send]);

  return {
    pending,
    outcome,
    submit(report) {
      if (inFlight.current) return;
      const next: PendingReport = { actionId, slot, request: { commandId: crypto.randomUUID(), ...report }, state: 'sending' };
      store.put(next);
      setPending(next);
      void send(next);
    },
    resend() {
      if (pending?.state === 'sending') void send(pending);
    },
  };
}
