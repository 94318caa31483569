import { z } from 'zod';
import { BOARD_PHASES, CONTRIBUTING_MODES } from '../board/board';
import { FRAME_MAX_SIZE, FRAME_MIN_HEIGHT, FRAME_MIN_WIDTH, WALL_LIMIT } from '../board/wallLayout';
import { actionIdSchema, safeIdText, boardIdSchema, cardIdSchema, clusterIdSchema, commandIdSchema, itemIdSchema, memberIdSchema, objectiveIdSchema, proposalIdSchema, sessionIdSchema } from '../ids/ids';
import { LEAD_SLOTS, PROPOSAL_FIELDS } from '../plan/plan';
import { PROGRESS_STATUSES, type ProgressUpdate } from '../review/progress';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from '../review/progressLimits';
import { SURVEY_SCALE, type SurveyItemId } from '../survey/survey';
import {
  AREA_MAX_CHARS,
  BOARD_PROMPT_MAX_CHARS,
  ACTION_NOTES_MAX_CHARS,
  ACTION_TEXT_MAX_CHARS,
  AGREE_COUNT_MAX,
  LEAD_EXCEPTION_MAX_CHARS,
  OBJECTIVE_TEXT_MAX_CHARS,
  PRINCIPLE_MAX_CHARS,
  PRINCIPLES_MAX,
  PROPOSAL_TEXT_MAX_CHARS,
  VISION_MAX_CHARS,
  BOARD_TITLE_MAX_CHARS,
  CARD_TEXT_MAX_CHARS,
  CLUSTER_NAME_MAX_CHARS,
  ORGANISATION_MAX_CHARS,
  PERSON_NAME_MAX_CHARS,
  SESSION_AGENDA_MAX_CHARS,
  SESSION_TITLE_MAX_CHARS,
  TIMER_SECONDS_MAX,
  VOTES_PER_PARTICIPANT_MAX,
  WORKSHOP_TITLE_MAX_CHARS,
  SURVEY_ITEMS_MAX,
  SURVEY_ITEM_TEXT_MAX_CHARS,
  SURVEY_TEXT_ANSWER_MAX_CHARS,
} from '../workshop/limits';
import { boardKindSchema, calendarDateSchema, sectorSchema, timescaleSchema } from '../workshop/workshopSchema';
import type { CommandName } from './commandNames';

/** Trimmed text with a clear limit. `min` 1 unless the field may be empty. */
export function text(max: number, label: string, min = 1) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(min, min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

/** A position on the board wall: a finite number within ±WALL_LIMIT (WALL1). */
function wallCoordinate(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(-WALL_LIMIT, `${label} must be at least -${WALL_LIMIT}.`)
    .max(WALL_LIMIT, `${label} must be at most ${WALL_LIMIT}.`);
}

/** A frame's width or height: room for one card, at most FRAME_MAX_SIZE. */
function frameSize(label: string, min: number) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(min, `${label} must be at least ${min}, room for one card.`)
    .max(FRAME_MAX_SIZE, `${label} must be at most ${FRAME_MAX_SIZE}.`);
}

/**
 * Every command carries a client-made id. The server records the first result under (member, id) and returns it
 * for any repeat, so a client can resend its outbox after a reconnect or a reload and nothing is applied twice.
 */
const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId: commandIdSchema, ...shape });

/** A survey item's id as a record key (built-in items have readable ids such as `pip-trust`). */
const surveyItemIdKey = safeIdText;
const surveyItemIdSchema = surveyItemIdKey.transform((s) => s as SurveyItemId);
const atMostItems = (record: Record<string, unknown>) => Object.keys(record).length <= SURVEY_ITEMS_MAX;
const tooManyItems = `A survey has at most ${SURVEY_ITEMS_MAX} questions.`;

/** A link given as evidence: http or https only, so it opens as a web page and never runs anything. */
const evidenceUrl = z
  .string({ error: 'A link must be text.' })
  .trim()
  .max(EVIDENCE_URL_MAX_CHARS, `A link can be at most ${EVIDENCE_URL_MAX_CHARS} characters.`)
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'A link must be a web address starting with http:// or https://.' }));

/** One piece of evidence: a sentence, a link, or both (an empty link is no link). */
const evidenceSchema = z
  .strictObject({
    text: text(EVIDENCE_TEXT_MAX_CHARS, 'Evidence', 0),
    url: z.preprocess((v) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v), evidenceUrl.nullable()),
  })
  .refine((e) => e.text !== '' || e.url !== null, 'Each piece of evidence needs a sentence or a link.');

/** An action's lead: a participant in the workshop, or a person named with their organisation and sector. */
const leadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: memberIdSchema }),
  z.strictObject({
    kind: z.literal('named'),
    name: text(PERSON_NAME_MAX_CHARS, "The lead's name"),
    organisation: text(ORGANISATION_MAX_CHARS, "The lead's organisation"),
    sector: sectorSchema,
  }),
]);

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

  'board:configure': command({
    boardId: boardIdSchema,
    contributing: z.enum(CONTRIBUTING_MODES).optional(),
    anonymous: z.boolean().optional(),
    votesPerParticipant: z.number().int().min(1).max(VOTES_PER_PARTICIPANT_MAX).optional(),
    votesPerItemMax: z.number().int().min(1).max(VOTES_PER_PARTICIPANT_MAX).optional(),
    agreeCount: z.number().int().min(1).max(AGREE_COUNT_MAX).optional(),
    participantsCanGroup: z.boolean().optional(),
  }),
  /** `from` is the phase the sender saw: if the board has moved on, the command is refused (PH2). */
  'board:setPhase': command({ boardId: boardIdSchema, from: z.enum(BOARD_PHASES), to: z.enum(BOARD_PHASES) }),
  'board:lock': command({ boardId: boardIdSchema, locked: z.boolean() }),
  /** Starts a countdown of `seconds`, or stops it (null). */
  'board:timer': command({ boardId: boardIdSchema, seconds: z.number().int().min(10).max(TIMER_SECONDS_MAX).nullable() }),
  /** "Bring everyone here" (null lets everyone browse again). */
  'board:focus': command({ boardId: boardIdSchema.nullable() }),
  /** A facilitator scribing for the room may choose the card's sector (null: the room's); a participant's is their own. */
  'card:add': command({ boardId: boardIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The card'), sector: sectorSchema.nullable().optional() }),
  'card:edit': command({ cardId: cardIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The card') }),
  'card:delete': command({ cardId: cardIdSchema }),
  /** Into a cluster (or out of every cluster: null), at an index in it (past the end: last). */
  'card:move': command({ cardId: cardIdSchema, clusterId: clusterIdSchema.nullable(), toIndex: z.number().int().min(0).max(10_000).optional() }),
  /** Merges duplicate `cardId` into `intoCardId`: one card with both texts' sectors (and, privately, authors). */
  'card:merge': command({ cardId: cardIdSchema, intoCardId: cardIdSchema }),
  'card:hide': command({ cardId: cardIdSchema, hidden: z.boolean() }),
  /** Without `x, y` the frame goes to a free place on the wall (WALL4). */
  'cluster:add': command({ boardId: boardIdSchema, name: text(CLUSTER_NAME_MAX_CHARS, 'The cluster name'), x: wallCoordinate('x').optional(), y: wallCoordinate('y').optional() }),
  'cluster:rename': command({ clusterId: clusterIdSchema, name: text(CLUSTER_NAME_MAX_CHARS, 'The cluster name') }),
  /** Removes a cluster; its cards stay on the board, loose. */
  'cluster:remove': command({ clusterId: clusterIdSchema }),
  /**
   * A drag's drop on the wall (WALL6): into a cluster at `x, y` relative to its frame, or loose (null) at page `x, y`.
   * `from` is where the sender saw the card; if it has moved since, the drop is refused with `conflict`.
   */
  'card:place': command({
    cardId: cardIdSchema,
    clusterId: clusterIdSchema.nullable(),
    x: wallCoordinate('x'),
    y: wallCoordinate('y'),
    from: z.strictObject({ clusterId: clusterIdSchema.nullable(), x: wallCoordinate('x'), y: wallCoordinate('y') }),
  }),
  /** Moves and resizes a cluster's frame; its cards move with it (WALL7). */
  'cluster:place': command({
    clusterId: clusterIdSchema,
    x: wallCoordinate('x'),
    y: wallCoordinate('y'),
    w: frameSize('w', FRAME_MIN_WIDTH),
    h: frameSize('h', FRAME_MIN_HEIGHT),
  }),
  /** Lays the whole board out afresh (WALL5). */
  'board:tidy': command({ boardId: boardIdSchema }),
  'vote:cast': command({ boardId: boardIdSchema, itemId: itemIdSchema }),
  'vote:retract': command({ boardId: boardIdSchema, itemId: itemIdSchema }),
  /** Marks an item agreed, with the wording the room settled on (omitted: its own). */
  'item:agree': command({ itemId: itemIdSchema, text: text(CARD_TEXT_MAX_CHARS, 'The agreed wording').optional() }),
  'item:unagree': command({ itemId: itemIdSchema }),
  /** Undoes the last facilitator action, if nothing it touched has changed since. */
  'facilitator:undo': command({}),

  /** `baseVision` is the vision the editor started from (PLAN6). */
  'plan:update': command({
    vision: text(VISION_MAX_CHARS, 'The vision', 0).optional(),
    baseVision: z.string().max(VISION_MAX_CHARS).optional(),
    principles: z.array(text(PRINCIPLE_MAX_CHARS, 'A principle')).max(PRINCIPLES_MAX, `At most ${PRINCIPLES_MAX} principles.`).optional(),
    reviewDate: calendarDateSchema.nullable().optional(),
  }),
  'objective:add': command({ text: text(OBJECTIVE_TEXT_MAX_CHARS, 'The objective') }),
  /** Adds every agreed item of the objectives boards not already in the plan. */
  'objective:importAgreed': command({}),
  'objective:update': command({ objectiveId: objectiveIdSchema, text: text(OBJECTIVE_TEXT_MAX_CHARS, 'The objective'), baseText: z.string().max(OBJECTIVE_TEXT_MAX_CHARS) }),
  'objective:move': command({ objectiveId: objectiveIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'objective:remove': command({ objectiveId: objectiveIdSchema }),
  'action:add': command({ objectiveId: objectiveIdSchema, text: text(ACTION_TEXT_MAX_CHARS, 'The action') }),
  /** Text and notes carry the text the editor started from (PLAN6). */
  'action:update': command({
    actionId: actionIdSchema,
    text: text(ACTION_TEXT_MAX_CHARS, 'The action').optional(),
    baseText: z.string().max(ACTION_TEXT_MAX_CHARS).optional(),
    notes: text(ACTION_NOTES_MAX_CHARS, 'The notes', 0).optional(),
    baseNotes: z.string().max(ACTION_NOTES_MAX_CHARS).optional(),
    timescale: timescaleSchema.nullable().optional(),
    leadException: text(LEAD_EXCEPTION_MAX_CHARS, 'The reason').nullable().optional(),
    objectiveId: objectiveIdSchema.optional(),
  }),
  'action:setLead': command({ actionId: actionIdSchema, slot: z.enum(LEAD_SLOTS), lead: leadSchema.nullable() }),
  'action:move': command({ actionId: actionIdSchema, toIndex: z.number().int().min(0).max(1_000) }),
  'action:remove': command({ actionId: actionIdSchema }),
  'proposal:add': command({
    kind: z.enum(['wording', 'comment']),
    targetKind: z.enum(['objective', 'action']),
    targetId: z.union([objectiveIdSchema, actionIdSchema]),
    field: z.enum(PROPOSAL_FIELDS).optional(),
    text: text(PROPOSAL_TEXT_MAX_CHARS, 'The text'),
  }),
  'proposal:decide': command({ proposalId: proposalIdSchema, accept: z.boolean() }),
  'plan:consult': command({}),
  /** `round` is the round the participant saw: an answer to a plan that has changed since is refused. */
  'plan:respond': command({
    round: z.number().int().min(1),
    response: z.enum(['agree', 'concern']),
    comment: text(PROPOSAL_TEXT_MAX_CHARS, 'The comment', 0).optional(),
  }),
  /** `version` is the number the sender means to agree, so the same version is never agreed twice. */
  'plan:agree': command({ version: z.number().int().min(1) }),
  /** A lead's progress report (REV3): sent by the server for a lead's link, never by a member. */
  'progress:report': command({
    actionId: actionIdSchema,
    slot: z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' }),
    status: z.enum(PROGRESS_STATUSES, { error: 'Choose a status: not started, on track, at risk, done or dropped.' }),
    note: text(PROGRESS_NOTE_MAX_CHARS, 'The progress note', 0),
    evidence: z.array(evidenceSchema, { error: 'Evidence must be a list.' }).max(EVIDENCE_PER_UPDATE_MAX, `At most ${EVIDENCE_PER_UPDATE_MAX} pieces of evidence.`),
  }),

  /**
   * The survey's items as the facilitators want them, in order: an item with an `id` keeps it (its wording may
   * change), one without is new, and one left out is removed (SURV1).
   */
  'survey:configure': command({
    items: z
      .array(z.strictObject({ id: surveyItemIdSchema.optional(), kind: z.enum(['scale', 'text']), text: text(SURVEY_ITEM_TEXT_MAX_CHARS, 'A question') }))
      .min(1, 'The survey needs at least one question.')
      .max(SURVEY_ITEMS_MAX, `A survey can have at most ${SURVEY_ITEMS_MAX} questions.`),
  }),
  'survey:open': command({}),
  'survey:close': command({}),
  /** One participant's answers, once (SURV3): per scale item an answer on the scale or null (left blank); per text item a text. */
  'survey:answer': command({
    answers: z.record(surveyItemIdKey, z.enum(SURVEY_SCALE, { error: 'An answer must be one of the five on the scale, or left blank.' }).nullable()).refine(atMostItems, tooManyItems),
    texts: z.record(surveyItemIdKey, text(SURVEY_TEXT_ANSWER_MAX_CHARS, 'An answer', 0)).refine(atMostItems, tooManyItems),
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
  'board:configure': null;
  'board:setPhase': null;
  'board:lock': null;
  'board:timer': null;
  'board:focus': null;
  'card:add': { cardId: string };
  'card:edit': null;
  'card:delete': null;
  'card:move': null;
  'card:merge': null;
  'card:hide': null;
  'cluster:add': { clusterId: string };
  'cluster:rename': null;
  'cluster:remove': null;
  'card:place': null;
  'cluster:place': null;
  'board:tidy': null;
  'vote:cast': { dotsLeft: number };
  'vote:retract': { dotsLeft: number };
  'item:agree': null;
  'item:unagree': null;
  'facilitator:undo': { undone: string };
  'plan:update': null;
  'objective:add': { objectiveId: string };
  'objective:importAgreed': { added: number };
  'objective:update': null;
  'objective:move': null;
  'objective:remove': null;
  'action:add': { actionId: string };
  'action:update': null;
  'action:setLead': null;
  'action:move': null;
  'action:remove': null;
  'proposal:add': { proposalId: string };
  'proposal:decide': null;
  'plan:consult': null;
  'plan:respond': null;
  'plan:agree': { version: number };
  'progress:report': { update: ProgressUpdate };
  'survey:configure': null;
  'survey:open': null;
  'survey:close': null;
  'survey:answer': null;
}
