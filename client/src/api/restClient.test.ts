import { describe, expect, it } from 'vitest';
import { createRestClient, failureFromBody } from './restClient';

function respond(status: number, body: unknown): typeof fetch {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('the REST client', () => {
  it('returns the body of a successful join and sends the JSON body with cookies', async () => {
    let seen: RequestInit | undefined;
    const api = createRestClient(async (url, init) => {
      seen = init;
      expect(url).toBe('/api/join');
      return new Response(JSON.stringify({ workshopId: 'w1', participantId: 'p1', participantUrl: '/w/w1#token=t' }), { status: 201 });
    });
    const result = await api.join({ joinCode: 'abc-234', name: 'Sam', organisation: 'CVS', sector: 'third_sector' });
    expect(result).toEqual({ ok: true, data: { workshopId: 'w1', participantId: 'p1', participantUrl: '/w/w1#token=t' } });
    expect(seen?.credentials).toBe('same-origin');
    expect(JSON.parse(String(seen?.body))).toMatchObject({ joinCode: 'abc-234', sector: 'third_sector' });
  });

  it('passes on field messages from a 400', async () => {
    const api = createRestClient(respond(400, { error: { code: 'invalid_payload', message: 'Check the fields.', fields: { name: 'Your name cannot be empty.', bad: 3 } } }));
    const result = await api.join({ joinCode: 'ABC234', name: '', organisation: '', sector: 'other' });
    expect(result).toEqual({ ok: false, failure: { status: 400, code: 'invalid_payload', message: 'Check the fields.', fields: { name: 'Your name cannot be empty.' } } });
  });

  it('reports no answer as a network failure and a body it cannot read as unexpected', async () => {
    const offline = createRestClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await offline.me('w1')).toMatchObject({ ok: false, failure: { status: 0, code: 'network' } });
    const proxyPage = createRestClient(respond(502, '<html>Bad gateway</html>'));
    expect(await proxyPage.me('w1')).toMatchObject({ ok: false, failure: { status: 502, code: 'unexpected' } });
  });

  it('does not trust an unknown error code', () => {
    expect(failureFromBody(418, { error: { code: 'teapot', message: 'Short and stout.' } })).toEqual({ status: 418, code: 'unexpected', message: 'Short and stout.', fields: {} });
  });
});
