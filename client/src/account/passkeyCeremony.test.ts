import { describe, expect, it } from 'vitest';
import { accountMessagesEn as ta } from '../i18n/messages.accounts.en';
import { ceremonyRefusalOf, ceremonyRefusalText, passkeyCeremony } from './passkeyCeremony';

describe('why a passkey prompt ended without a passkey', () => {
  it('reads the browser’s error by name: cancelled or timed out, already on this device, or anything else', () => {
    expect(ceremonyRefusalOf(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'))).toBe('cancelled');
    expect(ceremonyRefusalOf(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe('cancelled');
    expect(ceremonyRefusalOf(new DOMException('The authenticator was previously registered', 'InvalidStateError'))).toBe('alreadyRegistered');
    expect(ceremonyRefusalOf(new TypeError('bad options'))).toBe('failed');
    expect(ceremonyRefusalOf('not an error')).toBe('failed');
    expect(ceremonyRefusalOf(null)).toBe('failed');
  });

  it('has a sentence for each', () => {
    for (const refusal of ['unsupported', 'cancelled', 'alreadyRegistered', 'failed'] as const) expect(ceremonyRefusalText(ta, refusal)).toMatch(/\S/);
  });
});

describe('a passkey ceremony where the browser has no WebAuthn', () => {
  it('stops before asking the server for a challenge', async () => {
    let asked = false;
    const outcome = await passkeyCeremony(
      'authenticate',
      async () => {
        asked = true;
        return { ok: true, data: { flowId: 'f'.repeat(16), options: { challenge: 'c' } } };
      },
      async () => ({ ok: true, data: null }),
    );
    expect(outcome).toEqual({ ok: false, refusal: 'unsupported' });
    expect(asked).toBe(false);
  });
});
