import type { MeResponse } from '@roundtable/shared/protocol/rest';
import { createTestWorkshop, joinTestWorkshop } from '../src/testing/restClient';
import { inParallel } from './inParallel';
import type { ServerKind } from './serverProcess';

/** One member as a simulator connects it. */
export interface BenchMember {
  memberId: string;
  token: string;
}

/** A workshop as the simulators need it: where to connect, its lead facilitator, and its participants. */
export interface BenchWorkshop {
  workshopId: string;
  /** The workshop's creator (the lead facilitator): drives the board in the board scenario, idle otherwise. */
  facilitator: BenchMember;
  participants: BenchMember[];
}

/** REST requests in flight at once while setting up (joins within one workshop are serialised by the server anyway). */
const SETUP_CONCURRENCY = 8;

/**
 * The workshops to simulate. Roundtable: created and joined through the REST API, as people do (each
 * participant gets a member id and a token; the creator's link is the lead facilitator's). Reference: rooms and
 * member keys are just names.
 */
export async function prepareBenchWorkshops(kind: ServerKind, url: string, workshops: number, participants: number): Promise<BenchWorkshop[]> {
  if (kind === 'reference') {
    return Array.from({ length: workshops }, (_, w) => ({
      workshopId: `room-${w}`,
      facilitator: { memberId: 'facilitator', token: '' },
      participants: Array.from({ length: participants }, (_, p) => ({ memberId: `member-${p}`, token: '' })),
    }));
  }
  const created = await inParallel(workshops, SETUP_CONCURRENCY, async (w) => {
    const workshop = await createTestWorkshop(url, `Bench workshop ${w + 1}`, 'Benchshire');
    return { ...workshop, facilitatorId: await memberIdOf(url, workshop.workshopId, workshop.leadToken) };
  });
  const joins = await inParallel(workshops * participants, SETUP_CONCURRENCY, async (i) => {
    const workshop = created[i % workshops]!;
    const joined = await joinTestWorkshop(url, workshop.joinCode, `Participant ${i}`);
    return { workshopId: workshop.workshopId, memberId: joined.participantId, token: joined.token };
  });
  return created.map((workshop) => ({
    workshopId: workshop.workshopId,
    facilitator: { memberId: workshop.facilitatorId, token: workshop.leadToken },
    participants: joins.filter((j) => j.workshopId === workshop.workshopId).map(({ memberId, token }) => ({ memberId, token })),
  }));
}

/** The member id behind a link's token (`GET /api/workshops/:id/me`), as the browser learns its own. */
async function memberIdOf(url: string, workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${url}/api/workshops/${encodeURIComponent(workshopId)}/me`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /me failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as MeResponse).memberId;
}
