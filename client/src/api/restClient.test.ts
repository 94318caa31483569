import { describe, expect, it } from 'vitest';
import { createRestClient, failureFromBody, fileNameFromDisposition } from './restClient';

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

  it('[SHARE2] sends a share link token as a Bearer header, without cookies, and never in the URL', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const api = createRestClient(async (url, init) => {
      seen.push({ url, init });
      return url.endsWith('.json')
        ? new Response(JSON.stringify({ title: 'T', area: 'A', plan: null }), { status: 200 })
        : new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-disposition': 'attachment; filename="t-action-plan-v1.pdf"' } });
    });
    expect(await api.sharedPlan('s3cr3t-token')).toEqual({ ok: true, data: { title: 'T', area: 'A', plan: null } });
    const file = await api.sharedPlanFile('s3cr3t-token', 'pdf');
    expect(file.ok && file.data.fileName).toBe('t-action-plan-v1.pdf');
    expect(file.ok && (await file.data.blob.arrayBuffer()).byteLength).toBe(4);
    expect(seen.map((s) => s.url)).toEqual(['/api/shared/plan.json', '/api/shared/plan.pdf']);
    for (const { url, init } of seen) {
      expect(url).not.toContain('s3cr3t');
      expect(init?.credentials).toBe('omit');
      expect((init?.headers as Record<string, string>).authorization).toBe('Bearer s3cr3t-token');
    }
  });

  it('reads a refused download as a failure, and a 204 as success with no body', async () => {
    const revoked = createRestClient(respond(401, { error: { code: 'unauthorized', message: 'This link does not work.' } }));
    expect(await revoked.sharedPlanFile('t', 'docx')).toMatchObject({ ok: false, failure: { status: 401, code: 'unauthorized' } });
    let method: string | undefined;
    const api = createRestClient(async (url, init) => {
      method = init?.method;
      expect(url).toBe('/api/workshops/w%201/share-links/l1');
      return new Response(null, { status: 204 });
    });
    expect(await api.revokeShareLink('w 1', 'l1')).toEqual({ ok: true, data: null });
    expect(method).toBe('DELETE');
  });

  it('takes a safe file name from Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="darlington-pip-action-plan-v2.docx"')).toBe('darlington-pip-action-plan-v2.docx');
    expect(fileNameFromDisposition('attachment; filename=plan.csv')).toBe('plan.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('etc-passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
