import type { Logger } from '../app/logger';
import type { AccountSeats } from '../http/identity';
import type { WorkshopCreation } from '../http/restRoutes';
import type { RoomHooks } from '../workshops/roomHooks';
import type { AccountStore } from './accountStore';
import { sessionOf } from './accountSessions';

/**
 * [ACC10] Workshop access by account, for `authenticate` (REST, Socket.io and Yjs alike): a live session whose account
 * keeps a facilitator seat in the workshop is that facilitator. [ADM5] A seat kept by a disabled account opens by no
 * key at all, so disabling an account also shuts the links and workshop cookies it kept.
 */
export function accountSeats(accounts: AccountStore): AccountSeats {
  return {
    async memberOfAccount(headers, workshopId) {
      const signedIn = await sessionOf(accounts, headers);
      if (!signedIn) return null;
      const seat = await accounts.findSeatOfAccount(signedIn.account.accountId, workshopId);
      return seat ? { memberId: seat.memberId, workshopId: seat.workshopId, role: 'facilitator' } : null;
    },
    async seatDisabled(workshopId, memberId) {
      const seat = await accounts.findSeatOfMember(workshopId, memberId);
      if (!seat) return false;
      const account = await accounts.findAccount(seat.accountId);
      return account !== null && account.disabledAt !== null;
    },
  };
}

/** [ACC13] A removed facilitator's seat is released from the account that kept it, whoever removed them and how. */
export function releasingSeats(hooks: RoomHooks, accounts: AccountStore, logger: Logger): RoomHooks {
  return {
    ...hooks,
    memberRemoved(workshopId, memberId) {
      hooks.memberRemoved(workshopId, memberId);
      accounts.releaseSeat(workshopId, memberId).catch((error: unknown) => logger.error({ err: error, workshopId }, 'could not release a removed facilitator\'s seat'));
    },
  };
}

/**
 * [ACC14] How POST /api/workshops meets accounts: a workshop made while signed in keeps its lead facilitator's seat in
 * the account; one made without an account works as it always has (its links are its only keys), unless an
 * administrator has turned account-free workshops off — then the request is refused with 401 and nothing is made.
 */
export function workshopCreationByAccount(accounts: AccountStore): WorkshopCreation {
  return {
    async creator(headers) {
      const signedIn = await sessionOf(accounts, headers);
      if (signedIn) return { ok: true, accountId: signedIn.account.accountId };
      if ((await accounts.getSettings()).accountFreeWorkshops) return { ok: true, accountId: null };
      return { ok: false, error: { code: 'unauthorized', message: 'Sign in to make a workshop: on this Roundtable, workshops belong to facilitator accounts.' } };
    },
    async keepLeadSeat(accountId, workshopId, memberId) {
      await accounts.keepSeat({ workshopId, memberId, accountId, at: new Date().toISOString() });
    },
  };
}
