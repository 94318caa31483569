import { z } from 'zod';
import { text, command } from '../command/payload';
import { actionIdSchema } from '../ids/ids';
import { LEAD_SLOTS } from '../plan/plan';
import { PROGRESS_STATUSES } from './progress';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from './progressLimits';

/* The payload schema of a lead's progress report. */

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

export const PROGRESS_PAYLOADS = {
  /** A lead's progress report (REV3): sent by the server for a lead's link, never by a member. */
  'progress:report': command({
    actionId: actionIdSchema,
    slot: z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' }),
    status: z.enum(PROGRESS_STATUSES, { error: 'Choose a status: not started, on track, at risk, done or dropped.' }),
    note: text(PROGRESS_NOTE_MAX_CHARS, 'The progress note', 0),
    evidence: z.array(evidenceSchema, { error: 'Evidence must be a list.' }).max(EVIDENCE_PER_UPDATE_MAX, `At most ${EVIDENCE_PER_UPDATE_MAX} pieces of evidence.`),
  }),
} as const;

/** A lead's progress report, as its schema reads it. */
export type ProgressReport = z.output<(typeof PROGRESS_PAYLOADS)['progress:report']>;
