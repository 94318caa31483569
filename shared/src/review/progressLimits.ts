/** Limits on a lead's progress report, in characters after trimming. The lead's page shows them; the server enforces them. */
export const PROGRESS_NOTE_MAX_CHARS = 2_000;
export const EVIDENCE_PER_UPDATE_MAX = 10;
export const EVIDENCE_TEXT_MAX_CHARS = 500;
export const EVIDENCE_URL_MAX_CHARS = 2_000;
/** Reports kept per action: far more than three to six months between sessions need, few enough that a leaked link cannot flood the plan. */
export const PROGRESS_UPDATES_PER_ACTION_MAX = 200;
/** Live lead links per workshop (two per action; a plan has a few dozen actions at most in practice). */
export const LEAD_LINKS_MAX = 120;
