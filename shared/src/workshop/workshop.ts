import { z } from 'zod';
import {
  boardIdSchema,
  memberIdSchema,
  sessionIdSchema,
  workshopIdSchema,
  type BoardId,
  type MemberId,
  type SessionId,
  type WorkshopId,
} from '../ids/ids';
import { sectorSchema, type Sector } from './sector';

/**
 * The workshop as every member of it may see it. This is exactly what the workshop's Y.Doc holds
 * (see doc/workshopDoc.ts); tokens, and anything a member may not see, live only in the server's store.
 */
export const ROLES = ['facilitator', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const BOARD_KINDS = [
  'experiences',
  'drivers',
  'benefits',
  'difficulties',
  'obstacles',
  'profile',
  'objectives',
  'action_plan',
  'review',
  'key_learning',
  'feedback',
  'discussion',
] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
export const boardKindSchema = z.enum(BOARD_KINDS);

export interface WorkshopMeta {
  id: WorkshopId;
  title: string;
  area: string;
  /** Shown on the wall and typed by participants; rotating it stops the old one working. */
  joinCode: string;
  createdAt: string;
  currentSessionId: SessionId | null;
}

export interface Session {
  id: SessionId;
  /** 1-5: the PIP session this is. Fixed; sessions are renamed, not reordered. */
  number: number;
  title: string;
  agenda: string;
  /** Calendar date (YYYY-MM-DD) or null while unscheduled. */
  date: string | null;
}

export interface Board {
  id: BoardId;
  sessionId: SessionId;
  kind: BoardKind;
  title: string;
  prompt: string;
  /** Order within its session: 0..n-1, kept dense. */
  position: number;
}

export interface Member {
  id: MemberId;
  role: Role;
  name: string;
  organisation: string;
  /** Facilitators may have no sector. */
  sector: Sector | null;
  /** When they first came in; null for a seat made for someone who has not opened their link yet. */
  joinedAt: string | null;
  /** Set when a facilitator removes the member; their token stops working. */
  removedAt: string | null;
}

export interface WorkshopState {
  meta: WorkshopMeta;
  sessions: Record<SessionId, Session>;
  boards: Record<BoardId, Board>;
  members: Record<MemberId, Member>;
}

const isoDateTime = z.iso.datetime();
export const calendarDateSchema = z.iso.date({ error: 'Expected a date as YYYY-MM-DD.' });

/** Validates a workshop read back from storage: a document loaded from the database is a trust boundary. */
export const workshopStateSchema = z.object({
  meta: z.object({
    id: workshopIdSchema,
    title: z.string(),
    area: z.string(),
    joinCode: z.string(),
    createdAt: isoDateTime,
    currentSessionId: sessionIdSchema.nullable(),
  }),
  sessions: z.record(
    z.string(),
    z.object({ id: sessionIdSchema, number: z.number().int(), title: z.string(), agenda: z.string(), date: calendarDateSchema.nullable() }),
  ),
  boards: z.record(
    z.string(),
    z.object({
      id: boardIdSchema,
      sessionId: sessionIdSchema,
      kind: boardKindSchema,
      title: z.string(),
      prompt: z.string(),
      position: z.number().int(),
    }),
  ),
  members: z.record(
    z.string(),
    z.object({
      id: memberIdSchema,
      role: z.enum(ROLES),
      name: z.string(),
      organisation: z.string(),
      sector: sectorSchema.nullable(),
      joinedAt: isoDateTime.nullable(),
      removedAt: isoDateTime.nullable(),
    }),
  ),
}) as unknown as z.ZodType<WorkshopState>;

/** Sessions in PIP order. */
export function sessionsInOrder(state: WorkshopState): Session[] {
  return Object.values(state.sessions).sort((a, b) => a.number - b.number);
}

/** A session's boards in agenda order. */
export function boardsOfSession(state: WorkshopState, sessionId: SessionId): Board[] {
  return Object.values(state.boards)
    .filter((b) => b.sessionId === sessionId)
    .sort((a, b) => a.position - b.position);
}

/** Whether a member has come in (a co-facilitator's seat waits until they open their link). */
export function hasArrived(member: Member): boolean {
  return member.joinedAt !== null;
}

/** Members who have not been removed, facilitators first, then by name. */
export function activeMembers(state: WorkshopState): Member[] {
  return Object.values(state.members)
    .filter((m) => m.removedAt === null)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'facilitator' ? -1 : 1));
}
