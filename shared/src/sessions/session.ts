import type { SessionId } from '../ids/ids';
import type { WorkshopState } from '../workshop/workshop';

/** A half-day meeting of the workshop, with its agenda of boards. */
export interface Session {
  id: SessionId;
  /** 1-5: the PIP session this is. Fixed; sessions are renamed, not reordered. */
  number: number;
  title: string;
  agenda: string;
  /** Calendar date (YYYY-MM-DD) or null while unscheduled. */
  date: string | null;
}

/** Sessions in PIP order. */
export function sessionsInOrder(state: WorkshopState): Session[] {
  return Object.values(state.sessions).sort((a, b) => a.number - b.number);
}
