import type { BoardId } from '@roundtable/shared/ids/ids';
import type { RunningServer } from '../app/createServer';
import type { WorkshopStore } from '../store/workshopStore';
import { AttackSocket } from './attackSocket';
import { boardsInOrder, boardWithCards, createWorkshop, joinWorkshop, makeLink, must, stateOf, type Member } from './workshopScript';

/**
 * The authorisation matrix's stage: one workshop set up so that every command, sent by a role that may send it, is
 * accepted in table order (commandMatrix.ts), and another workshop whose members are the strangers. Every credential
 * a request can carry is here: none, another workshop's participant and facilitator, a participant, a facilitator,
 * a lead's link, a sponsor's share link, and a member who was removed.
 */
export const MATRIX_ROLES = ['none', 'otherParticipant', 'otherFacilitator', 'participant', 'facilitator', 'leadLink', 'shareLink', 'removed'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export interface MatrixContext {
  url: string;
  server: RunningServer;
  store: WorkshopStore;
}

export interface MatrixWorkshop {
  workshopId: string;
  facilitator: Member;
  participant: Member;
  /** The other workshop's connected members (their own connections), for sends naming this workshop's ids. */
  otherFacilitator: Member;
  otherParticipant: Member;
  /** The token each role carries (undefined: none). */
  tokens: Record<MatrixRole, string | undefined>;
  boards: Record<'contribute' | 'group' | 'vote' | 'agree' | 'draft' | 'spare', BoardId>;
  cards: Record<'ownEdit' | 'ownDelete' | 'scribedEdit' | 'scribedDelete' | 'toHide' | 'ownGroup' | 'scribedGroup' | 'mergeFrom' | 'mergeInto' | 'toVote' | 'toAgree', string>;
  clusters: Record<'kept' | 'removed', string>;
  objectiveId: string;
  actionId: string;
  otherActionId: string;
  proposalId: string;
  /** A third-sector participant who leads the actions, and a participant kept to be removed by `member:remove`. */
  thirdSectorId: string;
  toRemoveId: string;
  /** Links to revoke with DELETE (not the ones the roles carry). */
  spareShareLinkId: string;
  spareLeadLinkId: string;
  close(): void;
}

async function stageBoards(ctx: MatrixContext, workshopId: string, f: Member, p: Member) {
  const [contribute, group, vote, agree, draft, spare] = boardsInOrder(await stateOf(ctx.server, workshopId)) as BoardId[];
  const [ownEdit, ownDelete, scribedEdit, scribedDelete, toHide] = await boardWithCards(ctx.server, workshopId, f, contribute!, [p, p, f, f, f], 'contribute');
  const [ownGroup, scribedGroup, mergeFrom, mergeInto] = await boardWithCards(ctx.server, workshopId, f, group!, [p, f, f, f], 'group');
  const kept = (await must(f, 'cluster:add', { boardId: group!, name: 'Kept' })).clusterId as string;
  const removed = (await must(f, 'cluster:add', { boardId: group!, name: 'To remove' })).clusterId as string;
  const [toVote] = await boardWithCards(ctx.server, workshopId, f, vote!, [f], 'vote');
  const [toAgree] = await boardWithCards(ctx.server, workshopId, f, agree!, [f], 'agree');
  const cards = { ownEdit, ownDelete, scribedEdit, scribedDelete, toHide, ownGroup, scribedGroup, mergeFrom, mergeInto, toVote, toAgree } as Record<keyof MatrixWorkshop['cards'], string>;
  return { boards: { contribute: contribute!, group: group!, vote: vote!, agree: agree!, draft: draft!, spare: spare! }, cards, clusters: { kept, removed } };
}

async function stagePlan(f: Member, p: Member, thirdSectorId: string) {
  const objectiveId = (await must(f, 'objective:add', { text: 'A joint training strategy' })).objectiveId as string;
  const actions: string[] = [];
  for (const text of ['Map training in both sectors', 'Run a joint induction day']) {
    const actionId = (await must(f, 'action:add', { objectiveId, text })).actionId as string;
    await must(f, 'action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'member', memberId: p.memberId } });
    await must(f, 'action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: thirdSectorId } });
    await must(f, 'action:update', { actionId, timescale: { kind: 'quarter', quarter: '2031-Q2' } });
    actions.push(actionId);
  }
  const proposalId = (await must(p, 'proposal:add', { kind: 'wording', targetKind: 'objective', targetId: objectiveId, field: 'text', text: 'A shared training strategy' })).proposalId as string;
  return { objectiveId, actionId: actions[0]!, otherActionId: actions[1]!, proposalId };
}

export async function setUpMatrixWorkshop(ctx: MatrixContext): Promise<MatrixWorkshop> {
  const w = await createWorkshop(ctx.url, 'Matrix workshop');
  const participant = await joinWorkshop(ctx.url, w.workshopId, w.joinCode, 'Cara Council', 'local_authority');
  const extras = [];
  for (const [name, sector] of [['Tess Third', 'third_sector'], ['Vic Leaving', 'other'], ['Rex Removed', 'other']] as const) extras.push(await joinWorkshop(ctx.url, w.workshopId, w.joinCode, name, sector));
  const [third, toRemove, removed] = extras as [Member, Member, Member];
  for (const m of [third, toRemove, removed, w.co]) m.socket.close();
  const other = await createWorkshop(ctx.url, 'Stranger workshop');
  const otherParticipant = await joinWorkshop(ctx.url, other.workshopId, other.joinCode, 'Olga Other', 'third_sector');
  other.co.socket.close();

  const staged = await stageBoards(ctx, w.workshopId, w.lead, participant);
  const plan = await stagePlan(w.lead, participant, third.memberId);
  await must(participant, 'map:suggest', { name: 'Matrix Food Bank', sector: 'third_sector' });
  const lead = await makeLink(ctx.url, w.workshopId, w.lead, 'lead-links', { actionId: plan.actionId, slot: 'councilLead' });
  const spareLead = await makeLink(ctx.url, w.workshopId, w.lead, 'lead-links', { actionId: plan.actionId, slot: 'thirdSectorLead' });
  const share = await makeLink(ctx.url, w.workshopId, w.lead, 'share-links');
  const spareShare = await makeLink(ctx.url, w.workshopId, w.lead, 'share-links');
  await must(w.lead, 'member:remove', { memberId: removed.memberId });
  return {
    workshopId: w.workshopId,
    facilitator: w.lead,
    participant,
    otherFacilitator: other.lead,
    otherParticipant,
    tokens: {
      none: undefined,
      otherParticipant: otherParticipant.token,
      otherFacilitator: other.lead.token,
      participant: participant.token,
      facilitator: w.lead.token,
      leadLink: lead.token,
      shareLink: share.token,
      removed: removed.token,
    },
    ...staged,
    ...plan,
    thirdSectorId: third.memberId,
    toRemoveId: toRemove.memberId,
    spareShareLinkId: spareShare.linkId,
    spareLeadLinkId: spareLead.linkId,
    close() {
      for (const m of [w.lead, participant, other.lead, otherParticipant]) m.socket.close();
    },
  };
}

/** A socket opened with a role's credentials for the matrix workshop (most roles are refused at the handshake). */
export function socketAs(ctx: MatrixContext, m: MatrixWorkshop, role: MatrixRole): AttackSocket {
  return new AttackSocket(ctx.url, m.workshopId, m.tokens[role]);
}
