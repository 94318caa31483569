import type { BoardId } from '@roundtable/shared/ids/ids';
import type { Card } from '@roundtable/shared/board/board';
import type { Notice } from '@roundtable/shared/board/boardHidden';
import { EMPTY_PERSONAL_VIEW, type PersonalView } from '@roundtable/shared/workshop/personalView';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dots per item, keeping only whole positive numbers. */
function dotsFrom(value: unknown): Record<string, number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, n]) => typeof n === 'number' && Number.isInteger(n) && n > 0)) as Record<string, number>;
}

/**
 * The `personal:view` event as this page may rely on it. It crosses the wire, so its shape is checked (without
 * zod, which the browser does not load): a part that is not what it should be is read as empty, never thrown on.
 * Drafts and notices are taken as the server made them once they have the fields the views read.
 */
export function personalViewFrom(raw: unknown): PersonalView {
  if (!isObject(raw)) return EMPTY_PERSONAL_VIEW;
  const drafts = Array.isArray(raw.drafts)
    ? (raw.drafts.filter((d) => isObject(d) && typeof d.id === 'string' && typeof d.boardId === 'string' && typeof d.text === 'string' && Array.isArray(d.sectors)) as unknown as Card[])
    : [];
  const myCardIds = Array.isArray(raw.myCardIds) ? (raw.myCardIds.filter((id) => typeof id === 'string') as PersonalView['myCardIds']) : [];
  const dots: Record<BoardId, Record<string, number>> = {};
  if (isObject(raw.dots)) for (const [boardId, perItem] of Object.entries(raw.dots)) dots[boardId as BoardId] = dotsFrom(perItem);
  const notices = Array.isArray(raw.notices)
    ? (raw.notices.filter((n) => isObject(n) && typeof n.id === 'string' && typeof n.cardId === 'string' && typeof n.excerpt === 'string') as unknown as Notice[])
    : [];
  const undo = isObject(raw.undo) && typeof raw.undo.command === 'string' && typeof raw.undo.at === 'string' ? { command: raw.undo.command, at: raw.undo.at } : null;
  const mine = raw.myPlanResponse;
  const myPlanResponse =
    isObject(mine) && typeof mine.round === 'number' && (mine.response === 'agree' || mine.response === 'concern')
      ? { round: mine.round, response: mine.response as 'agree' | 'concern', comment: typeof mine.comment === 'string' ? mine.comment : '' }
      : null;
  const planResponses = Array.isArray(raw.planResponses)
    ? (raw.planResponses.filter((r) => isObject(r) && typeof r.memberId === 'string' && (r.response === 'agree' || r.response === 'concern')) as unknown as PersonalView['planResponses'])
    : [];
  return { drafts, myCardIds, dots, notices, undo, myPlanResponse, planResponses, surveyAnswered: raw.surveyAnswered === true, healthChecksAnswered: Array.isArray(raw.healthChecksAnswered) ? raw.healthChecksAnswered.filter((id): id is string => typeof id === 'string') : [] };
}
