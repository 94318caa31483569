import type { BoardKind } from '../board/board';
import type { ProgressStatus } from '../review/progress';
import { agreedByKind, type AreaOutputs, type SectorCounts } from './areaOutputs';

/**
 * [PROG7] One area's line in the programme view, read off its published outputs only (so it can hold nothing they do
 * not): its place in the five sessions, what it has agreed per board kind, its plan and its survey's response rate.
 */
export interface AreaSummary {
  workshopId: string;
  withheld: boolean;
  currentSession: { number: number; title: string } | null;
  sessions: { number: number; date: string | null }[];
  /** The first session dated today or later that is not the current one, if any. */
  nextDate: string | null;
  participantsBySector: SectorCounts;
  agreedByKind: Record<BoardKind, number>;
  plan: { version: number; agreedAt: string; reviewDate: string; actions: number; actionsByStatus: Record<ProgressStatus, number>; overdue: number } | null;
  survey: { status: AreaOutputs['survey']['status']; responseCount: number; eligibleCount: number };
}

export function areaSummary(outputs: AreaOutputs, today: string): AreaSummary {
  const current = outputs.sessions.find((s) => s.current) ?? null;
  const latest = outputs.plan?.versions.at(-1) ?? null;
  return {
    workshopId: outputs.workshopId,
    withheld: outputs.withheld,
    currentSession: current ? { number: current.number, title: current.title } : null,
    sessions: outputs.sessions.map((s) => ({ number: s.number, date: s.date })),
    nextDate: outputs.sessions.find((s) => !s.current && s.date !== null && s.date >= today)?.date ?? null,
    participantsBySector: outputs.participantsBySector,
    agreedByKind: agreedByKind(outputs),
    plan:
      outputs.plan && latest
        ? {
            version: latest.number,
            agreedAt: latest.agreedAt,
            reviewDate: latest.reviewDate,
            actions: latest.objectives.reduce((n, o) => n + o.actions.length, 0),
            actionsByStatus: outputs.plan.actionsByStatus,
            overdue: outputs.plan.overdue,
          }
        : null,
    survey: { status: outputs.survey.status, responseCount: outputs.survey.responseCount, eligibleCount: outputs.survey.eligibleCount },
  };
}
