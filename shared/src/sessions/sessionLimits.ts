/** Text limits, in characters after trimming. The UI shows them; the server enforces them. */
export const SESSION_TITLE_MAX_CHARS = 120;
export const SESSION_AGENDA_MAX_CHARS = 2_000;
