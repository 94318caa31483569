import {
  acceptProgrammeInvitationBodySchema,
  bringWorkshopBodySchema,
  newAreaWorkshopBodySchema,
  newProgrammeBodySchema,
  newProgrammeInvitationBodySchema,
  programmeBodySchema,
  type ProgrammeDetails,
} from '@roundtable/shared/programme/programmeRest';
import type { Random } from '@roundtable/shared/testing/seededRandom';
import type { AccountBrowser } from '../testing/accountClient';
import type { HttpAnswer } from './attackHttp';
import type { AccountFuzz } from './accountFuzz';
import type { BodyRoute, PreparedRequest } from './fuzzCases';

/**
 * [PROG10] The programme routes (server/src/programmes/) as the fuzz sends them. Ada (whose session the fuzz never
 * ends) makes a programme at the first case and invites Fran into it as a facilitator; each case then reads the
 * programme as it is (a case before may have changed its areas), aims at it, and after a refusal reads it again: a
 * refused request must have changed nothing of the programme.
 */
interface FuzzProgramme {
  programmeId: string;
}

const made = new WeakMap<AccountFuzz, Promise<FuzzProgramme | null>>();

async function programmeOf(a: AccountFuzz): Promise<FuzzProgramme | null> {
  let p = made.get(a);
  if (!p) {
    p = (async () => {
      const answer = await a.admin.browser.post('/api/programmes', { title: 'Fuzz programme', regions: [{ name: 'North East', areas: [{ name: 'Darlington' }, { name: 'Gateshead' }] }] });
      if (answer.status !== 201) return null;
      const programmeId = (answer.body as ProgrammeDetails).programmeId;
      const invitation = await a.admin.browser.post(`/api/programmes/${programmeId}/invitations`, { role: 'facilitator' });
      const token = new URL((invitation.body as { url: string }).url).hash.replace('#invitation=', '');
      await a.fran.browser.post('/api/programme-invitations/accept', { token });
      return { programmeId };
    })();
    made.set(a, p);
  }
  return p;
}

/** The programme as its lead reads it, or null. */
async function details(a: AccountFuzz, programmeId: string): Promise<ProgrammeDetails | null> {
  const answer = await a.admin.browser.get(`/api/programmes/${programmeId}`);
  return answer.status === 200 ? (answer.body as ProgrammeDetails) : null;
}

/** A case at Fran's programme: its path from the programme as it is now, sent with `browser`'s session. */
function atProgramme(
  path: (programme: ProgrammeDetails, random: Random, rightful: boolean) => string,
  who: (a: AccountFuzz) => { browser: AccountBrowser; label: string },
): NonNullable<BodyRoute['prepare']> {
  return async (a, _w, random, rightful): Promise<PreparedRequest | null> => {
    const programme = await programmeOf(a);
    const before = programme && (await details(a, programme.programmeId));
    if (!programme || !before) return null;
    const sender = who(a);
    return {
      browser: sender.browser,
      path: path(before, random, rightful),
      who: sender.label,
      after: async (answer: HttpAnswer) => {
        if (answer.status < 400) return null;
        const now = await details(a, programme.programmeId);
        return JSON.stringify(now) === JSON.stringify(before) ? null : `a refused request (${answer.status}) changed the programme`;
      },
    };
  };
}

/** An area without a workshop (for a rightful case), else any area or none. */
const areaPath = (programme: ProgrammeDetails, random: Random, rightful: boolean) => {
  const all = programme.regions.flatMap((r) => r.areas);
  const free = all.filter((area) => area.workshopId === null);
  const areas = rightful && free.length > 0 ? free : all;
  const areaId = areas.length > 0 && (rightful || random.chance(0.8)) ? random.pick(areas).areaId : random.pick(['no-such-area', '__proto__', 'constructor']);
  return `/api/programmes/${programme.programmeId}/areas/${areaId}/workshop`;
};
const lead = (a: AccountFuzz) => ({ browser: a.admin.browser, label: `${a.admin.label}, programme lead` });
const facilitator = (a: AccountFuzz) => ({ browser: a.fran.browser, label: `${a.fran.label}, programme facilitator` });

export const PROGRAMME_BODY_ROUTES: readonly BodyRoute[] = [
  {
    route: 'POST /api/programmes',
    path: () => '/api/programmes',
    schema: newProgrammeBodySchema,
    exported: true,
    auth: 'account',
    prepare: async (a) => ({ browser: a.fran.browser, who: a.fran.label }),
  },
  {
    route: 'PUT /api/programmes/:programmeId',
    method: 'PUT',
    path: () => '/api/programmes/:programmeId',
    schema: programmeBodySchema,
    exported: true,
    auth: 'account',
    prepare: atProgramme((p) => `/api/programmes/${p.programmeId}`, lead),
  },
  {
    route: 'POST /api/programmes/:programmeId/invitations',
    path: () => '/api/programmes/:programmeId/invitations',
    schema: newProgrammeInvitationBodySchema,
    exported: true,
    auth: 'account',
    prepare: atProgramme((p) => `/api/programmes/${p.programmeId}/invitations`, lead),
  },
  {
    route: 'POST /api/programme-invitations/accept',
    path: () => '/api/programme-invitations/accept',
    schema: acceptProgrammeInvitationBodySchema,
    exported: true,
    auth: 'account',
    // A live invitation of the programme for a facilitator, accepted by Fran (a facilitator of it already: she stays
    // one); a broken one sometimes with none.
    prepare: async (a, _w, random, rightful) => {
      const programme = await programmeOf(a);
      if (!programme) return null;
      if (!rightful && random.chance(0.3)) return { browser: a.fran.browser, who: a.fran.label };
      const invitation = await a.admin.browser.post(`/api/programmes/${programme.programmeId}/invitations`, { role: 'facilitator' });
      if (invitation.status !== 201) return null;
      const token = new URL((invitation.body as { url: string }).url).hash.replace('#invitation=', '');
      return { fields: { token }, browser: a.fran.browser, who: `${a.fran.label}, invited` };
    },
  },
  {
    route: 'POST /api/programmes/:programmeId/areas/:areaId/workshop',
    path: () => '/api/programmes/:programmeId/areas/:areaId/workshop',
    schema: newAreaWorkshopBodySchema,
    exported: true,
    auth: 'account',
    // A workshop made for an area keeps its lead seat in Fran's account, as the accounts' read-back is told.
    prepare: async (a, w, random, rightful) => {
      const prepared = await atProgramme(areaPath, facilitator)(a, w, random, rightful);
      if (!prepared) return null;
      const readBack = prepared.after!;
      return {
        ...prepared,
        after: async (answer) => {
          if (answer.status === 201) a.keptWorkshops.add((answer.body as { workshopId: string }).workshopId);
          return readBack(answer);
        },
      };
    },
  },
  {
    route: 'PUT /api/programmes/:programmeId/areas/:areaId/workshop',
    method: 'PUT',
    path: () => '/api/programmes/:programmeId/areas/:areaId/workshop',
    schema: bringWorkshopBodySchema,
    exported: true,
    auth: 'account',
    // A workshop Fran keeps a seat in (from the keep cases), when there is one.
    prepare: async (a, w, random, rightful) => {
      const prepared = await atProgramme(areaPath, facilitator)(a, w, random, rightful);
      const kept = [...a.keptWorkshops].filter((id) => id === w.workshopId);
      return prepared && (rightful && kept.length > 0 ? { ...prepared, fields: { workshopId: random.pick(kept) } } : prepared);
    },
  },
];
