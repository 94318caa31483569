import type { BoardId, CardId, MemberId } from '../ids/ids';
import type { Sector } from '../workshop/sector';
import type { WorkshopState } from '../workshop/workshop';
import type { Card } from './board';
import { lastUndo, type HiddenState, type Notice } from './hidden';

/**
 * One member's own part of the hidden state, sent to that member's connections only (event `personal:view`).
 * It never names anyone else: the only identity it carries is its recipient's.
 */
export interface PersonalView {
  /** My private drafts (private contributing, before reveal), which only I can see. */
  drafts: Card[];
  /** Cards on a board that I wrote, so I can edit or delete them until reveal, anonymous boards included. */
  myCardIds: CardId[];
  /** My dots: board → item → dots. */
  dots: Record<BoardId, Record<string, number>>;
  /** Things a facilitator did to my cards, told to me alone. */
  notices: Notice[];
  /** Facilitators only: what Undo would undo now. */
  undo: { command: string; at: string } | null;
  /** My answer in the current round of putting the plan to the room. */
  myPlanResponse: { round: number; response: 'agree' | 'concern'; comment: string } | null;
  /** Facilitators only: every answer in the current round (who, their sector, and any comment). */
  planResponses: { memberId: MemberId; sector: Sector | null; response: 'agree' | 'concern'; comment: string }[];
}

export const EMPTY_PERSONAL_VIEW: PersonalView = { drafts: [], myCardIds: [], dots: {}, notices: [], undo: null, myPlanResponse: null, planResponses: [] };

/** Every active member's personal view, in one pass over the hidden state. */
export function personalViews(state: WorkshopState, hidden: HiddenState): Map<MemberId, PersonalView> {
  const views = new Map<MemberId, PersonalView>();
  const undoEntry = lastUndo(hidden);
  const undo = undoEntry ? { command: undoEntry.command, at: undoEntry.at } : null;
  for (const member of Object.values(state.members)) {
    if (member.removedAt !== null) continue;
    views.set(member.id, { drafts: [], myCardIds: [], dots: {}, notices: [], undo: member.role === 'facilitator' ? undo : null, myPlanResponse: null, planResponses: [] });
  }
  const round = state.plan.consultationRound;
  const answers = Object.values(hidden.planResponses)
    .filter((r) => r.round === round)
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const answer of answers) {
    const own = views.get(answer.memberId);
    if (own) own.myPlanResponse = { round, response: answer.response, comment: answer.comment };
  }
  const forFacilitators = answers.map((a) => ({ memberId: a.memberId, sector: a.sector, response: a.response, comment: a.comment }));
  for (const member of Object.values(state.members)) {
    const view = views.get(member.id);
    if (view && member.role === 'facilitator') view.planResponses = forFacilitators;
  }
  for (const record of Object.values(hidden.cards)) {
    for (const authorId of record.authorIds) {
      const view = views.get(authorId);
      if (!view) continue;
      if (record.draft) view.drafts.push(record.draft);
      else view.myCardIds.push(record.id);
    }
  }
  for (const ballot of Object.values(hidden.ballots)) {
    const view = views.get(ballot.memberId);
    if (view && Object.keys(ballot.dots).length > 0) view.dots[ballot.boardId] = ballot.dots;
  }
  for (const notice of Object.values(hidden.notices)) views.get(notice.memberId)?.notices.push(notice);
  for (const view of views.values()) {
    view.drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    view.myCardIds.sort();
    view.notices.sort((a, b) => a.at.localeCompare(b.at));
  }
  return views;
}
