import { describe, expect, it } from 'vitest';
import type { RestFailure } from '../api/restClient';
import { isTransient } from './useLeadReport';

const failure = (status: number, code: RestFailure['code']): RestFailure => ({ status, code, message: '', fields: {} });

describe('a report that was not recorded', () => {
  it('[REV7] waits to be sent again when no answer came or the server was busy', () => {
    expect(isTransient(failure(0, 'network'))).toBe(true);
    expect(isTransient(failure(429, 'rate_limited'))).toBe(true);
    expect(isTransient(failure(503, 'unavailable'))).toBe(true);
    expect(isTransient(failure(500, 'internal'))).toBe(true);
  });

  it('[REV7] goes back to the lead when the server refused it as it is', () => {
    expect(isTransient(failure(400, 'invalid_payload'))).toBe(false);
    expect(isTransient(failure(404, 'not_found'))).toBe(false);
    expect(isTransient(failure(409, 'limit_reached'))).toBe(false);
  });
});
