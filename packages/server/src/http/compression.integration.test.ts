import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { chooseEncoding } from './compression.js';

// The build writes name.br and name.gz beside each text file (packages/web/vite.config.ts); the
// server picks one by Accept-Encoding. Here the files are made by hand, each with its own text,
// so a test can tell which of the three was sent.
const script = 'console.log("the app");'.repeat(100);
const page = '<!doctype html><title>Everyday</title><div id="root"></div>';

function vary(headers: Record<string, string | string[] | number | undefined>): string {
  const value = headers.vary;
  return (Array.isArray(value) ? value.join(', ') : String(value ?? '')).toLowerCase();
}

describe('compressed responses', () => {
  const pglite = testEngines()[0]!;
  let t: TestDatabase;
  let app: FastifyInstance;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'everyday-web-'));
    mkdirSync(join(webDir, 'assets'));
    for (const [name, text] of [
      ['index.html', page],
      ['assets/app-1.js', script],
    ] as const) {
      writeFileSync(join(webDir, name), text);
      writeFileSync(join(webDir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(webDir, `${name}.gz`), gzipSync(text));
    }
    // A file the build did not compress (an image, say) goes as it is.
    writeFileSync(join(webDir, 'assets', 'logo-1.png'), Buffer.from([137, 80, 78, 71]));
    t = await pglite.create();
    app = await makeApp(t, { webDir });
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends a script as brotli to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/app-1.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(vary(res.headers)).toContain('accept-encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a client that accepts gzip but not brotli', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip']) {
      const res = await get('/assets/app-1.js', accept);
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(vary(res.headers), accept).toContain('accept-encoding');
      expect(gunzipSync(res.rawPayload).toString(), accept).toBe(script);
    }
  });

  it('sends the file as it is to a client that accepts neither, still varying on the header', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const res = await get('/assets/app-1.js', accept);
      expect(res.statusCode, String(accept)).toBe(200);
      expect(res.headers['content-encoding'], String(accept)).toBeUndefined();
      expect(vary(res.headers), String(accept)).toContain('accept-encoding');
      expect(res.body, String(accept)).toBe(script);
    }
  });

  it('sends a file the build did not compress as it is', async () => {
    const res = await get('/assets/logo-1.png', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload).toEqual(Buffer.from([137, 80, 78, 71]));
  });

  it('sends index.html compressed for every page, as HTML, never cached as if immutable', async () => {
    for (const url of ['/', '/refer', '/book/eyJyIjoi.abc-DEF_123', '/questionnaire/abc']) {
      const br = await get(url, 'br, gzip');
      expect(br.statusCode, url).toBe(200);
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers['content-type'], url).toMatch(/^text\/html/);
      expect(br.headers['cache-control'], url).toBe('no-cache');
      expect(vary(br.headers), url).toContain('accept-encoding');
      expect(brotliDecompressSync(br.rawPayload).toString(), url).toBe(page);
      const plain = await get(url);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.headers['cache-control'], url).toBe('no-cache');
      expect(plain.body, url).toBe(page);
    }
  });

  it('compresses a large JSON answer of the API as it goes, and leaves it alone when not accepted', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(vary(plain.headers)).toContain('accept-encoding');
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get('/api/openapi.json', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(vary(br.headers)).toContain('accept-encoding');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gz = await get('/api/openapi.json', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('leaves small answers, and the answer that carries the CSRF token, uncompressed', async () => {
    const health = await get('/api/health', 'br, gzip');
    expect(health.statusCode).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    const session = await get('/api/session', 'br, gzip');
    expect(session.headers['content-encoding']).toBeUndefined();
    expect(session.json()).toHaveProperty('csrfToken');
  });
});

describe('choosing an encoding', () => {
  it('follows the client’s preferences and q-values', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBeUndefined();
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
