/** Text limits, in characters after trimming. The UI shows them; the server enforces them. */
export const BOARD_TITLE_MAX_CHARS = 120;
export const BOARD_PROMPT_MAX_CHARS = 500;
export const BOARDS_PER_SESSION_MAX = 20;

/** A card is a sticky note: a sentence or two. */
export const CARD_TEXT_MAX_CHARS = 280;
export const CLUSTER_NAME_MAX_CHARS = 80;
export const CARDS_PER_BOARD_MAX = 500;
export const CARDS_PER_MEMBER_PER_BOARD_MAX = 40;
export const CLUSTERS_PER_BOARD_MAX = 40;
export const VOTES_PER_PARTICIPANT_MAX = 20;
export const AGREE_COUNT_MAX = 20;
export const TIMER_SECONDS_MAX = 60 * 60;
