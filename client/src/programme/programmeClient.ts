import type {
  AreaOutputs,
  AreaWorkshopCreated,
  CreatedProgrammeInvitation,
  NewAreaWorkshopBody,
  NewProgrammeInvitationBody,
  NewProgrammeBody,
  ProgrammeDetails,
  ProgrammeListing,
  ProgrammeView,
} from '@roundtable/shared/programme/programmeRest';
import { failureFromBody, request, type Fetch, type RestResult } from '../api/restClient';

const seg = encodeURIComponent;

/** The programme calls of shared/src/programme/programmeRest.ts, on the account's session cookie. */
export function createProgrammeClient(fetchFn: Fetch = (input, init) => fetch(input, init)) {
  const base = (programmeId: string) => `/api/programmes/${seg(programmeId)}`;
  return {
    mine: () => request<{ programmes: ProgrammeListing[] }>(fetchFn, 'GET', '/api/programmes'),
    create: (body: NewProgrammeBody) => request<ProgrammeDetails>(fetchFn, 'POST', '/api/programmes', { body }),
    details: (programmeId: string) => request<ProgrammeDetails>(fetchFn, 'GET', base(programmeId)),
    view: (programmeId: string) => request<ProgrammeView>(fetchFn, 'GET', `${base(programmeId)}/areas`),
    outputs: (programmeId: string, areaId: string) => request<AreaOutputs>(fetchFn, 'GET', `${base(programmeId)}/areas/${seg(areaId)}/outputs`),
    invite: (programmeId: string, body: NewProgrammeInvitationBody) => request<CreatedProgrammeInvitation>(fetchFn, 'POST', `${base(programmeId)}/invitations`, { body }),
    accept: (token: string) => request<ProgrammeListing>(fetchFn, 'POST', '/api/programme-invitations/accept', { body: { token } }),
    makeWorkshop: (programmeId: string, areaId: string, body: NewAreaWorkshopBody) => request<AreaWorkshopCreated>(fetchFn, 'POST', `${base(programmeId)}/areas/${seg(areaId)}/workshop`, { body }),
    /** Answered 204 when it worked. */
    async bringWorkshop(programmeId: string, areaId: string, workshopId: string): Promise<RestResult<null>> {
      const init: RequestInit = { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ workshopId }), credentials: 'same-origin' };
      const response = await fetchFn(`${base(programmeId)}/areas/${seg(areaId)}/workshop`, init).catch(() => null);
      if (response?.ok) return { ok: true, data: null };
      return { ok: false, failure: failureFromBody(response?.status ?? 0, await response?.json().catch(() => null)) };
    },
  };
}

export type ProgrammeClient = ReturnType<typeof createProgrammeClient>;
