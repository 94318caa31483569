import type { MatrixWorkshop } from './matrixWorkshop';
import type { Role } from '@roundtable/shared/command/actor';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';

/**
 * The command half of the authorisation matrix: one row per command, in the order they are sent. A row states who
 * may send the command (independently of the command table, which the suite checks it against: a change of who may
 * do what must be made in both) and a payload that a sender who may is accepted with, at that point of the script.
 * Everyone else is refused: a member of the wrong role with `forbidden`, everyone without a member's token for this
 * workshop at the handshake with `unauthorized` — and a refusal changes nothing.
 */
export type Senders = 'facilitators' | 'participants' | 'everyone' | 'lead link only';

/** The member roles a row's senders are (a lead's link is no member: its command comes through REST, REV3). */
export const SENDER_ROLES: Readonly<Record<Senders, readonly Role[]>> = {
  facilitators: ['facilitator'],
  participants: ['participant'],
  everyone: ['facilitator', 'participant'],
  'lead link only': [],
};

type Payload = Record<string, unknown>;
export interface CommandRow {
  who: Senders;
  /** What `as` sends; `s` is the workshop's state just before (for phases, rounds and texts the command names). */
  payload(m: MatrixWorkshop, s: WorkshopState, as: Role): Payload;
}

const card = (s: WorkshopState, id: string) => s.cards[id as keyof WorkshopState['cards']]!;
const cluster = (s: WorkshopState, id: string) => s.clusters[id as keyof WorkshopState['clusters']]!;
const byText = <T extends { id: string; text: string }>(items: Record<string, T>, text: string) => Object.values(items).find((i) => i.text === text)!.id;
const F = 'facilitators' as const;
const orgNamed = (s: WorkshopState, name: string) => Object.values(s.mapOrganisations).find((o) => o.name === name)!.id;

export const COMMAND_ROWS: Readonly<Record<string, CommandRow>> = {
  'workshop:update': { who: F, payload: () => ({ title: 'Matrix workshop, renamed' }) },
  'session:update': { who: F, payload: (_m, s) => ({ sessionId: Object.values(s.sessions).find((x) => x.number === 2)!.id, title: 'Benefits' }) },
  'session:open': { who: F, payload: (_m, s) => ({ sessionId: Object.values(s.sessions).find((x) => x.number === 2)!.id }) },
  'board:add': { who: F, payload: (_m, s) => ({ sessionId: Object.values(s.sessions).find((x) => x.number === 1)!.id, kind: 'discussion', title: 'Added', prompt: '' }) },
  'board:update': { who: F, payload: (m) => ({ boardId: m.boards.draft, title: 'Renamed board' }) },
  'board:move': { who: F, payload: (m) => ({ boardId: m.boards.draft, toIndex: 0 }) },
  'board:configure': { who: F, payload: (m) => ({ boardId: m.boards.draft, votesPerParticipant: 4 }) },
  'board:setPhase': { who: F, payload: (m, s) => ({ boardId: m.boards.draft, from: s.boards[m.boards.draft]!.phase, to: 'contribute' }) },
  'board:lock': { who: F, payload: (m) => ({ boardId: m.boards.draft, locked: true }) },
  'board:timer': { who: F, payload: (m) => ({ boardId: m.boards.draft, seconds: 60 }) },
  'board:focus': { who: F, payload: (m) => ({ boardId: m.boards.draft }) },
  'card:add': { who: 'everyone', payload: (m, _s, as) => ({ boardId: m.boards.contribute, text: `A card from the ${as}` }) },
  'card:edit': { who: 'everyone', payload: (m, _s, as) => ({ cardId: as === 'participant' ? m.cards.ownEdit : m.cards.scribedEdit, text: 'Edited wording' }) },
  'card:delete': { who: 'everyone', payload: (m, _s, as) => ({ cardId: as === 'participant' ? m.cards.ownDelete : m.cards.scribedDelete }) },
  'card:move': { who: 'everyone', payload: (m, _s, as) => ({ cardId: as === 'participant' ? m.cards.ownGroup : m.cards.scribedGroup, clusterId: m.clusters.kept }) },
  'card:merge': { who: F, payload: (m) => ({ cardId: m.cards.mergeFrom, intoCardId: m.cards.mergeInto }) },
  'card:hide': { who: F, payload: (m) => ({ cardId: m.cards.toHide, hidden: true }) },
  'cluster:add': { who: 'everyone', payload: (m, _s, as) => ({ boardId: m.boards.group, name: `Made by the ${as}` }) },
  'cluster:rename': { who: F, payload: (m) => ({ clusterId: m.clusters.kept, name: 'Kept, renamed' }) },
  'card:place': {
    who: F,
    payload: (m, s) => {
      const c = card(s, m.cards.scribedGroup);
      return { cardId: c.id, clusterId: null, x: 5_000, y: 5_000, from: { clusterId: c.clusterId, x: c.x, y: c.y } };
    },
  },
  'cluster:place': {
    who: F,
    payload: (m, s) => {
      const c = cluster(s, m.clusters.kept);
      return { clusterId: c.id, x: c.x + 10, y: c.y, w: c.w, h: c.h };
    },
  },
  'cluster:remove': { who: F, payload: (m) => ({ clusterId: m.clusters.removed }) },
  'board:tidy': { who: F, payload: (m) => ({ boardId: m.boards.group }) },
  'vote:cast': { who: 'participants', payload: (m) => ({ boardId: m.boards.vote, itemId: m.cards.toVote }) },
  'vote:retract': { who: 'participants', payload: (m) => ({ boardId: m.boards.vote, itemId: m.cards.toVote }) },
  'item:agree': { who: F, payload: (m) => ({ itemId: m.cards.toAgree }) },
  'item:unagree': { who: F, payload: (m) => ({ itemId: m.cards.toAgree }) },
  'facilitator:undo': { who: F, payload: () => ({}) },
  'plan:update': { who: F, payload: (_m, s) => ({ vision: 'Working together, as equals', baseVision: s.plan.vision }) },
  'objective:add': { who: F, payload: () => ({ text: 'An objective the matrix adds' }) },
  'objective:importAgreed': { who: F, payload: () => ({}) },
  'objective:update': { who: F, payload: (m, s) => ({ objectiveId: m.objectiveId, text: 'A joint training plan', baseText: s.objectives[m.objectiveId as never]!.text }) },
  'objective:move': { who: F, payload: (m) => ({ objectiveId: m.objectiveId, toIndex: 1 }) },
  'action:add': { who: F, payload: (m) => ({ objectiveId: m.objectiveId, text: 'An action the matrix adds' }) },
  'action:update': { who: F, payload: (m, s) => ({ actionId: m.actionId, notes: 'Both sectors', baseNotes: s.actions[m.actionId as never]!.notes }) },
  'action:setLead': { who: F, payload: (m) => ({ actionId: m.actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: m.thirdSectorId } }) },
  'action:move': { who: F, payload: (m) => ({ actionId: m.actionId, toIndex: 1 }) },
  'action:remove': { who: F, payload: (_m, s) => ({ actionId: byText(s.actions, 'An action the matrix adds') }) },
  'objective:remove': { who: F, payload: (_m, s) => ({ objectiveId: byText(s.objectives, 'An objective the matrix adds') }) },
  'proposal:add': { who: 'everyone', payload: (m) => ({ kind: 'comment', targetKind: 'action', targetId: m.actionId, text: 'Who pays for the venue?' }) },
  'proposal:decide': { who: F, payload: (m) => ({ proposalId: m.proposalId, accept: false }) },
  'plan:consult': { who: F, payload: () => ({}) },
  'plan:respond': { who: 'participants', payload: (_m, s) => ({ round: s.plan.consultationRound, response: 'agree' }) },
  'plan:agree': { who: F, payload: (_m, s) => ({ version: s.plan.nextVersion }) },
  'progress:report': { who: 'lead link only', payload: (m) => ({ actionId: m.actionId, slot: 'councilLead', status: 'on_track', note: 'Met twice', evidence: [] }) },
  'survey:configure': { who: F, payload: (_m, s) => ({ items: s.survey.items.map(({ id, kind, text }) => ({ id, kind, text })) }) },
  'survey:open': { who: F, payload: () => ({}) },
  'survey:answer': { who: 'participants', payload: (_m, s) => ({ answers: { [s.survey.items.find((i) => i.kind === 'scale')!.id]: 'helpful' }, texts: {} }) },
  'survey:close': { who: F, payload: () => ({}) },
  'healthCheck:remove': { who: F, payload: (_m, s) => ({ healthCheckId: Object.values(s.healthChecks).find((c) => c.round === 2)!.id }) },
  'healthCheck:add': { who: F, payload: (_m, s) => ({ sessionId: Object.values(s.sessions).find((x) => x.number === 5)!.id, round: 2 }) },
  'healthCheck:open': { who: F, payload: (_m, s) => ({ healthCheckId: Object.values(s.healthChecks).find((c) => c.round === 1)!.id }) },
  'healthCheck:rate': { who: 'participants', payload: (_m, s) => ({ healthCheckId: Object.values(s.healthChecks).find((c) => c.round === 1)!.id, answers: { 'trust-and-support': 'mostly', 'takes-time': 'dont_know' }, comment: 'A good start' }) },
  'healthCheck:close': { who: F, payload: (_m, s) => ({ healthCheckId: Object.values(s.healthChecks).find((c) => c.round === 1)!.id }) },
  'map:suggest': { who: 'participants', payload: () => ({ name: 'Darlington CVS', sector: 'third_sector' }) },
  'map:place': { who: F, payload: (_m, s) => ({ organisationId: orgNamed(s, 'Darlington CVS'), ring: 'core', sector: 'third_sector' }) },
  'map:dismiss': { who: F, payload: (_m, s) => ({ organisationId: orgNamed(s, 'Matrix Food Bank') }) },
  'map:add': { who: F, payload: () => ({ name: 'Darlington Borough Council', sector: 'local_authority', ring: 'lead' }) },
  'map:rename': { who: F, payload: (_m, s) => ({ organisationId: orgNamed(s, 'Darlington Borough Council'), name: 'Darlington Council', sector: 'local_authority' }) },
  'map:move': { who: F, payload: (_m, s) => ({ organisationId: orgNamed(s, 'Darlington Council'), ring: 'core' }) },
  'map:remove': { who: F, payload: (_m, s) => ({ organisationId: orgNamed(s, 'Darlington Council') }) },
  'programme:share': { who: F, payload: (m) => ({ scope: 'board', targetId: m.boards.agree, shared: false }) },
  'joinCode:rotate': { who: F, payload: () => ({}) },
  'member:updateProfile': { who: 'everyone', payload: (_m, _s, as) => ({ name: `Renamed ${as}` }) },
  'member:remove': { who: F, payload: (m) => ({ memberId: m.toRemoveId }) },
  'board:remove': { who: F, payload: (m) => ({ boardId: m.boards.spare }) },
};
