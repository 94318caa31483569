import type { BoardId, MemberId } from '@roundtable/shared/ids/ids';
import type { RunningServer } from '../app/createServer';
import { WorkshopClient } from '../testing/workshopClient';
import { boardsInOrder, boardWithCards, createWorkshop, joinWorkshop, makeLink, must, stateOf, stepBoardTo, type Member } from './workshopScript';
import type { Sector } from '@roundtable/shared/members/sector';

/**
 * The workshops the fuzzer attacks, each set up through the real routes into a stage where commands get past the
 * phase checks: `boards` (boards at contribute, private drafts, group with clusters, vote, agree), `plan` (an agreed
 * plan with its draft of the next version, lead and share links), `survey` (the feedback survey open, one answer in).
 * Each has an observer: a participant whose stock Yjs client shows what members see.
 */
export type WorkshopKind = 'boards' | 'plan' | 'survey';

export interface Actor extends Member {
  answeredSurvey: boolean;
}

export interface FuzzWorkshop {
  label: string;
  kind: WorkshopKind;
  workshopId: string;
  actors: Actor[];
  /** Lead links' tokens (Bearer for `/api/lead/…`) and share links' (for `/api/shared/…`). */
  leadTokens: string[];
  shareTokens: string[];
  observer: WorkshopClient;
  observerId: MemberId;
  /** Ids the server handed out in acks that the shared state does not show (private drafts), by field name. */
  learnedIds: Map<string, string[]>;
  /** Set once the workshop has been found lost: it is reported, not attacked further. */
  retired: boolean;
  /** Set once the observer's doc has been found to differ: reported once, not waited for again. */
  observerDiverged: boolean;
}

export interface FuzzServer {
  url: string;
  server: RunningServer;
}

const SECTORS: readonly Sector[] = ['local_authority', 'third_sector', 'other_public', 'other'];

/** The workshop's `index`th participant: council, third sector, other public body, other, and round again. */
async function newParticipant(ctx: FuzzServer, workshopId: string, index: number): Promise<Actor> {
  const state = await stateOf(ctx.server, workshopId);
  const member = await joinWorkshop(ctx.url, workshopId, state.meta.joinCode, `Pat ${index + 1}`, SECTORS[index % SECTORS.length]!);
  return { ...member, answeredSurvey: false };
}

async function observe(ctx: FuzzServer, workshopId: string): Promise<{ observer: WorkshopClient; observerId: MemberId }> {
  const state = await stateOf(ctx.server, workshopId);
  const member = await joinWorkshop(ctx.url, workshopId, state.meta.joinCode, 'Olive Observer', 'other');
  member.socket.close();
  const observer = new WorkshopClient(ctx.url, workshopId, member.memberId, member.token, { presence: false });
  await Promise.all([observer.whenSynced(), observer.whenConnected()]);
  return { observer, observerId: member.memberId };
}

async function setUpBoards(ctx: FuzzServer, w: FuzzWorkshop, [lead, p1, p2]: Actor[]): Promise<void> {
  const { server } = ctx;
  const [contribute, privateBoard, group, vote, agree] = boardsInOrder(await stateOf(server, w.workshopId)) as [BoardId, BoardId, BoardId, BoardId, BoardId];
  await boardWithCards(server, w.workshopId, lead!, contribute, [p1!, p2!, lead!], 'contribute');
  await stepBoardTo(server, lead!, w.workshopId, privateBoard, 'contribute');
  for (const p of [p1!, p2!]) {
    const draft = await must(p, 'card:add', { boardId: privateBoard, text: `A private draft by ${p.label}` });
    w.learnedIds.set('cardId', [...(w.learnedIds.get('cardId') ?? []), draft.cardId as string]);
  }
  const grouped = await boardWithCards(server, w.workshopId, lead!, group, [p1!, p2!, lead!, lead!], 'group');
  const cluster = await must(lead!, 'cluster:add', { boardId: group, name: 'Trust' });
  await must(lead!, 'cluster:add', { boardId: group, name: 'Money' });
  await must(lead!, 'card:move', { cardId: grouped[0]!, clusterId: cluster.clusterId as string });
  const voted = await boardWithCards(server, w.workshopId, lead!, vote, [p1!, lead!], 'vote');
  await must(p1!, 'vote:cast', { boardId: vote, itemId: voted[0]! });
  const agreed = await boardWithCards(server, w.workshopId, lead!, agree, [p2!, lead!], 'agree');
  await must(lead!, 'item:agree', { itemId: agreed[0]! });
}

async function setUpPlan(ctx: FuzzServer, w: FuzzWorkshop, [lead, council, third]: Actor[]): Promise<void> {
  const objectives: string[] = [];
  for (const text of ['A joint training strategy', 'Co-ordinate grant funding']) objectives.push((await must(lead!, 'objective:add', { text })).objectiveId as string);
  const actions: string[] = [];
  for (const [objectiveId, text] of [[objectives[0]!, 'Map training'], [objectives[0]!, 'Run an induction day'], [objectives[1]!, 'Map grants']] as const) {
    const actionId = (await must(lead!, 'action:add', { objectiveId, text })).actionId as string;
    await must(lead!, 'action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: council!.memberId } });
    await must(lead!, 'action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: third!.memberId } });
    await must(lead!, 'action:update', { actionId, timescale: { kind: 'quarter', quarter: '2031-Q2' } });
    actions.push(actionId);
  }
  await must(council!, 'proposal:add', { kind: 'wording', targetKind: 'objective', targetId: objectives[0]!, field: 'text', text: 'A shared training strategy' });
  await must(lead!, 'plan:consult', {});
  const round = (await stateOf(ctx.server, w.workshopId)).plan.consultationRound;
  await must(council!, 'plan:respond', { round, response: 'agree' });
  await must(lead!, 'plan:agree', { version: 1 });
  for (const slot of ['councilLead', 'thirdSectorLead'] as const) w.leadTokens.push((await makeLink(ctx.url, w.workshopId, lead!, 'lead-links', { actionId: actions[0], slot })).token);
  w.shareTokens.push((await makeLink(ctx.url, w.workshopId, lead!, 'share-links')).token);
  await must(lead!, 'objective:update', { objectiveId: objectives[1]!, text: 'Co-ordinate all grant funding', baseText: 'Co-ordinate grant funding' });
}

async function setUpSurvey(ctx: FuzzServer, w: FuzzWorkshop, [lead, first]: Actor[]): Promise<void> {
  await must(lead!, 'survey:open', {});
  const item = (await stateOf(ctx.server, w.workshopId)).survey.items.find((i) => i.kind === 'scale')!;
  await must(first!, 'survey:answer', { answers: { [item.id]: 'helpful' }, texts: {} });
  first!.answeredSurvey = true;
}

export async function setUpFuzzWorkshop(ctx: FuzzServer, kind: WorkshopKind, label: string): Promise<FuzzWorkshop> {
  const created = await createWorkshop(ctx.url, `Fuzzed ${label}`);
  const participants: Actor[] = [];
  for (let i = 0; i < (kind === 'survey' ? 5 : 3); i += 1) participants.push(await newParticipant(ctx, created.workshopId, i));
  const { observer, observerId } = await observe(ctx, created.workshopId);
  const lead = { ...created.lead, answeredSurvey: false };
  const co = { ...created.co, answeredSurvey: false };
  const w: FuzzWorkshop = { label, kind, workshopId: created.workshopId, actors: [lead, co, ...participants], leadTokens: [], shareTokens: [], observer, observerId, learnedIds: new Map(), retired: false, observerDiverged: false };
  // Participants' sectors go round SECTORS; the plan's leads must be one council, one third sector.
  const members = (await stateOf(ctx.server, w.workshopId)).members;
  const bySector = (sector: Sector) => participants.find((p) => members[p.memberId]?.sector === sector) ?? participants[0]!;
  if (kind === 'boards') await setUpBoards(ctx, w, [lead, ...participants]);
  if (kind === 'plan') await setUpPlan(ctx, w, [lead, bySector('local_authority'), bySector('third_sector')]);
  if (kind === 'survey') await setUpSurvey(ctx, w, [lead, ...participants]);
  return w;
}

/** The actors still able to act (not removed by the fuzz itself). */
export const activeActors = (w: FuzzWorkshop) => w.actors.filter((a) => !a.socket.removed);

/**
 * Keeps a cast to attack with: at least two participants still in (and, for the survey, four who have not answered:
 * a batch may hold that many answers), joining new ones through REST when the fuzz has removed or used them up.
 */
export async function ensureCast(ctx: FuzzServer, w: FuzzWorkshop): Promise<void> {
  const usable = () => activeActors(w).filter((a) => a.role === 'participant' && !(w.kind === 'survey' && a.answeredSurvey));
  while (usable().length < (w.kind === 'survey' ? 4 : 2)) w.actors.push(await newParticipant(ctx, w.workshopId, w.actors.length));
}

export function closeFuzzWorkshop(w: FuzzWorkshop): void {
  for (const actor of w.actors) actor.socket.close();
  w.observer.close();
}
