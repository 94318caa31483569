/** The health check's limits (HEALTH3): a comment in characters after trimming. */
export const HEALTH_COMMENT_MAX_CHARS = 1_000;
