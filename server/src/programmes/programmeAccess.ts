import type { Request, Response } from 'express';
import { safeIdText } from '@roundtable/shared/ids/ids';
import type { ProgrammeRole } from '@roundtable/shared/programme/programmeRest';
import type { AccountStore } from '../accounts/accountStore';
import { requireSignedIn, type SignedInRequest } from '../accounts/accountSessions';
import { sendError } from '../http/restRoutes';
import type { ProgrammeRecord, ProgrammeStore, StaffRecord } from './programmeStore';

export interface ProgrammeAccess {
  signedIn: SignedInRequest;
  programme: ProgrammeRecord;
  staff: StaffRecord;
}

const NO_SUCH_PROGRAMME = 'There is no such programme in your account.';

/**
 * [PROG1] [PROG8] Who is asking about `:programmeId`, or an error already sent: 401 when not signed in; 404 when the
 * account is not staff of the programme, exactly as for one that does not exist (its existence is not revealed); 403
 * when it is staff without the role the route needs.
 */
export async function programmeAccess(
  deps: { accounts: AccountStore; programmes: ProgrammeStore },
  req: Request,
  res: Response,
  needs: ProgrammeRole | 'staff',
): Promise<ProgrammeAccess | null> {
  const signedIn = await requireSignedIn(deps.accounts, req, res);
  if (!signedIn) return null;
  const programmeId = safeIdText.safeParse(req.params.programmeId);
  const staff = programmeId.success ? await deps.programmes.findStaff(programmeId.data, signedIn.account.accountId) : null;
  const programme = staff ? await deps.programmes.findProgramme(staff.programmeId) : null;
  if (!staff || !programme) {
    sendError(res, { code: 'not_found', message: NO_SUCH_PROGRAMME });
    return null;
  }
  if (needs !== 'staff' && staff.role !== needs) {
    sendError(res, {
      code: 'forbidden',
      message: needs === 'lead' ? 'Only a lead of this programme can do that.' : 'Only a facilitator of this programme can do that: programme leads see the areas’ published outputs, and do not run their workshops.',
    });
    return null;
  }
  return { signedIn, programme, staff };
}
