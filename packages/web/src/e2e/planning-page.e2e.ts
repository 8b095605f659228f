/**
 * Issue 13 item 6 in Chromium: the demo lead opens the planning page from the staff navigation,
 * reads the queueing figures and demand against capacity, builds a scenario "Two more sessions"
 * (first without a name, so the error summary shows and nothing typed is lost), runs it with 200
 * runs (the progress bar and its cancel button shown while it runs), cancels a long projection of
 * the baseline, runs the baseline, compares the two by keyboard (the scenario's median list size
 * at week 52 no greater than the baseline's), and downloads a projection's CSV and the workforce
 * plan PDF in English and Welsh; then the page in Welsh. Zero axe violations in every state. An
 * OT is refused the page and its API.
 */
import { drawPerson, londonDateOf, type PersonSource } from '@everyday/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../../server/src/demo/generate-history.js';
import { loadDemoArea } from '../../../server/src/demo/population-data.js';
import { DEMO_PASSWORD, seedDemo } from '../../../server/src/demo/seed.js';
import { untranslatedKeys } from '../../../server/src/testing/browser.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

/** A projection's own address (its GET and DELETE), not its CSV. */
const PROJECTION = /\/api\/planning\/projections\/[0-9a-f-]{36}$/;

describe.runIf(browserAvailable())('the planning page, in Chromium', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    await seedDemo(h.database.db);
    const now = new Date();
    const today = londonDateOf(now.getTime());
    const people: PersonSource = (random, index, ages) =>
      drawPerson(random, loadDemoArea(), today, index, { minAge: ages.min, maxAge: ages.max });
    await generateHistory(h.database.db, {
      seed: 'planning-page-e2e',
      days: 35,
      endAt: now,
      people,
      publicUrl: h.baseUrl,
    });
  }, 180_000);
  afterAll(async () => {
    await h.close();
  });

  async function signInAsLead(page: Page): Promise<void> {
    await page.goto('/sign-in');
    await page.fill('#email', 'lead@demo.everyday.example');
    await page.fill('#password', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/staff');
  }

  /** Runs a projection of the `#projection-of` option `value`, and waits for its end. */
  async function runProjection(page: Page, value: string, runs: string): Promise<void> {
    await page.locator('#projection-of').selectOption(value);
    await page.locator('#projection-runs').fill(runs);
    await page.locator('#projection-run').click();
    await expect
      .poll(() => page.locator('#projection-outcome').textContent(), { timeout: 90_000 })
      .toContain('is finished');
  }

  it('lets the demo lead read the figures, build and run a scenario, compare it with the baseline and download the plan, in English and Welsh', async () => {
    const page = await h.newPage();
    await signInAsLead(page);
    await page.locator('#nav-planning').click();
    await page.waitForURL('**/planning');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Planning');

    // The queueing figures: the whole list first, then each pathway and tier; their meanings
    // in words and their source.
    const queueing = page.locator('#queueing-table');
    await queueing.locator('tbody tr').first().waitFor();
    expect(await queueing.locator('tbody tr th').first().textContent()).toBe(
      'The whole waiting list',
    );
    expect(await queueing.locator('tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('#queueing-source').textContent()).toContain('NHSRwaitinglist');
    expect(await page.locator('dl[aria-labelledby="queueing-meanings"]').textContent()).toContain(
      'Above 1 the list is likely to miss its target',
    );
    // Demand against capacity: the chart and its table, a row a week.
    expect(await page.locator('#demand-table tbody tr').count()).toBeGreaterThan(3);
    await page.locator('#demand-chart svg').first().waitFor();
    expect(await page.locator('#demand-table caption').textContent()).toBe(
      'Demand and capacity each week',
    );
    // A count the small-number rule held back is said in words, never a blank or a zero.
    for (const cell of await page.locator('#demand-table tbody td').allTextContents())
      expect(cell).toMatch(/^(\d[\d,]*|fewer than 8)$/);
    // What the projection assumes, each with where it came from.
    const sources = await page
      .locator('#assumptions-table tbody td:nth-child(3)')
      .allTextContents();
    expect(sources).toHaveLength(7);
    for (const source of sources)
      expect(source).toMatch(/^(From the record \(n [\d,]+\)|A demo default)$/);
    await expectNoAxeViolations(page, 'planning page');

    // A scenario: a change of two sessions a week, saved first without a name.
    await page.locator('#scenario-add-kind').selectOption('sessions');
    await page.locator('#scenario-add-change').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'scenario-changes-0-sessionsPerWeek',
    );
    await page.keyboard.type('2');
    await page.locator('#scenario-save').click();
    const summary = page.locator('#scenario-form').locator('..').locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter a name for the scenario');
    expect(await page.locator('#scenario-name-error').textContent()).toContain(
      'Enter a name for the scenario',
    );
    expect(await page.locator('#scenario-changes-0-sessionsPerWeek').inputValue()).toBe('2');
    await expectNoAxeViolations(page, 'scenario form with an error');
    await summary.getByRole('link', { name: 'Enter a name for the scenario' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('scenario-name');
    await page.keyboard.type('Two more sessions');
    await page.locator('#scenario-save').click();
    await page.getByText('Scenario “Two more sessions” saved.').waitFor();
    const saved = page.locator('#scenario-list tbody tr', { hasText: 'Two more sessions' });
    await saved.waitFor();
    expect(await saved.locator('td').first().textContent()).toBe(
      '+2 sessions a week from the start (any practice; any pathway)',
    );
    const scenarioId = (await saved.getAttribute('data-scenario-id')) ?? '';
    expect(scenarioId).not.toBe('');
    // The form is empty again for the next one.
    expect(await page.locator('#scenario-name').inputValue()).toBe('');

    // Run it with 200 runs; the answers to "how far has it got?" are held back until the
    // progress bar has been checked.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(PROJECTION, async (route) => {
      if (route.request().method() === 'GET') await held;
      await route.continue();
    });
    await page.locator('#projection-of').selectOption(scenarioId);
    await page.locator('#projection-runs').fill('200');
    await page.locator('#projection-run').click();
    const progress = page.locator('#projection-progress');
    await progress.waitFor();
    expect(await page.locator('label[for="projection-progress"]').textContent()).toBe(
      'Projection of “Two more sessions”',
    );
    expect(Number(await progress.getAttribute('max'))).toBe(100);
    expect(await page.locator('#projection-cancel').textContent()).toBe('Cancel the projection');
    expect(await page.locator('#projection-announcement').getAttribute('aria-live')).toBe('polite');
    await expectNoAxeViolations(page, 'a projection running');
    release();
    await expect
      .poll(() => page.locator('#projection-outcome').textContent(), { timeout: 90_000 })
      .toContain('The projection of “Two more sessions” is finished: 200 runs.');
    await page.unroute(PROJECTION);

    // A long projection of the baseline, cancelled while it runs (its answers held back again).
    await page.route(PROJECTION, async (route) => {
      if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 2_000));
      await route.continue().catch(() => undefined);
    });
    await page.locator('#projection-of').selectOption('baseline');
    await page.locator('#projection-runs').fill('5000');
    await page.locator('#projection-run').click();
    await page.locator('#projection-cancel').click();
    await expect
      .poll(() => page.locator('#projection-outcome').textContent())
      .toContain('The projection of the baseline was cancelled.');
    await page.unroute(PROJECTION);

    // The baseline, then the two side by side.
    await runProjection(page, 'baseline', '200');
    const table = page.locator('#compare-summary-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2);
    const median = async (name: string) =>
      Number(
        await table
          .locator('tbody tr', { has: page.locator('th', { hasText: name }) })
          .locator('td[data-median]')
          .getAttribute('data-median'),
      );
    const scenarioMedian = await median('Two more sessions');
    const baselineMedian = await median('Baseline');
    expect(Number.isFinite(scenarioMedian) && Number.isFinite(baselineMedian)).toBe(true);
    expect(scenarioMedian).toBeLessThanOrEqual(baselineMedian);
    expect(await page.locator('#compare-weekly-table tbody tr').count()).toBe(52);
    await page.locator('#compare-chart svg').first().waitFor();
    await expectNoAxeViolations(page, 'two projections compared');

    // By keyboard: leave the baseline out of the comparison, then put it back.
    const boxes = page.locator('#compare-choose input[type="checkbox"]');
    expect(await boxes.count()).toBe(2);
    const baselineBox = page.locator('#compare-choose input').first();
    await baselineBox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.keyboard.press('Space');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);

    // The workforce plan's link names the two; a projection's CSV.
    const href = (await page.locator('#plan-pdf').getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^\/api\/planning\/plan\.pdf\?projections=[0-9a-f-]{36},[0-9a-f-]{36}&lang=en$/,
    );
    expect(await page.locator('#plan-pdf').textContent()).toBe('Download the workforce plan (PDF)');
    const csvLink = page.locator('a[id^="projection-csv-"]').first();
    const csv = await page.request.get((await csvLink.getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    // In Welsh: the headings, the figures' words, no key shown in place of a text.
    await page.locator('#language-toggle').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cynllunio');
    expect(await page.locator('main h2').allTextContents()).toEqual(
      expect.arrayContaining([
        'Galw a chapasiti',
        'Ffigurau ciwio',
        'Beth mae’r rhagamcan yn ei dybio',
        'Senarios',
        'Rhedeg rhagamcan',
        'Cymharu rhagamcanion',
      ]),
    );
    expect(await queueing.locator('tbody tr th').first().textContent()).toBe('Y rhestr aros gyfan');
    expect(await page.locator('#plan-pdf').textContent()).toBe(
      'Lawrlwytho’r cynllun gweithlu (PDF)',
    );
    await expect.poll(() => untranslatedKeys(page)).toEqual([]);
    await expectNoAxeViolations(page, 'planning page in Welsh');
    // The workforce plan PDF of the two, in English and in Welsh.
    const welshHref = (await page.locator('#plan-pdf').getAttribute('href')) ?? '';
    expect(welshHref).toBe(href.replace('lang=en', 'lang=cy'));
    for (const address of [href, welshHref]) {
      const pdf = await page.request.get(address);
      expect(pdf.status(), address).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    }
    await page.context().close();
  }, 240_000);

  it('keeps the planning page from an OT', async () => {
    const page = await h.newPage();
    await page.goto('/sign-in');
    await page.fill('#email', 'ot@demo.everyday.example');
    await page.fill('#password', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/staff');
    expect(await page.locator('#nav-planning').count()).toBe(0);
    await page.goto('/planning');
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('You do not have permission to view this page');
    const overview = await page.request.get('/api/planning/overview');
    expect(overview.status()).toBe(403);
    await page.context().close();
  });
});
