/**
 * The server's clock as this device should read it, for countdowns (a board's `timerEndsAt` is on the server's
 * clock). It is measured once per page from the HTTP `Date` header of `GET /api/workshops/:id/me`. The server
 * stamps that header as it answers, so it is compared with the moment the answer arrived (not the middle of the
 * request: a slow answer would then look like a clock far ahead); the header has one-second resolution, so the
 * server's time is taken as the middle of its second. Offsets within CLOCK_TOLERANCE_MS are read as zero, so
 * devices whose clocks are already right (most phones and laptops) all count down together.
 */
export const CLOCK_TOLERANCE_MS = 1_000;

/** Server time minus device time, in ms; 0 when unknown or within tolerance. */
export function clockOffsetMs(dateHeader: string | null, receivedAtMs: number): number {
  if (!dateHeader) return 0;
  const serverSecond = Date.parse(dateHeader);
  if (Number.isNaN(serverSecond)) return 0;
  const offset = Math.round(serverSecond + 500 - receivedAtMs);
  return Math.abs(offset) <= CLOCK_TOLERANCE_MS ? 0 : offset;
}

/** Asks the server for the time; resolves 0 if it cannot tell (offline, no header). Never rejects. */
export async function measureClockOffsetMs(workshopId: string, fetchFn: typeof fetch = (input, init) => fetch(input, init)): Promise<number> {
  try {
    const response = await fetchFn(`/api/workshops/${encodeURIComponent(workshopId)}/me`, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json' },
    });
    return clockOffsetMs(response.headers.get('date'), Date.now());
  } catch {
    return 0;
  }
}
