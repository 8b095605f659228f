import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: `${process.cwd()}/data` });
    expect(config.cookieSecure).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and honours EVERYDAY_DATA_DIR and PORT', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
      poolSize: 10,
    });
    expect(loadConfig({ EVERYDAY_DATA_DIR: '/var/lib/everyday', PORT: '8080' })).toMatchObject({
      port: 8080,
      database: { kind: 'embedded', dataDir: '/var/lib/everyday' },
    });
  });

  it('secures cookies in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', EVERYDAY_COOKIE_SECURE: 'false' }).cookieSecure,
    ).toBe(false);
  });

  it('names every bad value at once, hiding the database URL', () => {
    try {
      loadConfig({
        PORT: '99999',
        EVERYDAY_TRUST_PROXY: 'maybe',
        DATABASE_URL: 'mysql://secret@h/db',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toEqual([
        'PORT="99999": must be between 0 and 65535',
        'DATABASE_URL=(hidden): must be a postgres:// or postgresql:// URL',
        'EVERYDAY_TRUST_PROXY="maybe": must be true or false',
      ]);
      expect((e as Error).message).not.toContain('secret');
    }
  });
});
