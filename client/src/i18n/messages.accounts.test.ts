import { ACCOUNT_ROLES, SIGN_UP_POLICIES, SSO_ERROR_CODES } from '@roundtable/shared/accounts/accountRest';
import { describe, expect, it } from 'vitest';
import { accountMessagesEn } from './messages.accounts.en';

/** Every leaf of the catalogue: strings as they are, functions called with sample arguments. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') return [[path, (value as (...args: unknown[]) => unknown)('sample', 'sample', 2)]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('the English account catalogue', () => {
  it('has text for every sign-up policy, role and single sign-on error of the contract', () => {
    for (const policy of SIGN_UP_POLICIES) expect(accountMessagesEn.admin.policies[policy], policy).toMatch(/\S/);
    for (const role of ACCOUNT_ROLES) {
      expect(accountMessagesEn.account.roles[role], role).toMatch(/\S/);
      expect(accountMessagesEn.admin.roleOptions[role], role).toMatch(/\S/);
    }
    for (const code of SSO_ERROR_CODES) expect(accountMessagesEn.signIn.ssoErrors[code], code).toMatch(/\S/);
  });

  it('has no empty text and no unfilled placeholders', () => {
    for (const [path, text] of leaves(accountMessagesEn)) {
      expect(typeof text, path).toBe('string');
      expect(text, path).toMatch(/\S/);
      expect(text, path).not.toMatch(/undefined|\$\{|\{\w+\}/);
    }
  });

  it('counts recovery codes left in words that agree', () => {
    expect(accountMessagesEn.account.recoveryLeft(1)).toBe('1 unused recovery code left.');
    expect(accountMessagesEn.account.recoveryLeft(9)).toBe('9 unused recovery codes left.');
  });
});
