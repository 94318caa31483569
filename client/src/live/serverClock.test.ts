import { describe, expect, it } from 'vitest';
import { clockOffsetMs, measureClockOffsetMs } from './serverClock';

const received = Date.parse('2026-09-01T10:00:00.200Z');

describe('the server clock offset', () => {
  it('reads the Date header as the middle of its second, against when the answer arrived', () => {
    // The server says 10:00:05 (so 10:00:05.5); the answer arrived at 10:00:00.2: the server is 5.3 s ahead.
    expect(clockOffsetMs('Tue, 01 Sep 2026 10:00:05 GMT', received)).toBe(5_300);
    expect(clockOffsetMs('Tue, 01 Sep 2026 09:59:50 GMT', received)).toBe(-9_700);
  });

  it('reads a device that is right to within a second as exactly right', () => {
    expect(clockOffsetMs('Tue, 01 Sep 2026 10:00:00 GMT', received)).toBe(0);
    expect(clockOffsetMs('Tue, 01 Sep 2026 09:59:59 GMT', received)).toBe(0);
  });

  it('is 0 without a readable header', () => {
    expect(clockOffsetMs(null, received)).toBe(0);
    expect(clockOffsetMs('yesterday', received)).toBe(0);
  });

  it('is measured from GET /api/workshops/:id/me, and 0 when the request fails', async () => {
    const urls: string[] = [];
    const ahead = new Date(Date.now() + 60_000).toUTCString();
    const offset = await measureClockOffsetMs('w1234567', async (input) => {
      urls.push(String(input));
      return new Response('{}', { headers: { date: ahead } });
    });
    expect(urls).toEqual(['/api/workshops/w1234567/me']);
    expect(offset).toBeGreaterThan(58_000);
    expect(offset).toBeLessThan(62_000);
    expect(await measureClockOffsetMs('w1234567', () => Promise.reject(new Error('offline')))).toBe(0);
  });
});
