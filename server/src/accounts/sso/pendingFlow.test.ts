import { describe, expect, it } from 'vitest';
import { openPendingFlow, pendingFlowKey, sameSitePath, sealPendingFlow, type PendingFlow } from './pendingFlow';

const NOW = Date.UTC(2026, 11, 7, 18, 0, 0);
const FLOW: PendingFlow = {
  providerId: 'oidc',
  state: 'state-0123456789abcdefghijklmnopqrstuv',
  nonce: 'nonce-0123456789abcdefghijklmnopqrstuv',
  codeVerifier: 'verifier-0123456789abcdefghijklmnopqrstuvwxyzABCDEFG',
  returnTo: '/workshops',
  expiresAt: NOW + 600_000,
};
const KEY = pendingFlowKey('the-client-secret', 'oidc');

describe('the pending sign-in cookie', () => {
  it('[SSO1] opens to the flow it sealed, and reveals none of it while sealed', () => {
    const sealed = sealPendingFlow(FLOW, KEY);
    expect(openPendingFlow(sealed, KEY, 'oidc', NOW)).toEqual({ ok: true, flow: FLOW });
    const bytes = Buffer.from(sealed, 'base64url').toString('latin1');
    for (const secret of [FLOW.state, FLOW.nonce, FLOW.codeVerifier, FLOW.returnTo]) expect(bytes).not.toContain(secret);
    expect(sealPendingFlow(FLOW, KEY)).not.toBe(sealed); // a fresh IV each time
  });

  it('[SSO2] is refused when changed, sealed with another key, meant for another provider, expired, or not ours at all', () => {
    const sealed = sealPendingFlow(FLOW, KEY);
    const bytes = Buffer.from(sealed, 'base64url');
    for (const at of [0, 15, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x40;
      expect(openPendingFlow(changed.toString('base64url'), KEY, 'oidc', NOW), `byte ${at}`).toEqual({ ok: false, reason: 'forged' });
    }
    expect(openPendingFlow(sealed, pendingFlowKey('another-secret', 'oidc'), 'oidc', NOW)).toEqual({ ok: false, reason: 'forged' });
    // Another provider's key and associated data: it cannot even be opened.
    expect(openPendingFlow(sealed, pendingFlowKey('the-client-secret', 'other'), 'other', NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(openPendingFlow(sealed, KEY, 'other', NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(openPendingFlow(sealed, KEY, 'oidc', FLOW.expiresAt)).toEqual({ ok: false, reason: 'expired' });
    expect(openPendingFlow(sealed, KEY, 'oidc', FLOW.expiresAt - 1)).toMatchObject({ ok: true });
    for (const junk of ['', 'abc', 'not base64url!', 'A'.repeat(5_000), Buffer.alloc(40).toString('base64url')]) {
      expect(openPendingFlow(junk, KEY, 'oidc', NOW).ok, junk.slice(0, 20)).toBe(false);
    }
  });

  it('[SSO2] a sealed value that is not a whole flow is refused', () => {
    const partial = { ...FLOW, codeVerifier: undefined } as unknown as PendingFlow;
    expect(openPendingFlow(sealPendingFlow(partial, KEY), KEY, 'oidc', NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('returnTo', () => {
  it('[SSO4] is kept when it is a path on this site', () => {
    expect(sameSitePath('/workshops')).toBe('/workshops');
    expect(sameSitePath('/w/abc?tab=plan#board-2')).toBe('/w/abc?tab=plan#board-2');
    expect(sameSitePath('/a/../workshops')).toBe('/workshops');
    expect(sameSitePath('/search?q=%2F%2Fhost')).toBe('/search?q=%2F%2Fhost');
    expect(sameSitePath('/%09/evil.example')).toBe('/%09/evil.example'); // an encoded tab stays in the path
  });

  it('[SSO4] is refused when it could lead anywhere else', () => {
    for (const value of [
      'https://evil.example/',
      'http://localhost:3000/workshops',
      '//evil.example',
      '///evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '\t//evil.example',
      'javascript:alert(1)',
      'data:text/html,hi',
      'workshops',
      '',
      '/ok\r\nSet-Cookie: x=1',
      `/${'a'.repeat(1_100)}`,
    ]) {
      expect(sameSitePath(value), JSON.stringify(value)).toBeNull();
    }
  });
});
