import type { PersonalView } from '@roundtable/shared/workshop/personalView';
import type { MeResponse } from '@roundtable/shared/protocol/rest';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { createContext, useContext } from 'react';
import type { Submit } from './commandChannel';
import type { DragPresence } from './dragPresence';

/**
 * What every component inside a live workshop may use: the synced state, who I am, who is here, my own private
 * part of the workshop, the server's clock, and `submit`.
 */
export interface LiveWorkshop {
  workshop: WorkshopState;
  me: MeResponse;
  /** Null while this page is not connected: presence is then unknown. */
  onlineMemberIds: ReadonlySet<string> | null;
  submit: Submit;
  /** What only I may see: my drafts, my cards, my dots, notices to me; EMPTY_PERSONAL_VIEW until the server sends it. */
  personal: PersonalView;
  /** Add to `Date.now()` to read the server's clock (countdowns end on it). */
  clockOffsetMs: number;
  /** Drags in progress on the board wall, mine and other facilitators' (presence, never committed). */
  dragPresence: DragPresence;
}

export const LiveWorkshopContext = createContext<LiveWorkshop | null>(null);

export function useLiveWorkshop(): LiveWorkshop {
  const live = useContext(LiveWorkshopContext);
  if (!live) throw new Error('useLiveWorkshop() is only available inside a live workshop.');
  return live;
}
