/** The partnership map's limits (MAP3): an organisation's name in characters after trimming, and how many a map holds (suggestions included). */
export const MAP_NAME_MAX_CHARS = 120;
export const MAP_ORGANISATIONS_MAX = 120;
