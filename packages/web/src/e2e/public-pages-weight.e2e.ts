/**
 * What a phone downloads to show the self-referral's start page (issue 9 item 7, ADR 0010): the
 * JavaScript transferred (brotli, as the server sends the build's precompressed files) stays
 * within 150 KB, the question pages and their safety screen are not among it, the page shows
 * its "not for emergencies" advice, and Start now then loads the questions. The timings on a
 * throttled phone are in bench/public-pages.ts; this guards the bytes on every run.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from './support.js';

const JS_BUDGET_BYTES = 150 * 1024;

interface Script {
  readonly url: string;
  readonly bytes: number;
  readonly encoding: string;
}

/** Records every script the page receives: its address, bytes transferred and encoding. */
async function recordScripts(page: Page): Promise<Script[]> {
  const scripts: Script[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map<string, { url: string; encoding: string }>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script')
      seen.set(e.requestId, {
        url: e.response.url,
        encoding: e.response.headers['content-encoding'] ?? 'identity',
      });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const script = seen.get(e.requestId);
    if (script) scripts.push({ ...script, bytes: e.encodedDataLength });
  });
  return scripts;
}

describe.runIf(browserAvailable())('the weight of the public start page, in Chromium', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('sends /refer in at most 150 KB of compressed JavaScript, without the questions', async () => {
    const page = await h.newPage();
    const scripts = await recordScripts(page);
    await page.goto('/refer', { waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Ask for help with everyday activities');
    await expect.poll(() => page.locator('#not-for-emergencies').isVisible()).toBe(true);

    const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total, scripts.map((s) => `${s.url} ${String(s.bytes)}`).join('\n')).toBeLessThan(
      JS_BUDGET_BYTES,
    );
    // Every script worth compressing comes as the build's brotli file (a few bytes of code plus
    // about 1 KB of headers is sent as it is).
    expect(scripts.filter((s) => s.encoding !== 'br' && s.bytes > 2048)).toEqual([]);
    const names = scripts.map((s) => new URL(s.url).pathname.split('/').pop() ?? '');
    expect(names.some((n) => n.startsWith('StartPage-'))).toBe(true);
    // The referral's question pages (the chunk with the red flags and the safety screen) and the
    // other areas' texts come later.
    expect(names.filter((n) => /^(pages|staff|record|booking|questionnaire)[-.]/.test(n))).toEqual(
      [],
    );

    // Start now brings the questions.
    const before = scripts.length;
    await page.getByRole('link', { name: 'Start now' }).click();
    await page.waitForURL('**/refer/who');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Who needs help');
    expect(scripts.length).toBeGreaterThan(before);
    await page.context().close();
  });
});
