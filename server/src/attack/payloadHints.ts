import { BOARD_PHASES } from '@roundtable/shared/board/board';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { Random } from '@roundtable/shared/testing/seededRandom';

/**
 * A schema knows the shape of a payload, not the workshop it meets: a phase change names the phase the board is at,
 * a drop names where the card is, an answer names the round. These hints make most generated payloads agree with
 * the live state (the rest stay as generated), so commands get past the conflict checks and change things.
 */
type Payload = Record<string, unknown>;
type Hint = (p: Payload, s: WorkshopState, random: Random) => void;

const own = <T>(record: Record<string, T>, id: unknown): T | undefined => (typeof id === 'string' && Object.hasOwn(record, id) ? record[id] : undefined);

const HINTS: Readonly<Record<string, Hint>> = {
  'board:setPhase': (p, s, random) => {
    const board = own(s.boards, p.boardId);
    if (!board) return;
    const at = BOARD_PHASES.indexOf(board.phase);
    p.from = board.phase;
    p.to = BOARD_PHASES[Math.min(BOARD_PHASES.length - 1, Math.max(0, at + (random.chance(0.7) ? 1 : -1)))];
  },
  'card:place': (p, s) => {
    const card = own(s.cards, p.cardId);
    if (!card) return;
    p.from = { clusterId: card.clusterId, x: card.x, y: card.y };
    if (p.clusterId !== null && own(s.clusters, p.clusterId)?.boardId !== card.boardId) p.clusterId = null;
  },
  'card:move': (p, s) => {
    const card = own(s.cards, p.cardId);
    if (card && p.clusterId !== null && own(s.clusters, p.clusterId)?.boardId !== card.boardId) p.clusterId = null;
  },
  'card:merge': (p, s, random) => {
    const card = own(s.cards, p.cardId);
    const siblings = card ? Object.values(s.cards).filter((c) => c.boardId === card.boardId && c.id !== card.id) : [];
    if (siblings.length > 0) p.intoCardId = random.pick(siblings).id;
  },
  'vote:cast': (p, s, random) => {
    const item = own(s.cards, p.itemId) ?? own(s.clusters, p.itemId);
    if (item) p.boardId = item.boardId;
    else if (random.chance(0.5)) {
      const votable = Object.values(s.cards).filter((c) => own(s.boards, c.boardId)?.phase === 'vote');
      const card = votable.length > 0 ? random.pick(votable) : null;
      if (card) Object.assign(p, { itemId: card.id, boardId: card.boardId });
    }
  },
  'plan:respond': (p, s) => {
    p.round = s.plan.consultationRound;
  },
  'plan:agree': (p, s) => {
    p.version = s.plan.nextVersion;
  },
  'plan:update': (p, s) => {
    if ('vision' in p) p.baseVision = s.plan.vision;
  },
  'objective:update': (p, s) => {
    const objective = own(s.objectives, p.objectiveId);
    if (objective) p.baseText = objective.text;
  },
  'action:update': (p, s) => {
    const action = own(s.actions, p.actionId);
    if (action && 'text' in p) p.baseText = action.text;
    if (action && 'notes' in p) p.baseNotes = action.notes;
  },
  'action:setLead': (p, s, random) => {
    const lead = p.lead as Payload | null;
    const participants = Object.values(s.members).filter((m) => m.role === 'participant' && m.removedAt === null);
    if (lead?.kind === 'member' && participants.length > 0) lead.memberId = random.pick(participants).id;
  },
  'proposal:add': (p, s) => {
    p.targetKind = own(s.objectives, p.targetId) ? 'objective' : 'action';
    if (p.kind === 'wording') p.field = p.targetKind === 'objective' ? 'text' : (p.field ?? 'text');
  },
  'survey:configure': (p, s, random) => {
    const kept = s.survey.items.filter(() => random.chance(0.7)).map((i) => ({ id: i.id, kind: i.kind, text: random.chance(0.2) ? `${i.text} (reworded)` : i.text }));
    const added = (p.items as Payload[]).filter(() => random.chance(0.3)).map(({ kind, text }) => ({ kind, text }));
    const items = [...kept, ...added];
    if (items.length > 0) p.items = items;
  },
};

/** Adjusts a generated payload of command `name` to the workshop's live state, most of the time. */
export function applyHint(name: string, payload: Payload, state: WorkshopState, random: Random): void {
  const hint = HINTS[name];
  if (hint && random.chance(0.8)) hint(payload, state, random);
}
