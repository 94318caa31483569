import { DEFAULT_BOARD_ACTIVITY } from '../board/board';
import { EMPTY_PLAN_META } from '../plan/plan';
import { PIP_SURVEY_ITEMS } from '../survey/pipSurveyItems';
import { EMPTY_SURVEY } from '../survey/survey';
import { healthChecksFromTemplate } from '../healthCheck/healthCheckTemplate';
import { EMPTY_SHARING } from '../programme/sharing';
import type { BoardId, MemberId, SessionId, WorkshopId } from '../ids/ids';
import { PIP_SESSIONS, type SessionTemplate } from './pipTemplate';
import type { Sector } from '../members/sector';
import { MEMBERS_PER_WORKSHOP_MAX } from '../members/memberLimits';
import { accepted, rejected, type TransitionResult } from '../command/transitionResult';
import { type TransitionContext } from './transitionContext';
import type { Board } from '../board/board';
import type { Member } from '../members/member';
import type { Session } from '../sessions/session';
import type { WorkshopState } from './workshop';

export interface NewWorkshop {
  title: string;
  area: string;
  facilitatorName: string;
  /** [LIVE5] The lead facilitator's organisation and sector, when they gave them on creating the workshop. */
  facilitatorOrganisation?: string;
  facilitatorSector?: Sector | null;
}

export interface CreatedWorkshop {
  state: WorkshopState;
  leadFacilitatorId: MemberId;
  coFacilitatorId: MemberId;
}

/** The co-facilitator's name until they set their own. */
export const CO_FACILITATOR_DEFAULT_NAME = 'Co-facilitator';

/**
 * [WS1] A new workshop has the five PIP sessions with their default agendas and boards, two facilitators
 * (the lead, named, and a co-facilitator), and a join code. Session 1 is the current session.
 */
export function createWorkshop(input: NewWorkshop, ctx: TransitionContext, template: readonly SessionTemplate[] = PIP_SESSIONS): CreatedWorkshop {
  const sessions: Record<SessionId, Session> = {};
  const boards: Record<BoardId, Board> = {};
  let firstSessionId: SessionId | null = null;
  for (const t of template) {
    const sessionId = ctx.newId() as SessionId;
    firstSessionId ??= sessionId;
    sessions[sessionId] = { id: sessionId, number: t.number, title: t.title, agenda: t.agenda, date: null };
    t.boards.forEach((b, position) => {
      const boardId = ctx.newId() as BoardId;
      boards[boardId] = { ...DEFAULT_BOARD_ACTIVITY, id: boardId, sessionId, kind: b.kind, title: b.title, prompt: b.prompt, position };
    });
  }
  const leadFacilitatorId = ctx.newId() as MemberId;
  const coFacilitatorId = ctx.newId() as MemberId;
  const facilitator = (id: MemberId, name: string, joinedAt: string | null, organisation = '', sector: Sector | null = null): Member => ({
    id,
    role: 'facilitator',
    name,
    organisation,
    sector,
    joinedAt,
    removedAt: null,
  });
  const state: WorkshopState = {
    meta: {
      id: ctx.newId() as WorkshopId,
      title: input.title,
      area: input.area,
      joinCode: ctx.newJoinCode(),
      createdAt: ctx.now,
      currentSessionId: firstSessionId,
      focusBoardId: null,
      focusAt: null,
    },
    sessions,
    boards,
    members: {
      [leadFacilitatorId]: facilitator(leadFacilitatorId, input.facilitatorName, ctx.now, input.facilitatorOrganisation ?? '', input.facilitatorSector ?? null),
      [coFacilitatorId]: facilitator(coFacilitatorId, CO_FACILITATOR_DEFAULT_NAME, null),
    },
    cards: {},
    clusters: {},
    plan: EMPTY_PLAN_META,
    objectives: {},
    actions: {},
    proposals: {},
    planVersions: {},
    progressUpdates: {},
    survey: { ...EMPTY_SURVEY, items: PIP_SURVEY_ITEMS },
    healthChecks: healthChecksFromTemplate(template, sessions, ctx),
    mapOrganisations: {},
    sharing: EMPTY_SHARING,
  };
  return { state, leadFacilitatorId, coFacilitatorId };
}

export interface NewParticipant {
  name: string;
  organisation: string;
  sector: Sector;
}

/** [JOIN1] Anyone with the current code joins as a participant, up to MEMBERS_PER_WORKSHOP_MAX members. */
export function joinWorkshop(state: WorkshopState, input: NewParticipant, ctx: TransitionContext): TransitionResult<{ memberId: MemberId }> {
  const active = Object.values(state.members).filter((m) => m.removedAt === null).length;
  if (active >= MEMBERS_PER_WORKSHOP_MAX) {
    return rejected('limit_reached', `This workshop is full (${MEMBERS_PER_WORKSHOP_MAX} people). Ask a facilitator.`);
  }
  const memberId = ctx.newId() as MemberId;
  const member: Member = {
    id: memberId,
    role: 'participant',
    name: input.name,
    organisation: input.organisation,
    sector: input.sector,
    joinedAt: ctx.now,
    removedAt: null,
  };
  return accepted({ ...state, members: { ...state.members, [memberId]: member } }, { memberId });
}

/**
 * [MEM3] A member arrives the first time they connect: a co-facilitator's seat, made with the workshop, shows as
 * "invited" until its link is opened. Arriving again changes nothing (the same state comes back).
 */
export function arriveMember(state: WorkshopState, memberId: MemberId, ctx: TransitionContext): TransitionResult<null> {
  const member = state.members[memberId];
  if (!member || member.removedAt !== null) return rejected('not_found', 'That person is not in this workshop.');
  if (member.joinedAt !== null) return accepted(state, null);
  return accepted({ ...state, members: { ...state.members, [memberId]: { ...member, joinedAt: ctx.now } } }, null);
}
