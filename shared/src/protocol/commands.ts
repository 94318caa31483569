import { z } from 'zod';
import { boardIdSchema, commandIdSchema, memberIdSchema, sessionIdSchema } from '../ids/ids';
import {
  AREA_MAX_CHARS,
  BOARD_PROMPT_MAX_CHARS,
  BOARD_TITLE_MAX_CHARS,
  ORGANISATION_MAX_CHARS,
  PERSON_NAME_MAX_CHARS,
  SESSION_AGENDA_MAX_CHARS,
  SESSION_TITLE_MAX_CHARS,
  WORKSHOP_TITLE_MAX_CHARS,
} from '../workshop/limits';
import { boardKindSchema, calendarDateSchema, sectorSchema } from '../workshop/workshopSchema';
import type { CommandName } from './commandNames';

/** Trimmed text with a clear limit. `min` 1 unless the field may be empty. */
export function text(max: number, label: string, min = 1) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(min, min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

/**
 * Every command carries a client-made id. The server records the first result under (member, id) and returns it
 * for any repeat, so a client can resend its outbox after a reconnect or a reload and nothing is applied twice.
 */
const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId: commandIdSchema, ...shape });

export const commandSchemas = {
  'workshop:update': command({
    title: text(WORKSHOP_TITLE_MAX_CHARS, 'The title').optional(),
    area: text(AREA_MAX_CHARS, 'The area').optional(),
  }),
  'session:update': command({
    sessionId: sessionIdSchema,
    title: text(SESSION_TITLE_MAX_CHARS, 'The session title').optional(),
    agenda: text(SESSION_AGENDA_MAX_CHARS, 'The agenda', 0).optional(),
    date: calendarDateSchema.nullable().optional(),
  }),
  'session:open': command({ sessionId: sessionIdSchema }),
  'board:add': command({
    sessionId: sessionIdSchema,
    kind: boardKindSchema,
    title: text(BOARD_TITLE_MAX_CHARS, 'The board title'),
    prompt: text(BOARD_PROMPT_MAX_CHARS, 'The prompt', 0),
  }),
  'board:update': command({
    boardId: boardIdSchema,
    title: text(BOARD_TITLE_MAX_CHARS, 'The board title').optional(),
    prompt: text(BOARD_PROMPT_MAX_CHARS, 'The prompt', 0).optional(),
  }),
  'board:remove': command({ boardId: boardIdSchema }),
  'board:move': command({ boardId: boardIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'joinCode:rotate': command({}),
  'member:remove': command({ memberId: memberIdSchema }),
  'member:updateProfile': command({
    name: text(PERSON_NAME_MAX_CHARS, 'Your name').optional(),
    organisation: text(ORGANISATION_MAX_CHARS, 'Your organisation', 0).optional(),
    sector: sectorSchema.optional(),
  }),
} as const satisfies Record<CommandName, z.ZodType>;

export type { CommandName };
export type CommandPayload<K extends CommandName> = z.output<(typeof commandSchemas)[K]>;
/** What a client sends: ids still as plain strings. */
export type CommandInput<K extends CommandName> = z.input<(typeof commandSchemas)[K]>;

/** What each command's acknowledgement carries on success. */
export interface CommandData {
  'workshop:update': null;
  'session:update': null;
  'session:open': null;
  'board:add': { boardId: string };
  'board:update': null;
  'board:remove': null;
  'board:move': null;
  'joinCode:rotate': { joinCode: string };
  'member:remove': null;
  'member:updateProfile': null;
}
