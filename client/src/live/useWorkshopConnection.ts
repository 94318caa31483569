import { EMPTY_PERSONAL_VIEW, type PersonalView } from '@roundtable/shared/workshop/personalView';
import type { AppError } from '@roundtable/shared/protocol/errors';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { useCallback, useEffect, useRef, useState } from 'react';
import { openCommandChannel, type Submit } from './commandChannel';
import { connectionPhase, type ConnectionPhase } from './connectionStatus';
import { openDocChannel } from './docChannel';
import { NO_DRAG_PRESENCE, type DragPresence } from './dragPresence';
import { createOutboxStorage, outboxStorageKey } from './outboxStorage';
import { measureClockOffsetMs } from './serverClock';
import type { StopReason } from './stopReason';
import type { CommandName } from '@roundtable/shared/workshop/commandSchemas';

export interface RejectedCommand {
  commandId: string;
  name: CommandName;
  error: AppError;
}

export interface WorkshopConnection {
  /** Null until the doc's first sync. */
  workshop: WorkshopState | null;
  /** Who is connected, or null while this page is not: then presence is unknown, not "offline". */
  onlineMemberIds: ReadonlySet<string> | null;
  phase: ConnectionPhase;
  pendingCount: number;
  rejected: readonly RejectedCommand[];
  dismissRejected(commandId: string): void;
  stopped: StopReason | null;
  submit: Submit;
  /** My drafts, my cards, my dots, notices to me (and, for facilitators, what Undo would undo); empty until sent. */
  personal: PersonalView;
  /** Server clock minus this device's clock, in ms (see serverClock.ts); 0 until measured. */
  clockOffsetMs: number;
  /** Drags in progress on the wall (presence). */
  dragPresence: DragPresence;
  /** The workshop's record is damaged and shown read-only until repaired (RESC1). */
  readOnly: boolean;
}

/** Rejections shown at once; older ones drop off so the alert region stays readable. */
const REJECTED_SHOWN_MAX = 5;

function useBrowserOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** Both channels of one workshop for one member, for as long as the component using it is mounted. */
export function useWorkshopConnection(workshopId: string, memberId: string): WorkshopConnection {
  const [workshop, setWorkshop] = useState<WorkshopState | null>(null);
  const [onlineMemberIds, setOnlineMemberIds] = useState<ReadonlySet<string>>(new Set());
  const [docConnected, setDocConnected] = useState(false);
  const [socketConnected, setSocketConnected] = useState(false);
  const [everLive, setEverLive] = useState(false);
  const [pendingCount, setPendingCount] = useState(0);
  const [rejected, setRejected] = useState<RejectedCommand[]>([]);
  const [stopped, setStopped] = useState<StopReason | null>(null);
  const [personal, setPersonal] = useState<PersonalView>(EMPTY_PERSONAL_VIEW);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const [dragPresence, setDragPresence] = useState<DragPresence>(NO_DRAG_PRESENCE);
  const [readOnly, setReadOnly] = useState(false);
  const submitRef = useRef<Submit | null>(null);
  const browserOnline = useBrowserOnline();

  useEffect(() => {
    const wsOrigin = window.location.origin.replace(/^http/, 'ws');
    const storage = createOutboxStorage(window.localStorage, outboxStorageKey(workshopId, memberId));
    let closed = false;
    const stop = (reason: StopReason) => {
      setStopped((current) => current ?? reason);
      closeAll();
    };
    const docChannel = openDocChannel(wsOrigin, workshopId, memberId, {
      onWorkshop: setWorkshop,
      onOnlineMembers: setOnlineMemberIds,
      onConnected: setDocConnected,
      onStop: stop,
    });
    const commandChannel = openCommandChannel(workshopId, storage, {
      onConnected: setSocketConnected,
      onPendingCount: setPendingCount,
      onRejected: (command, error) =>
        setRejected((list) => [...list, { commandId: command.commandId, name: command.name, error }].slice(-REJECTED_SHOWN_MAX)),
      onPersonalView: setPersonal,
      onReadOnly: () => setReadOnly(true),
      onStop: stop,
    });
    submitRef.current = commandChannel.submit;
    setDragPresence(docChannel.dragPresence);
    function closeAll() {
      if (closed) return;
      closed = true;
      commandChannel.close();
      docChannel.close();
      setDocConnected(false);
      setSocketConnected(false);
    }
    return closeAll;
  }, [workshopId, memberId]);

  useEffect(() => {
    if (docConnected && socketConnected) setEverLive(true);
  }, [docConnected, socketConnected]);

  useEffect(() => {
    let cancelled = false;
    void measureClockOffsetMs(workshopId).then((offset) => {
      if (!cancelled) setClockOffsetMs(offset);
    });
    return () => {
      cancelled = true;
    };
  }, [workshopId]);

  const submit = useCallback<Submit>((name, input) => {
    const current = submitRef.current;
    if (!current) return Promise.resolve({ ok: false, error: { code: 'unavailable', message: '' } });
    return current(name, input);
  }, []);

  const dismissRejected = useCallback((commandId: string) => {
    setRejected((list) => list.filter((r) => r.commandId !== commandId));
  }, []);

  const phase = connectionPhase({ socketConnected, docConnected, everLive, browserOnline, stopped: stopped !== null });
  const presence = docConnected && browserOnline ? onlineMemberIds : null;
  return { workshop, onlineMemberIds: presence, phase, pendingCount, rejected, dismissRejected, stopped, submit, personal, clockOffsetMs, dragPresence, readOnly };
}
