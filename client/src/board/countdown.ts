/** Whole seconds until `endsAt` on the server's clock (never negative), or null when no countdown is set. */
export function secondsLeft(endsAt: string | null, serverNowMs: number): number | null {
  if (endsAt === null) return null;
  const end = Date.parse(endsAt);
  if (Number.isNaN(end)) return null;
  return Math.max(0, Math.ceil((end - serverNowMs) / 1000));
}

/** "4:05", "0:09", "60:00": minutes and two-digit seconds. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A moment worth telling everyone about, by voice and, at zero, by sound. */
export type CountdownMoment = 'oneMinute' | 'tenSeconds' | 'done';

/**
 * The moment the countdown passed between two readings, if any. Only a crossing seen live counts: a page opened
 * after the end, or a countdown started with less than a minute, does not announce what it never passed.
 */
export function momentPassed(previous: number | null, next: number | null): CountdownMoment | null {
  if (previous === null || next === null || next >= previous) return null;
  if (next === 0) return 'done';
  if (previous > 10 && next <= 10) return 'tenSeconds';
  if (previous > 60 && next <= 60) return 'oneMinute';
  return null;
}
