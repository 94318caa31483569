import type { Request } from 'express';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';
import type { Logger } from '../app/logger';
import type { AccountStore } from '../accounts/accountStore';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import type { ProgrammeLive } from './programmeLive';
import type { ProgrammeStore } from './programmeStore';

/** What the programme routes need from the running server. */
export interface ProgrammeDeps {
  programmes: ProgrammeStore;
  accounts: AccountStore;
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  context: () => TransitionContext;
  publicUrl: (req: Request) => string;
  live: ProgrammeLive;
}
