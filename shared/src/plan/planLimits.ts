/** The action plan's limits: text in characters after trimming. The UI shows them; the server enforces them. */
export const OBJECTIVES_MAX = 20;
export const ACTIONS_PER_OBJECTIVE_MAX = 20;
export const OBJECTIVE_TEXT_MAX_CHARS = 300;
export const ACTION_TEXT_MAX_CHARS = 500;
export const ACTION_NOTES_MAX_CHARS = 1_000;
export const VISION_MAX_CHARS = 2_000;
export const PRINCIPLE_MAX_CHARS = 200;
export const PRINCIPLES_MAX = 12;
export const PROPOSAL_TEXT_MAX_CHARS = 1_000;
export const LEAD_EXCEPTION_MAX_CHARS = 300;
