import { describe, expect, it } from 'vitest';
import type { RestFailure } from './restClient';
import { linkStateOf } from './useLinkResource';

const failure = (status: number, code: RestFailure['code']): RestFailure => ({ status, code, message: '', fields: {} });

describe('a page a personal link opens', () => {
  it('says there is no link when the tab has no token, whatever else is known', () => {
    expect(linkStateOf(null, null, null)).toEqual({ kind: 'noLink' });
    expect(linkStateOf(null, { title: 'Plan' }, failure(401, 'unauthorized'))).toEqual({ kind: 'noLink' });
  });

  it('is loading until the server answers, then shows what it answered', () => {
    expect(linkStateOf('t0k3n', null, null)).toEqual({ kind: 'loading' });
    expect(linkStateOf('t0k3n', { title: 'Plan' }, null)).toEqual({ kind: 'loaded', data: { title: 'Plan' } });
  });

  it('[SHARE2] says the link is dead when the server does not know the token', () => {
    expect(linkStateOf('t0k3n', null, failure(401, 'unauthorized'))).toEqual({ kind: 'linkDead' });
  });

  it('keeps any other failure, so the page can say what went wrong and offer to try again', () => {
    const offline = failure(0, 'network');
    expect(linkStateOf('t0k3n', null, offline)).toEqual({ kind: 'failed', failure: offline });
    const busy = failure(503, 'unavailable');
    expect(linkStateOf('t0k3n', null, busy)).toEqual({ kind: 'failed', failure: busy });
  });
});
