import { SSO_ERROR_CODES } from '@roundtable/shared/accounts/accountRest';
import { describe, expect, it } from 'vitest';
import type { RestFailure } from '../api/restClient';
import { accountMessagesEn as ta } from '../i18n/messages.accounts.en';
import { messagesEn as t } from '../i18n/messages.en';
import { accountFailureText, formatWhen, recoveryCodesFile, safeReturnTo, sameOriginPath, secretFromFragment, ssoErrorText } from './accountText';

const failure = (over: Partial<RestFailure>): RestFailure => ({ status: 400, code: 'invalid_payload', message: '', fields: {}, ...over });

describe('the sign-in page’s words for a single sign-on that failed', () => {
  it('has a sentence of its own for every code the callback sends, and none when there is no error', () => {
    const texts = SSO_ERROR_CODES.map((code) => ssoErrorText(ta, code));
    expect(new Set(texts).size).toBe(SSO_ERROR_CODES.length);
    expect(ssoErrorText(ta, 'domain_not_allowed')).toMatch(/not one of the organisations allowed/);
    expect(ssoErrorText(ta, null)).toBeNull();
    expect(ssoErrorText(ta, '')).toBeNull();
  });

  it('says something general for a code it does not know, never the code itself', () => {
    expect(ssoErrorText(ta, '<script>')).toBe(ta.signIn.ssoUnknownError);
    expect(ssoErrorText(ta, 'constructor')).toBe(ta.signIn.ssoUnknownError);
  });
});

describe('where signing in leads', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeReturnTo('/w/abc123')).toBe('/w/abc123');
    expect(safeReturnTo('/admin?tab=accounts')).toBe('/admin?tab=accounts');
  });

  it('goes to My workshops for anything that could lead off the site, or back to signing in', () => {
    for (const bad of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'w/abc', '/sign-in', '/setup#token=x', '/a\nb']) {
      expect(safeReturnTo(bad), String(bad)).toBe('/workshops');
    }
  });
});

describe('a secret in a link’s fragment', () => {
  it('is read by its name, trimmed, and null when absent or empty', () => {
    expect(secretFromFragment('#invitation=abc_DEF-123', 'invitation')).toBe('abc_DEF-123');
    expect(secretFromFragment('token=t1&x=2', 'token')).toBe('t1');
    expect(secretFromFragment('#token=t1', 'invitation')).toBeNull();
    expect(secretFromFragment('#invitation=%20%20', 'invitation')).toBeNull();
    expect(secretFromFragment('', 'token')).toBeNull();
  });
});

describe('the recovery codes file', () => {
  it('names the account and the day, then one code a line', () => {
    const file = recoveryCodesFile(ta, ['AAAA-BBBB-CCCC', 'DDDD-EEEE-FFFF'], 'fiona@example.org', '7 December 2026');
    expect(file.split('\n')).toEqual([
      'Roundtable recovery codes for fiona@example.org',
      'Made on 7 December 2026. Each code works once. Codes made earlier no longer work.',
      '',
      'AAAA-BBBB-CCCC',
      'DDDD-EEEE-FFFF',
      '',
    ]);
  });
});

describe('a refused account request, in words', () => {
  it('prefers the server’s own sentence, and sends field errors to the fields', () => {
    expect(accountFailureText(t, ta, failure({ status: 401, code: 'unauthorized', message: 'That passkey is not registered here.' }))).toBe('That passkey is not registered here.');
    expect(accountFailureText(t, ta, failure({ fields: { email: 'Enter an email address.' }, message: 'Check the fields.' }))).toBe(ta.signUp.fixFields);
  });

  it('falls back to our text for the code, and to the connection message when no answer came', () => {
    expect(accountFailureText(t, ta, failure({ status: 401, code: 'unauthorized' }))).toBe(ta.errors.signedOut);
    expect(accountFailureText(t, ta, failure({ status: 403, code: 'forbidden' }))).toBe(ta.errors.forbidden);
    expect(accountFailureText(t, ta, failure({ status: 429, code: 'rate_limited' }))).toBe(ta.errors.rateLimited);
    expect(accountFailureText(t, ta, failure({ status: 409, code: 'conflict' }))).toBe(ta.errors.expired);
    expect(accountFailureText(t, ta, failure({ status: 0, code: 'network', message: 'ignored' }))).toBe(t.networkError);
  });
});

describe('dates and times on the account pages', () => {
  it('reads an ISO time in the page’s language, and shows a value it cannot read as it came', () => {
    expect(formatWhen('en-GB', '2026-12-07T18:20:00Z')).toMatch(/7 Dec 2026/);
    expect(formatWhen('en-GB', 'yesterday')).toBe('yesterday');
  });
});

describe('a workshop’s address from My workshops', () => {
  it('opens in the app when it is on this site, and is kept whole when it is not', () => {
    expect(sameOriginPath('http://localhost:3000/w/abc123', 'http://localhost:3000')).toBe('/w/abc123');
    expect(sameOriginPath('/w/abc123?x=1', 'https://pip.example.org')).toBe('/w/abc123?x=1');
    expect(sameOriginPath('https://other.example/w/abc', 'https://pip.example.org')).toBe('https://other.example/w/abc');
    expect(sameOriginPath('http://[bad', 'https://pip.example.org')).toBe('http://[bad');
  });
});
