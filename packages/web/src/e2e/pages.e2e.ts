import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectNoAxeViolations,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';
import { untranslatedKeys } from '../../../server/src/testing/browser.js';

describe.runIf(browserAvailable())('public pages, in Chromium', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows the home page with a way to staff sign-in, with no violations and no CSP errors', async () => {
    const page = await h.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto('/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Help with everyday activities');
    await expect.poll(() => page.title()).toContain('Everyday');
    await expectNoAxeViolations(page, 'home');
    await page.getByRole('link', { name: 'Staff sign in' }).first().click();
    await page.waitForURL('**/sign-in');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds a message key shown instead of words, which every page check refuses (issue 16 item 8)', async () => {
    const page = await h.newPage();
    await page.setContent(
      '<h1>Inbox</h1><p>Status: triage.status.booked</p><button aria-label="booking.diary.attended">A</button>' +
        '<p>Write to ot@booking.nhs.uk or see www.triage.example and triage guidance.</p>',
    );
    expect((await untranslatedKeys(page)).sort()).toEqual([
      'booking.diary.attended',
      'triage.status.booked',
    ]);
    await page.context().close();
  });

  it('answers an unknown page with a not-found page', async () => {
    const page = await h.newPage();
    await page.goto('/no/such/page');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    await expectNoAxeViolations(page, 'not found');
    await page.context().close();
  });

  it('shows the signed-out page', async () => {
    const page = await h.newPage();
    await page.goto('/signed-out');
    await expect.poll(() => page.locator('h1').textContent()).toBe('You have signed out');
    await expectNoAxeViolations(page, 'signed out');
    await page.context().close();
  });

  it('shows the service error page when the API fails', async () => {
    const page = await h.newPage();
    await page.route('**/api/session', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"error":{"code":"internal","message":"x"}}',
      }),
    );
    await page.goto('/staff');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/problem/i);
    await expectNoAxeViolations(page, 'service error');
    await page.context().close();
  });
});
