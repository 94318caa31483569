import { randomUUID } from 'node:crypto';
import { BOARD_PHASES, type BoardPhase, boardsOfSession } from '@roundtable/shared/board/board';
import type { BoardId, MemberId } from '@roundtable/shared/ids/ids';
import type { RunningServer } from '../app/createServer';
import { bearer, httpCall, jsonPost, tokenInLink } from './attackHttp';
import { AttackSocket } from './attackSocket';
import { liveState } from './storedAndLive';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';
import type { Sector } from '@roundtable/shared/members/sector';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { type Role } from '@roundtable/shared/command/actor';
import { type WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * Setting workshops up as people do, through the real REST routes and real sockets: create, join, and drive boards
 * and the plan with commands that must succeed. Only the attacks themselves send what people would not.
 */
export interface Member {
  label: string;
  role: Role;
  memberId: MemberId;
  token: string;
  socket: AttackSocket;
}

export interface CreatedWorkshop {
  workshopId: string;
  joinCode: string;
  lead: Member;
  co: Member;
}

async function memberIdOf(baseUrl: string, workshopId: string, token: string): Promise<MemberId> {
  const me = await httpCall(baseUrl, { method: 'GET', path: `/api/workshops/${workshopId}/me`, headers: bearer(token) });
  const memberId = (me.body as { memberId?: string }).memberId;
  if (me.status !== 200 || !memberId) throw new Error(`who am I failed: ${me.status} ${JSON.stringify(me.body)}`);
  return memberId as MemberId;
}

async function connected(baseUrl: string, workshopId: string, label: string, role: Role, token: string, memberId: MemberId): Promise<Member> {
  const socket = new AttackSocket(baseUrl, workshopId, token);
  await socket.whenConnected();
  return { label, role, memberId, token, socket };
}

/** A workshop made by `POST /api/workshops`, with both facilitators connected. */
export async function createWorkshop(baseUrl: string, title: string): Promise<CreatedWorkshop> {
  const res = await httpCall(baseUrl, jsonPost('/api/workshops', { title, area: 'Attack Vale', facilitatorName: 'Ann Facilitator' }));
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as { workshopId: string; joinCode: string; facilitatorUrl: string; coFacilitatorUrl: string };
  const [leadToken, coToken] = [tokenInLink(body.facilitatorUrl), tokenInLink(body.coFacilitatorUrl)];
  const [leadId, coId] = await Promise.all([memberIdOf(baseUrl, body.workshopId, leadToken), memberIdOf(baseUrl, body.workshopId, coToken)]);
  return {
    workshopId: body.workshopId,
    joinCode: body.joinCode,
    lead: await connected(baseUrl, body.workshopId, 'lead facilitator', 'facilitator', leadToken, leadId),
    co: await connected(baseUrl, body.workshopId, 'co-facilitator', 'facilitator', coToken, coId),
  };
}

/** A participant joined by `POST /api/join`, connected. */
export async function joinWorkshop(baseUrl: string, workshopId: string, joinCode: string, name: string, sector: Sector): Promise<Member> {
  const res = await httpCall(baseUrl, jsonPost('/api/join', { joinCode, name, organisation: `${name}'s organisation`, sector }));
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as { participantId: string; participantUrl: string };
  return connected(baseUrl, workshopId, `participant ${name}`, 'participant', tokenInLink(body.participantUrl), body.participantId as MemberId);
}

/** Sends a command that must succeed (setting up), returning its data. */
export async function must<K extends CommandName>(member: Member, name: K, payload: Omit<CommandInput<K>, 'commandId'>): Promise<Record<string, unknown>> {
  const outcome = await member.socket.emit(name, [{ commandId: randomUUID(), ...payload }], true, 10_000);
  if (outcome.kind !== 'ack' || !outcome.ack.ok) throw new Error(`setting up, ${member.label}'s ${name} ${JSON.stringify(payload)} failed: ${JSON.stringify(outcome)}`);
  return (outcome.ack.data ?? {}) as Record<string, unknown>;
}

/** Every board of the workshop, session by session, in agenda order. */
export function boardsInOrder(state: WorkshopState): BoardId[] {
  return sessionsInOrder(state).flatMap((s) => boardsOfSession(state, s.id).map((b) => b.id));
}

export async function stateOf(server: RunningServer, workshopId: string): Promise<WorkshopState> {
  const live = await liveState(server, workshopId);
  if (!live.ok) throw new Error(`workshop ${workshopId}: ${live.error}`);
  return live.state;
}

/** [PH1] Moves a board one phase at a time to `target`. */
export async function stepBoardTo(server: RunningServer, facilitator: Member, workshopId: string, boardId: BoardId, target: BoardPhase): Promise<void> {
  let phase = (await stateOf(server, workshopId)).boards[boardId]!.phase;
  while (phase !== target) {
    const next = BOARD_PHASES[BOARD_PHASES.indexOf(phase) + (BOARD_PHASES.indexOf(target) > BOARD_PHASES.indexOf(phase) ? 1 : -1)]!;
    await must(facilitator, 'board:setPhase', { boardId, from: phase, to: next });
    phase = next;
  }
}

/** A board at `phase` with open contributing and cards from `authors` (participants write; facilitators scribe). */
export async function boardWithCards(server: RunningServer, workshopId: string, facilitator: Member, boardId: BoardId, authors: readonly Member[], phase: BoardPhase): Promise<string[]> {
  await must(facilitator, 'board:configure', { boardId, contributing: 'open', participantsCanGroup: true, votesPerParticipant: 5 });
  await stepBoardTo(server, facilitator, workshopId, boardId, 'contribute');
  const cardIds: string[] = [];
  for (const [i, author] of authors.entries()) {
    const data = await must(author, 'card:add', { boardId, text: `Card ${i + 1} by ${author.label}` });
    cardIds.push(data.cardId as string);
  }
  await stepBoardTo(server, facilitator, workshopId, boardId, phase);
  return cardIds;
}

/** A lead's or a sponsor's link, made by a facilitator through REST; returns the token in its #fragment. */
export async function makeLink(baseUrl: string, workshopId: string, facilitator: Member, kind: 'lead-links' | 'share-links', body: unknown = {}): Promise<{ token: string; linkId: string }> {
  const res = await httpCall(baseUrl, jsonPost(`/api/workshops/${workshopId}/${kind}`, body, bearer(facilitator.token)));
  if (res.status !== 201) throw new Error(`making a ${kind} link failed: ${res.status} ${JSON.stringify(res.body)}`);
  const made = res.body as { url: string; link: { linkId: string } };
  return { token: tokenInLink(made.url), linkId: made.link.linkId };
}
