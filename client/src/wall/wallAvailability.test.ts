import { describe, expect, it } from 'vitest';
import { wallAvailability } from './wallAvailability';

const https = (hostname: string) => ({ protocol: 'https:', hostname });
const http = (hostname: string) => ({ protocol: 'http:', hostname });

describe('wallAvailability', () => {
  it('[WALLV5] runs the canvas anywhere with a licence key, and hands the key on trimmed', () => {
    expect(wallAvailability(https('pip.example.org'), ' tldraw-key ')).toEqual({ ok: true, licenseKey: 'tldraw-key' });
    expect(wallAvailability(http('192.168.1.20'), 'tldraw-key')).toEqual({ ok: true, licenseKey: 'tldraw-key' });
  });

  it('[WALLV5] without a key, runs over http (a laptop in the room) and over https on this machine', () => {
    expect(wallAvailability(http('192.168.1.20'), null)).toEqual({ ok: true, licenseKey: null });
    expect(wallAvailability(http('localhost'), null)).toEqual({ ok: true, licenseKey: null });
    for (const host of ['localhost', '127.0.0.1', '127.4.5.6', '[::1]', 'LOCALHOST']) {
      expect(wallAvailability(https(host), null), host).toEqual({ ok: true, licenseKey: null });
    }
  });

  it('[WALLV5] without a key, does not run over https on a real host, or on a *.localhost name (tldraw would stop working)', () => {
    for (const [page, key] of [
      [https('pip.example.org'), null],
      [https('pip.example.org'), ''],
      [https('pip.example.org'), '   '],
      [https('127.0.0.1.nip.io'), null],
      [http('wall.localhost'), null],
      [https('wall.localhost'), null],
    ] as const) {
      expect(wallAvailability(page, key), `${page.protocol}//${page.hostname}`).toEqual({ ok: false, reason: 'noLicence' });
    }
  });

  it('[WALLV5] treats any other scheme as a real host', () => {
    expect(wallAvailability({ protocol: 'file:', hostname: '' }, null)).toEqual({ ok: false, reason: 'noLicence' });
  });
});
