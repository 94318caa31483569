/** The most boards and items one area can mark "not shared with the programme" (far more than a workshop agrees). */
export const WITHHELD_BOARDS_MAX = 100;
export const WITHHELD_ITEMS_MAX = 500;
