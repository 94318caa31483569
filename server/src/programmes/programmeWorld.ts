import { io, type Socket } from 'socket.io-client';
import { PROGRAMME_NAMESPACE, type ProgrammeDetails, type ProgrammeView } from '@roundtable/shared/programme/programmeRest';
import { SOCKET_IO_PATH } from '@roundtable/shared/protocol/events';
import { firstAdministrator, invitedMember, type AccountBrowser } from '../testing/accountClient';
import { joinTestWorkshop, memberIdOf, tokenOf, type JoinedForTest } from '../testing/restClient';
import type { WorkshopStore } from '../store/workshopStore';
import { startTestServer, type TestServer } from '../testing/testServer';

export interface Staffed {
  browser: AccountBrowser;
  accountId: string;
}

/**
 * For the programme tests: a real server with a programme of three areas in two regions, run by a lead; a facilitator
 * for each of areas A and B, each with the area's workshop made from the programme; a participant of area A (no
 * account); and a stranger (an account with no part in the programme). Area C has no workshop.
 */
export interface ProgrammeWorld {
  srv: TestServer;
  programme: ProgrammeDetails;
  areas: { a: string; b: string; c: string };
  workshops: { a: { workshopId: string; facilitatorToken: string; joinCode: string }; b: { workshopId: string; facilitatorToken: string; joinCode: string } };
  lead: Staffed;
  facA: Staffed;
  facB: Staffed;
  stranger: Staffed;
  participantA: JoinedForTest & { memberId: string };
  close(): Promise<void>;
}

async function invite(lead: AccountBrowser, programmeId: string, role: 'lead' | 'facilitator', who: Staffed): Promise<void> {
  const made = await lead.post(`/api/programmes/${programmeId}/invitations`, { role });
  if (made.status !== 201) throw new Error(`invitation: ${made.status} ${JSON.stringify(made.body)}`);
  const token = new URL(made.body.url as string).hash.replace('#invitation=', '');
  const accepted = await who.browser.post('/api/programme-invitations/accept', { token });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
}

/** `store`: the workshops' store the server runs on (its own in-memory one by default). */
export async function programmeWorld(store?: WorkshopStore): Promise<ProgrammeWorld> {
  const srv = store ? await startTestServer(store) : await startTestServer();
  const admin = await firstAdministrator(srv.url, srv.accounts);
  const lead: Staffed = { browser: admin.browser, accountId: admin.accountId };
  const member = async (email: string, name: string): Promise<Staffed> => {
    const m = await invitedMember(admin.browser, email, name);
    return { browser: m.browser, accountId: m.accountId };
  };
  const facA = await member('fac.a@example.org', 'Fran Darlington');
  const facB = await member('fac.b@example.org', 'Fred St Helens');
  const stranger = await member('stranger@example.org', 'Sam Stranger');
  const made = await lead.browser.post('/api/programmes', {
    title: 'Partnership Improvement Programme',
    objectives: ['Better partnership working between the sectors'],
    regions: [
      { name: 'North East', areas: [{ name: 'Darlington' }] },
      { name: 'North West', areas: [{ name: 'St Helens' }, { name: 'Wigan' }] },
    ],
  });
  if (made.status !== 201) throw new Error(`programme: ${made.status} ${JSON.stringify(made.body)}`);
  const programme = made.body as ProgrammeDetails;
  const [ne, nw] = programme.regions as [ProgrammeDetails['regions'][number], ProgrammeDetails['regions'][number]];
  const areas = { a: ne.areas[0]!.areaId, b: nw.areas[0]!.areaId, c: nw.areas[1]!.areaId };
  await invite(lead.browser, programme.programmeId, 'facilitator', facA);
  await invite(lead.browser, programme.programmeId, 'facilitator', facB);
  const areaWorkshop = async (fac: Staffed, areaId: string) => {
    const answer = await fac.browser.post(`/api/programmes/${programme.programmeId}/areas/${areaId}/workshop`, { facilitatorName: 'Fran' });
    if (answer.status !== 201) throw new Error(`area workshop: ${answer.status} ${JSON.stringify(answer.body)}`);
    return { workshopId: answer.body.workshopId as string, facilitatorToken: tokenOf(answer.body.facilitatorUrl as string), joinCode: answer.body.joinCode as string };
  };
  const workshops = { a: await areaWorkshop(facA, areas.a), b: await areaWorkshop(facB, areas.b) };
  const joined = await joinTestWorkshop(srv.url, workshops.a.joinCode, 'Pat Participant', 'third_sector');
  const participantA = { ...joined, memberId: await memberIdOf(srv.url, workshops.a.workshopId, joined.token) };
  return { srv, programme, areas, workshops, lead, facA, facB, stranger, participantA, close: () => srv.close() };
}

/** A browser's connection to a programme's live view, with every view it receives. */
export class ProgrammeWatcher {
  readonly socket: Socket;
  readonly views: ProgrammeView[] = [];
  /** Every frame's payload as received, for checks of what never arrives. */
  readonly frames: string[] = [];

  constructor(baseUrl: string, programmeId: string, cookie: string) {
    this.socket = io(`${baseUrl}${PROGRAMME_NAMESPACE}`, { path: SOCKET_IO_PATH, auth: { programmeId }, transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
    this.socket.onAny((event: string, ...args: unknown[]) => this.frames.push(JSON.stringify([event, ...args])));
    this.socket.on('programme:view', (view: ProgrammeView) => this.views.push(view));
  }

  /** Resolves once connected, or with the refusal the server sent. */
  connected(): Promise<{ ok: true } | { ok: false; error: { code: string; message: string } }> {
    return new Promise((resolve) => {
      this.socket.once('connect', () => resolve({ ok: true }));
      this.socket.once('connect_error', (error: Error & { data?: { code: string; message: string } }) => resolve({ ok: false, error: error.data ?? { code: 'unknown', message: error.message } }));
    });
  }

  /** The first view received (now or later) that `pass` accepts. */
  async viewWhere(pass: (view: ProgrammeView) => boolean): Promise<ProgrammeView> {
    const seen = this.views.find(pass);
    if (seen) return seen;
    return new Promise((resolve) => {
      const listener = (view: ProgrammeView) => {
        if (!pass(view)) return;
        this.socket.off('programme:view', listener);
        resolve(view);
      };
      this.socket.on('programme:view', listener);
    });
  }

  close(): void {
    this.socket.close();
  }
}
