/**
 * [SMALL1] The one small-group rule for every split by sector (board results, the feedback survey, and whatever
 * splits by sector next): a sector's figures are shown on their own only when at least SMALL_GROUP_MIN people of
 * that sector took part (voted on the board, answered the survey). Below that, the people in the room know each
 * other well enough to read a few people's choices off a column.
 */
export const SMALL_GROUP_MIN = 5;

/** Whether a sector's group of `people` (voters, respondents) is large enough to be shown on its own. */
export function largeEnoughToShow(people: number): boolean {
  return people >= SMALL_GROUP_MIN;
}
