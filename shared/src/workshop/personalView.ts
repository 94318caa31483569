import type { BoardId, CardId, MemberId } from '../ids/ids';
import type { WorkshopState } from './workshop';
import type { Card } from '../board/board';
import type { World } from '../board/boardState';
import { lastUndo } from './undo';
import type { HiddenState } from './hiddenState';
import type { Notice } from '../board/boardHidden';
import type { Sector } from '../members/sector';

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
  /** Whether I have answered the feedback survey (never what I answered: the server does not keep that with me). */
  surveyAnswered: boolean;
  /** The rounds of the health check I have answered (never what I answered: HEALTH4). */
  healthChecksAnswered: string[];
}

export const EMPTY_PERSONAL_VIEW: PersonalView = { drafts: [], myCardIds: [], dots: {}, notices: [], undo: null, myPlanResponse: null, planResponses: [], surveyAnswered: false, healthChecksAnswered: [] };

/**
 * Every active member's personal view (or only those of `only`), in one pass over the hidden state. What it reads
 * is listed in viewersOfChange, which must change with it.
 */
export function personalViews(state: WorkshopState, hidden: HiddenState, only?: ReadonlySet<MemberId>): Map<MemberId, PersonalView> {
  const views = new Map<MemberId, PersonalView>();
  const undoEntry = lastUndo(hidden);
  const undo = undoEntry ? { command: undoEntry.command, at: undoEntry.at } : null;
  for (const member of Object.values(state.members)) {
    if (member.removedAt !== null || (only && !only.has(member.id))) continue;
    views.set(member.id, {
      drafts: [],
      myCardIds: [],
      dots: {},
      notices: [],
      undo: member.role === 'facilitator' ? undo : null,
      myPlanResponse: null,
      planResponses: [],
      surveyAnswered: Object.hasOwn(hidden.surveyRespondents, member.id),
      healthChecksAnswered: [],
    });
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
  for (const respondent of Object.values(hidden.healthCheckRespondents)) views.get(respondent.memberId)?.healthChecksAnswered.push(respondent.healthCheckId);
  for (const view of views.values()) {
    view.drafts.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
    view.myCardIds.sort();
    view.notices.sort((a, b) => a.at.localeCompare(b.at));
    view.healthChecksAnswered.sort();
  }
  return views;
}

/**
 * The members whose personal view a committed change may have changed: what personalViews reads, compared between
 * the two worlds — each member's presence and role; the card records they wrote, their ballots, their notices,
 * their plan responses and whether they have answered the survey; for facilitators also the last undo entry and everyone's plan responses; for everyone the
 * consultation round. Keep it in step with personalViews. Entities compare by identity: transitions return the
 * same object for what they did not change (the doc writer relies on that too), and a new object with the same
 * content only costs a view computed for nothing (the room sends a view only if its JSON differs).
 *
 * Why (docs/performance.md, "A whole board"): computing and serialising every member's view after every command
 * took 8 % of the server's busy time in the board benchmark (25 participants, ~350 cards a board), where a command
 * changes one member's view, or none; with this, 4 %, most of it sending that one view.
 */
export function viewersOfChange(prev: World, next: World): Set<MemberId> {
  const viewers = new Set<MemberId>();
  const everyone = () => Object.keys(next.state.members).forEach((id) => viewers.add(id as MemberId));
  const facilitators = () => Object.values(next.state.members).forEach((m) => m.role === 'facilitator' && viewers.add(m.id));
  if (prev.state.members !== next.state.members) {
    for (const id of new Set([...Object.keys(prev.state.members), ...Object.keys(next.state.members)]) as Set<MemberId>) {
      const before = prev.state.members[id];
      const after = next.state.members[id];
      if (before?.role !== after?.role || before?.removedAt !== after?.removedAt) viewers.add(id);
    }
  }
  if (prev.state.plan.consultationRound !== next.state.plan.consultationRound) everyone();
  // Object.keys and lookups, not for…in or Object.entries: a board's hundreds of card records are compared on every
  // card command, and on these dictionary-like records those are 8–20× slower (measured: 13 µs against 108 and 260
  // for 350 records).
  const changed = <T>(before: Record<string, T>, after: Record<string, T>, each: (entity: T) => void) => {
    if (before === after) return;
    let kept = 0;
    for (const id of Object.keys(after)) {
      const [was, is] = [before[id], after[id]!];
      if (was !== undefined) kept += 1;
      if (was === is) continue;
      each(is);
      if (was !== undefined) each(was);
    }
    const removed = kept < Object.keys(before).length;
    if (removed) for (const id of Object.keys(before)) if (after[id] === undefined) each(before[id]!);
  };
  changed(prev.hidden.cards, next.hidden.cards, (record) => record.authorIds.forEach((id) => viewers.add(id)));
  changed(prev.hidden.ballots, next.hidden.ballots, (ballot) => viewers.add(ballot.memberId));
  changed(prev.hidden.notices, next.hidden.notices, (notice) => viewers.add(notice.memberId));
  changed(prev.hidden.surveyRespondents, next.hidden.surveyRespondents, (respondent) => viewers.add(respondent.memberId));
  changed(prev.hidden.healthCheckRespondents, next.hidden.healthCheckRespondents, (respondent) => viewers.add(respondent.memberId));
  changed(prev.hidden.planResponses, next.hidden.planResponses, (response) => {
    viewers.add(response.memberId);
    facilitators();
  });
  if (prev.hidden.undo !== next.hidden.undo) facilitators();
  return viewers;
}
