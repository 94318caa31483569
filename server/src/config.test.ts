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
});
