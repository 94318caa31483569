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

/** A card is a sticky note: a sentence or two. */
export const CARD_TEXT_MAX_CHARS = 280;
export const CLUSTER_NAME_MAX_CHARS = 80;
export const CARDS_PER_BOARD_MAX = 500;
export const CARDS_PER_MEMBER_PER_BOARD_MAX = 40;
export const CLUSTERS_PER_BOARD_MAX = 40;
export const VOTES_PER_PARTICIPANT_MAX = 20;
export const AGREE_COUNT_MAX = 20;
export const TIMER_SECONDS_MAX = 60 * 60;

/** The action plan. */
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

/** The feedback survey (SURV1, SURV3). */
export const SURVEY_ITEMS_MAX = 30;
export const SURVEY_ITEM_TEXT_MAX_CHARS = 300;
export const SURVEY_TEXT_ANSWER_MAX_CHARS = 2_000;
