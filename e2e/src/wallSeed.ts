import type { BoardPhase } from '@roundtable/shared/board/board';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { createTestWorkshop, joinTestWorkshop, type CreatedForTest, type JoinedForTest } from '../../server/src/testing/restClient';
import { WorkshopClient } from '../../server/src/testing/workshopClient';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';
import type { Sector } from '@roundtable/shared/members/sector';

/*
 * A board with cards on it, made quickly through the server's own API (REST to create and join, Socket.io commands
 * through the real client), for the wall's browser test and its frame-time benchmark. Nothing here reaches into the
 * server or its store: the workshop is as a facilitator's console would have made it.
 */

export const WALL_WORKSHOP = { title: 'Darlington PIP 2026', area: 'Darlington' };
/** Session 2's first board, as the PIP template names it. */
export const WALL_BOARD_TITLE = 'Benefits of partnership working';
const WALL_SESSION_NUMBER = 2;

/** The cards a session-two benefits board gathers, by the cluster a facilitator puts them in. 5 × 12 = 60. */
export const CLUSTERED_CARDS: readonly { cluster: string; cards: readonly { text: string; sector: Sector }[] }[] = [
  {
    cluster: 'Money and resources',
    cards: [
      { text: 'Pooling budgets stretches every pound further', sector: 'local_authority' },
      { text: 'Access to extra funding and premises', sector: 'third_sector' },
      { text: 'Joint bids for national lottery money', sector: 'third_sector' },
      { text: 'Sharing buildings cuts running costs', sector: 'local_authority' },
      { text: 'Fewer duplicated services in the same streets', sector: 'other_public' },
      { text: 'Match funding the council can offer', sector: 'local_authority' },
      { text: 'Three-year grants instead of yearly ones', sector: 'third_sector' },
      { text: 'Shared back-office: payroll, IT, HR', sector: 'other' },
      { text: 'Community assets transferred, not sold', sector: 'third_sector' },
      { text: 'Social value in every council contract', sector: 'local_authority' },
      { text: 'Volunteer hours counted as match funding', sector: 'third_sector' },
      { text: 'Less money spent on crisis services later', sector: 'other_public' },
    ],
  },
  {
    cluster: 'People and skills',
    cards: [
      { text: 'Shared training for council and charity staff', sector: 'local_authority' },
      { text: 'Volunteers reach people the council cannot', sector: 'third_sector' },
      { text: 'Secondments both ways between sectors', sector: 'local_authority' },
      { text: 'Mentoring for small charity trustees', sector: 'third_sector' },
      { text: 'Staff who understand each other’s pressures', sector: 'other_public' },
      { text: 'Specialist knowledge of small groups valued', sector: 'third_sector' },
      { text: 'Joint induction for new staff in both sectors', sector: 'local_authority' },
      { text: 'Council officers volunteering a day a year', sector: 'local_authority' },
      { text: 'A named contact in each council department', sector: 'third_sector' },
      { text: 'Young people trained as community researchers', sector: 'other' },
      { text: 'Leadership courses open to both sectors', sector: 'other_public' },
      { text: 'Skills swap register for the borough', sector: 'third_sector' },
    ],
  },
  {
    cluster: 'Communication',
    cards: [
      { text: 'A joint newsletter for both sectors every quarter', sector: 'third_sector' },
      { text: 'Plain English in every council letter', sector: 'other' },
      { text: 'One website listing local services', sector: 'local_authority' },
      { text: 'Early warning of policy changes', sector: 'third_sector' },
      { text: 'Regular open forums with council leaders', sector: 'third_sector' },
      { text: 'Feedback on consultations actually published', sector: 'other_public' },
      { text: 'Shared calendar of community events', sector: 'local_authority' },
      { text: 'Fewer meetings, better minutes', sector: 'third_sector' },
      { text: 'A single email list for the whole sector', sector: 'third_sector' },
      { text: 'Council reports written for residents', sector: 'other' },
      { text: 'Good news stories told together', sector: 'local_authority' },
      { text: 'Data shared, with consent, between partners', sector: 'other_public' },
    ],
  },
  {
    cluster: 'Power and decisions',
    cards: [
      { text: 'Decisions made closer to local people', sector: 'local_authority' },
      { text: 'Small charities heard by council leaders', sector: 'third_sector' },
      { text: 'Third sector seats on the health board', sector: 'third_sector' },
      { text: 'Co-designed services, not consulted ones', sector: 'third_sector' },
      { text: 'Shared priorities written down and signed', sector: 'local_authority' },
      { text: 'Clear terms of reference for joint meetings', sector: 'local_authority' },
      { text: 'Residents on commissioning panels', sector: 'other' },
      { text: 'A compact both sides keep to', sector: 'third_sector' },
      { text: 'Risks shared, not passed down', sector: 'third_sector' },
      { text: 'Ward budgets decided in public', sector: 'other_public' },
      { text: 'Council listens before it decides', sector: 'third_sector' },
      { text: 'Equal say for the smallest partner', sector: 'third_sector' },
    ],
  },
  {
    cluster: 'Trust and culture',
    cards: [
      { text: 'Room to try new ideas and take risks', sector: 'third_sector' },
      { text: 'People who trust each other across sectors', sector: 'local_authority' },
      { text: 'Problems raised early and without blame', sector: 'other_public' },
      { text: 'Long-term relationships, not project by project', sector: 'third_sector' },
      { text: 'Each side keeps its promises', sector: 'local_authority' },
      { text: 'Respect for charities’ independence', sector: 'third_sector' },
      { text: 'Celebrating what went well together', sector: 'other' },
      { text: 'Honesty about what the council cannot do', sector: 'local_authority' },
      { text: 'Learning from mistakes, openly', sector: 'other_public' },
      { text: 'Partnership seen as normal work, not extra', sector: 'local_authority' },
      { text: 'Informal contact between meetings', sector: 'third_sector' },
      { text: 'Shared pride in the borough', sector: 'other' },
    ],
  },
];

/** A card text for the benchmark, varied in length as real cards are (about 20 to 120 characters). */
export function benchCardText(i: number): string {
  const group = CLUSTERED_CARDS[i % CLUSTERED_CARDS.length]!;
  const card = group.cards[Math.floor(i / CLUSTERED_CARDS.length) % group.cards.length]!;
  const tails = ['', ', for a start', ' in every ward of the borough', ', as the last three years have shown us in practice'];
  return `${card.text}${tails[i % tails.length]} (#${i + 1})`;
}

/** What a seeded workshop gives a test: its links (the browser signs in with them) and a live facilitator client. */
export interface SeededWorkshop {
  baseUrl: string;
  created: CreatedForTest;
  /** The lead facilitator's client: commands as the console would send them. */
  lead: WorkshopClient;
  /**
   * The lead's client and two more connections of the lead's, which seeding takes turns on, one command at a time
   * (so in the same order as from one): the server allows a connection COMMANDS_PER_10_S (60), and seeding a board
   * of 60 clustered cards takes about 125 commands, which on one connection waited out the limit for ~20 s.
   */
  seeders: readonly WorkshopClient[];
  boardId: string;
  close(): void;
}

/** Seeding connections besides the lead's own client. */
const EXTRA_SEEDERS = 2;
let seederTurn = 0;

/** The workshop's next seeding connection, in turn. */
function seeder(workshop: SeededWorkshop): WorkshopClient {
  seederTurn += 1;
  return workshop.seeders[seederTurn % workshop.seeders.length]!;
}

/** Sends a command and throws with the server's message if it is refused. */
export async function sendOrThrow<K extends CommandName>(client: WorkshopClient, name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<CommandData[K]> {
  const ack = await client.send(name, input);
  if (!ack.ok) throw new Error(`${name} was refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Who a token is in a workshop, as `GET /api/workshops/:id/me` says. */
export async function memberIdOf(baseUrl: string, workshopId: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/workshops/${encodeURIComponent(workshopId)}/me`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET /me: ${res.status}`);
  return ((await res.json()) as { memberId: string }).memberId;
}

function sessionBoard(state: WorkshopState): { sessionId: string; boardId: string } {
  const session = Object.values(state.sessions).find((s) => s.number === WALL_SESSION_NUMBER);
  const board = session && Object.values(state.boards).find((b) => b.sessionId === session.id && b.title === WALL_BOARD_TITLE);
  if (!session || !board) throw new Error(`The workshop has no board “${WALL_BOARD_TITLE}” in session ${WALL_SESSION_NUMBER}.`);
  return { sessionId: session.id, boardId: board.id };
}

/**
 * A new workshop with session two current and its benefits board open to cards (open contributing, so cards are on
 * the board as they are written), at `phase`, and everyone's screen brought to it.
 */
export async function seedWorkshop(baseUrl: string, phase: 'contribute' | 'reveal' | 'group'): Promise<SeededWorkshop> {
  const created = await createTestWorkshop(baseUrl, WALL_WORKSHOP.title, WALL_WORKSHOP.area);
  const leadId = await memberIdOf(baseUrl, created.workshopId, created.leadToken);
  const connect = () => new WorkshopClient(baseUrl, created.workshopId, leadId, created.leadToken, { ackTimeoutMs: 30_000, presence: false });
  const lead = connect();
  const seeders = [lead, ...Array.from({ length: EXTRA_SEEDERS }, connect)];
  const close = () => seeders.forEach((client) => client.close());
  try {
    await Promise.all(seeders.flatMap((client) => [client.whenSynced(), client.whenConnected()]));
    const { sessionId, boardId } = sessionBoard(lead.state());
    await sendOrThrow(lead, 'session:open', { sessionId });
    await sendOrThrow(lead, 'board:configure', { boardId, contributing: 'open', anonymous: true });
    const steps: BoardPhase[] = ['draft', 'contribute', 'reveal', 'group'];
    for (let i = 1; i <= steps.indexOf(phase); i++) await sendOrThrow(lead, 'board:setPhase', { boardId, from: steps[i - 1]!, to: steps[i]! });
    await sendOrThrow(lead, 'board:focus', { boardId });
    return { baseUrl, created, lead, seeders, boardId, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** Scribes `cards` onto the board as the facilitator would (with each card's sector); returns their ids in order. */
export async function scribeCards(seeded: SeededWorkshop, cards: readonly { text: string; sector: Sector }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const card of cards) ids.push((await sendOrThrow(seeder(seeded), 'card:add', { boardId: seeded.boardId, text: card.text, sector: card.sector })).cardId);
  return ids;
}

export interface SeededClusters {
  /** Cluster ids by name. */
  clusterIds: Map<string, string>;
  /** Card ids by text. */
  cardIds: Map<string, string>;
}

/**
 * The 60 cards of CLUSTERED_CARDS and their 5 clusters (the board must be at reveal or group): each group's cards go
 * into its cluster except its last `looseEach`, which stay loose for a test to cluster.
 */
export async function seedClusteredCards(seeded: SeededWorkshop, looseEach = 0): Promise<SeededClusters> {
  const clusterIds = new Map<string, string>();
  const cardIds = new Map<string, string>();
  for (const group of CLUSTERED_CARDS) {
    const { clusterId } = await sendOrThrow(seeder(seeded), 'cluster:add', { boardId: seeded.boardId, name: group.cluster });
    clusterIds.set(group.cluster, clusterId);
    const ids = await scribeCards(seeded, group.cards);
    for (const [i, cardId] of ids.entries()) {
      cardIds.set(group.cards[i]!.text, cardId);
      if (i < ids.length - looseEach) await sendOrThrow(seeder(seeded), 'card:move', { cardId, clusterId });
    }
  }
  return { clusterIds, cardIds };
}

/** `count` participants joined through the REST API, alternating council and third sector (with a few others). */
export async function joinParticipants(baseUrl: string, joinCode: string, count: number): Promise<JoinedForTest[]> {
  const sectors: Sector[] = ['local_authority', 'third_sector', 'third_sector', 'local_authority', 'other_public'];
  const joined: JoinedForTest[] = [];
  for (let i = 0; i < count; i++) {
    joined.push(await joinTestWorkshop(baseUrl, joinCode, `Participant ${i + 1}`, sectors[i % sectors.length]!, `Organisation ${i + 1}`));
  }
  return joined;
}
