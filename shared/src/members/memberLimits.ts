/** Text limits, in characters after trimming. The UI shows them; the server enforces them. */
export const PERSON_NAME_MAX_CHARS = 80;
export const ORGANISATION_MAX_CHARS = 120;

/** A PIP group is 5-40 people; the cap keeps a leaked code from flooding a workshop. */
export const MEMBERS_PER_WORKSHOP_MAX = 200;
