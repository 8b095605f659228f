import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe('serving the web app from the same origin', () => {
  const pglite = testEngines()[0]!;
  let t: TestDatabase;
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'everyday-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Everyday</title>');
    writeFileSync(join(webDir, 'assets', 'app-1.js'), 'console.log(1)');
    t = await pglite.create();
    app = await makeApp(t, { webDir });
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers every page path with index.html, never cached', async () => {
    for (const url of ['/', '/sign-in', '/admin/users/123', '/no/such/page?x=1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>Everyday</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets for a year, and files added after start too', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    writeFileSync(join(webDir, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await app.inject({ method: 'GET', url: '/assets/app-2.js' })).statusCode).toBe(200);
  });

  it('serves signed links as pages although their token holds a dot', async () => {
    const res = await app.inject({ method: 'GET', url: '/book/eyJyIjoi.abc-DEF_123' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Everyday</title>');
  });

  it('answers a missing file with a 404, not the page', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-0.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('says how to build the web app when it is missing', async () => {
    const bare = await makeApp(t, { webDir: join(webDir, 'nothing-here') });
    const res = await bare.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm run build');
    await bare.close();
  });
});
