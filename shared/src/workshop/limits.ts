/** Text limits, in characters after trimming. The UI shows them; the server enforces them. */
export const WORKSHOP_TITLE_MAX_CHARS = 120;
export const AREA_MAX_CHARS = 120;
export const PERSON_NAME_MAX_CHARS = 80;
export const ORGANISATION_MAX_CHARS = 120;
export const SESSION_TITLE_MAX_CHARS = 120;
export const SESSION_AGENDA_MAX_CHARS = 2_000;
export const BOARD_TITLE_MAX_CHARS = 120;
export const BOARD_PROMPT_MAX_CHARS = 500;

export const BOARDS_PER_SESSION_MAX = 20;
/** A PIP group is 5-40 people; the cap keeps a leaked code from flooding a workshop. */
export const MEMBERS_PER_WORKSHOP_MAX = 200;
