/** Text limits, in characters after trimming. The UI shows them; the server enforces them. */
export const WORKSHOP_TITLE_MAX_CHARS = 120;
export const AREA_MAX_CHARS = 120;
