import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { PROGRAMME_NAMESPACE, type ProgrammeView } from '@roundtable/shared/programme/programmeRest';
import { SOCKET_IO_PATH } from '@roundtable/shared/protocol/events';

export interface ProgrammeLive {
  view: ProgrammeView | null;
  connected: boolean;
}

/** [PROG9] The programme view as the server sends it live (a lead's page only), the latest one received. */
export function useProgrammeLive(programmeId: string, enabled: boolean): ProgrammeLive {
  const [view, setView] = useState<ProgrammeView | null>(null);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const socket = io(PROGRAMME_NAMESPACE, { path: SOCKET_IO_PATH, auth: { programmeId }, withCredentials: true });
    socket.on('connect', () => setConnected(true));
    socket.on('disconnect', () => setConnected(false));
    socket.on('programme:view', (next: ProgrammeView) => setView(next));
    return () => {
      socket.close();
    };
  }, [programmeId, enabled]);
  return { view, connected };
}
