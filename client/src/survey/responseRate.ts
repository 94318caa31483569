import type { Messages } from '../i18n/messages.en';

export interface ResponseRate {
  responded: number;
  /** Who could answer; never fewer than have answered (someone who answered may have left since). */
  eligible: number;
  /** Whole per cent, or null when nobody could answer. */
  percent: number | null;
}

/** How many of those who could answer have done so. */
export function responseRate(responded: number, eligible: number): ResponseRate {
  const all = Math.max(eligible, responded);
  return { responded, eligible: all, percent: all === 0 ? null : Math.round((100 * responded) / all) };
}

/** "7 of 12 participants (58%)". */
export function responseRateText(t: Messages, responded: number, eligible: number): string {
  const rate = responseRate(responded, eligible);
  const counts = t.survey.rate(rate.responded, rate.eligible);
  return rate.percent === null ? counts : `${counts} ${t.survey.ratePercent(rate.percent)}`;
}
