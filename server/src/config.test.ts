import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, publicUrl: null, compactEveryNUpdates: 200, joinFailuresPer15Min: 10 });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads overrides, trimming a trailing slash from PUBLIC_URL and splitting ALLOWED_ORIGINS', () => {
    const config = loadConfig({ PORT: '8080', PUBLIC_URL: 'https://pip.example.org/', ALLOWED_ORIGINS: 'http://a.test, http://b.test' });
    expect(config).toMatchObject({ port: 8080, publicUrl: 'https://pip.example.org', allowedOrigins: ['http://a.test', 'http://b.test'] });
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATA_DIR', ''],
    ['DATABASE_URL', 'not a url'],
    ['COMMANDS_PER_10_S', '0'],
  ])('refuses %s=%j and names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('has no single sign-on unless OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set', () => {
    expect(loadConfig({}).sso).toBeNull();
    const config = loadConfig({
      OIDC_ISSUER: 'https://login.example.org/tenant/v2.0/',
      OIDC_CLIENT_ID: 'roundtable',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_ALLOWED_DOMAINS: 'Darlington.gov.uk, @example.org',
      OIDC_LABEL: 'Sign in with Microsoft',
    });
    expect(config.sso).toEqual({
      providerId: 'oidc',
      issuer: 'https://login.example.org/tenant/v2.0',
      clientId: 'roundtable',
      clientSecret: 's3cret',
      allowedDomains: ['darlington.gov.uk', 'example.org'],
      label: 'Sign in with Microsoft',
    });
  });

  it('refuses single sign-on settings that are half there, or a domain that is not one', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.org' })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    const full = { OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' };
    expect(() => loadConfig({ ...full, OIDC_ALLOWED_DOMAINS: 'example.org, not a domain' })).toThrow(/OIDC_ALLOWED_DOMAINS: "not a domain"/);
    expect(() => loadConfig({ ...full, OIDC_ISSUER: 'login.example.org' })).toThrow(/OIDC_ISSUER/);
  });
});
