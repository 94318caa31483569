import { createTestWorkshop, joinTestWorkshop } from '../src/testing/restClient';
import { inParallel } from './inParallel';
import type { ServerKind } from './serverProcess';

/** A workshop as the simulators need it: where to connect and who its participants are. */
export interface BenchWorkshop {
  workshopId: string;
  participants: { memberId: string; token: string }[];
}

/** REST requests in flight at once while setting up (joins within one workshop are serialised by the server anyway). */
const SETUP_CONCURRENCY = 8;

/**
 * The workshops to simulate. Roundtable: created and joined through the REST API, as people do (each
 * participant gets a member id and a token). Reference: rooms and member keys are just names.
 */
export async function prepareBenchWorkshops(kind: ServerKind, url: string, workshops: number, participants: number): Promise<BenchWorkshop[]> {
  if (kind === 'reference') {
    return Array.from({ length: workshops }, (_, w) => ({
      workshopId: `room-${w}`,
      participants: Array.from({ length: participants }, (_, p) => ({ memberId: `member-${p}`, token: '' })),
    }));
  }
  const created = await inParallel(workshops, SETUP_CONCURRENCY, (w) => createTestWorkshop(url, `Bench workshop ${w + 1}`, 'Benchshire'));
  const joins = await inParallel(workshops * participants, SETUP_CONCURRENCY, async (i) => {
    const workshop = created[i % workshops]!;
    const joined = await joinTestWorkshop(url, workshop.joinCode, `Participant ${i}`);
    return { workshopId: workshop.workshopId, memberId: joined.participantId, token: joined.token };
  });
  return created.map((workshop) => ({
    workshopId: workshop.workshopId,
    participants: joins.filter((j) => j.workshopId === workshop.workshopId).map(({ memberId, token }) => ({ memberId, token })),
  }));
}
