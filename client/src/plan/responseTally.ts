import { resultGroupOf, RESULT_GROUPS, type ResultGroup } from '@roundtable/shared/board/board';
import type { PersonalView } from '@roundtable/shared/workshop/personalView';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { Sector } from '@roundtable/shared/members/sector';

export type PlanAnswer = 'agree' | 'concern';
type Responses = PersonalView['planResponses'];

export interface ResponseTally {
  /** Answers by sector group (council, third sector, everyone else), as agreement records them. */
  bySector: Record<ResultGroup, Record<PlanAnswer, number>>;
  agree: number;
  concern: number;
  /** Participants still in the workshop, who could answer. */
  participants: number;
}

/** [PLAN4] The room's answers in this round, counted by sector, against how many could answer. */
export function tallyResponses(state: WorkshopState, responses: Responses): ResponseTally {
  const bySector = Object.fromEntries(RESULT_GROUPS.map((g) => [g, { agree: 0, concern: 0 }])) as ResponseTally['bySector'];
  for (const r of responses) bySector[resultGroupOf(r.sector)][r.response] += 1;
  const participants = Object.values(state.members).filter((m) => m.role === 'participant' && m.removedAt === null).length;
  return {
    bySector,
    agree: responses.filter((r) => r.response === 'agree').length,
    concern: responses.filter((r) => r.response === 'concern').length,
    participants,
  };
}

export interface NamedAnswer {
  memberId: string;
  name: string;
  organisation: string;
  sector: Sector | null;
  comment: string;
}

/** [PLAN4] Who has a concern (and who agreed with a comment), by name, for the facilitators alone. */
export function namedAnswers(state: WorkshopState, responses: Responses, answer: PlanAnswer): NamedAnswer[] {
  return responses
    .filter((r) => r.response === answer)
    .map((r) => {
      const member = state.members[r.memberId];
      return { memberId: r.memberId, name: member?.name ?? '', organisation: member?.organisation ?? '', sector: r.sector, comment: r.comment };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** My answer in the round now open, if I have given one (an answer to an earlier round no longer counts). */
export function myAnswerNow(personal: PersonalView, round: number): PersonalView['myPlanResponse'] {
  return personal.myPlanResponse && personal.myPlanResponse.round === round ? personal.myPlanResponse : null;
}
