import { z } from 'zod';
import { recordById, boardIdSchema, cardIdSchema, clusterIdSchema, memberIdSchema, sessionIdSchema } from '../ids/ids';
import { sectorSchema } from '../members/memberSchema';
import { SECTORS } from '../members/sector';
import { BOARD_KINDS, BOARD_PHASES, CONTRIBUTING_MODES, RESULT_GROUPS, VOTE_LEVELS } from './board';
import { FRAME_MAX_SIZE, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, WALL_LIMIT } from './wallLayout';

/*
 * The board's zod schemas — its part of the shared state and of the hidden state (workshop/workshopSchema.ts and
 * workshop/hiddenStateSchema.ts assemble the whole) — apart from its types so that browser code that only reads a
 * workshop does not load zod.
 */

export const boardKindSchema = z.enum(BOARD_KINDS);

const isoDateTime = z.iso.datetime();
const count = z.number().int().min(0);
const cardSectorSchema = z.enum([...SECTORS, 'none']);
/** Counts per sector group, as a board's results and the plan's responses show them. */
export const groupCountsSchema = z.object({ local_authority: count, third_sector: count, other: count });
const tallySchema = z.object({ total: count, bySector: groupCountsSchema.nullable() }).nullable();
/** A position on the board wall (WALL1). */
const wallCoordinate = z.number().min(-WALL_LIMIT).max(WALL_LIMIT);
const frameSize = (min: number) => z.number().min(min).max(FRAME_MAX_SIZE);

/** The boards' part of the workshop's stored state: boards, published cards and clusters (DOC3). */
export const boardStateParts = {
  boards: recordById(
    z.object({
      id: boardIdSchema,
      sessionId: sessionIdSchema,
      kind: boardKindSchema,
      title: z.string(),
      prompt: z.string(),
      position: z.number().int(),
      phase: z.enum(BOARD_PHASES),
      contributing: z.enum(CONTRIBUTING_MODES),
      anonymous: z.boolean(),
      votesPerParticipant: count,
      votesPerItemMax: count,
      agreeCount: count,
      participantsCanGroup: z.boolean(),
      voteOn: z.enum(VOTE_LEVELS),
      locked: z.boolean(),
      timerEndsAt: isoDateTime.nullable(),
      timerSeconds: count.nullable(),
      cardCounts: z.record(cardSectorSchema, count),
      dotsSpent: count,
      resultGroups: z.array(z.enum(RESULT_GROUPS)).nullable(),
    }),
  ),
  cards: recordById(
    z.object({
      id: cardIdSchema,
      boardId: boardIdSchema,
      text: z.string(),
      sectors: z.array(cardSectorSchema).min(1),
      mergedTexts: z.array(z.string()),
      authorIds: z.array(memberIdSchema).nullable(),
      clusterId: clusterIdSchema.nullable(),
      position: count,
      x: wallCoordinate,
      y: wallCoordinate,
      createdAt: isoDateTime.nullable(),
      hidden: z.boolean(),
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
  clusters: recordById(
    z.object({
      id: clusterIdSchema,
      boardId: boardIdSchema,
      name: z.string(),
      position: count,
      x: wallCoordinate,
      y: wallCoordinate,
      w: frameSize(FRAME_MIN_WIDTH),
      h: frameSize(FRAME_MIN_HEIGHT),
      votes: tallySchema,
      agreed: z.boolean(),
      agreedText: z.string().nullable(),
    }),
  ),
};

/** The board's part of the hidden state, validated when read back from storage (a trust boundary: DOC3). */
export const boardHiddenParts = {
  cards: recordById(
    z.object({
      id: cardIdSchema,
      boardId: boardIdSchema,
      authorIds: z.array(memberIdSchema),
      // A draft is a whole card; the shared doc's schema checks cards in detail, here its shape is enough.
      draft: z.object({ id: cardIdSchema, boardId: boardIdSchema, text: z.string() }).loose().nullable(),
      hiddenContent: z.object({ text: z.string(), mergedTexts: z.array(z.string()) }).nullable(),
    }),
  ),
  ballots: recordById(
    z.object({ id: z.string(), boardId: boardIdSchema, memberId: memberIdSchema, sector: sectorSchema.nullable(), dots: z.record(z.string(), count) }),
  ),
  notices: recordById(
    z.object({ id: z.string(), memberId: memberIdSchema, boardId: boardIdSchema, cardId: cardIdSchema, kind: z.literal('cardHidden'), excerpt: z.string(), at: z.iso.datetime() }),
  ),
};
