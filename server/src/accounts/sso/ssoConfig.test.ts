import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config';
import { isAcceptableIssuer } from './ssoConfig';

describe('the single sign-on issuer', () => {
  it('[SSO6] is https, or plain http on this machine only', () => {
    for (const issuer of ['https://login.microsoftonline.com/7f0c0e5e-1111-2222-3333-444455556666/v2.0', 'https://accounts.google.com', 'https://sso.example.org/realms/pip', 'http://localhost:8080/realms/pip', 'http://127.0.0.1:4000', 'http://[::1]:4000']) {
      expect(isAcceptableIssuer(issuer), issuer).toBe(true);
    }
    for (const issuer of ['http://sso.example.org', 'http://localhost.example.org', 'ftp://localhost', 'https://sso.example.org/?tenant=a', 'https://user:pass@sso.example.org', 'sso.example.org', '']) {
      expect(isAcceptableIssuer(issuer), issuer).toBe(false);
    }
  });

  it('[SSO6] a server configured with a plain-http issuer elsewhere refuses to start, naming OIDC_ISSUER', () => {
    const env = { OIDC_ISSUER: 'http://sso.example.org', OIDC_CLIENT_ID: 'roundtable', OIDC_CLIENT_SECRET: 's3cret' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(/OIDC_ISSUER must be https/);
    expect(loadConfig({ ...env, OIDC_ISSUER: 'https://sso.example.org' }).sso?.issuer).toBe('https://sso.example.org');
  });
});
