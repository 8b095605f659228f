/**
 * Issue 11 items 4 and 5 in Chromium: a demo service with generated history (five weeks of it,
 * written through the use cases as the npm start year is) opens with realistic content for the
 * demo OT — inbox, waiting list, diary and caseload — and an episode from the history opens with
 * its contacts, scores and discharge letter. Every page says the people are synthetic.
 */
import { drawPerson, londonDateOf, type PersonSource } from '@everyday/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../../../server/src/demo/generate-history.js';
import { loadDemoArea } from '../../../server/src/demo/population-data.js';
import { DEMO_PASSWORD, seedDemo } from '../../../server/src/demo/seed.js';
import { extractPdfText } from '../../../server/src/testing/pdf-text.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

describe.runIf(browserAvailable())('the living demo, in Chromium', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    await seedDemo(h.database.db);
    const now = new Date();
    const today = londonDateOf(now.getTime());
    const people: PersonSource = (random, index, ages) =>
      drawPerson(random, loadDemoArea(), today, index, { minAge: ages.min, maxAge: ages.max });
    await generateHistory(h.database.db, {
      seed: 'living-demo-e2e',
      days: 35,
      endAt: now,
      people,
      publicUrl: h.baseUrl,
    });
  }, 180_000);
  afterAll(async () => {
    await h.close();
  });

  it('says on every page, public and staff, that the people are synthetic, in English and Welsh', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.locator('#demo-banner').waitFor();
    expect(await page.locator('#demo-banner').textContent()).toContain(
      'Everyone in it is synthetic',
    );
    await expectNoAxeViolations(page, 'home page of the demo');
    await page.goto('/refer?lang=cy');
    await expect
      .poll(() => page.locator('#demo-banner').textContent())
      .toContain('Mae pawb ynddo yn synthetig');
    await expectNoAxeViolations(page, 'referral form of the demo, in Welsh');
    await page.context().close();
  });

  it('gives the demo OT an inbox, a waiting list, a diary and a caseload, and an episode with its contacts, scores and letter', async () => {
    const page = await h.newPage();
    await page.goto('/sign-in');
    await page.fill('#email', 'ot@demo.everyday.example');
    await page.fill('#password', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/staff');
    expect(await page.locator('#demo-banner').count()).toBe(1);

    await page.goto('/requests');
    await page.locator('#request-count').waitFor();
    expect(await page.locator('main tbody tr').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'demo inbox');

    await page.goto('/clinics/waiting-list');
    await page.locator('#waiting-total').waitFor();
    expect(await page.locator('#waiting-entries tbody tr').count()).toBeGreaterThan(0);

    const booked = await h.database.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'booked')
      .where('starts_at', '>', new Date())
      .executeTakeFirstOrThrow();
    expect(Number(booked.n)).toBeGreaterThan(0);

    await page.goto('/episodes?status=all');
    await page.locator('#episodes').waitFor();
    expect(await page.locator('#episodes tbody tr').count()).toBeGreaterThan(0);

    // An episode the history discharged: its contacts, its outcome scores and its letter.
    const discharged = await h.database.db
      .selectFrom('record_entries')
      .select('episode_id')
      .where('kind', '=', 'discharge')
      .limit(1)
      .executeTakeFirstOrThrow();
    await page.goto(`/episodes/${discharged.episode_id}`);
    await page.locator('#contacts').waitFor();
    expect(await page.locator('#contacts tbody tr').count()).toBeGreaterThan(0);
    await page.locator('#outcomes-heading').waitFor();
    await expectNoAxeViolations(page, 'an episode from the demo history');
    const letter = await page.request.get(
      `/api/episodes/${discharged.episode_id}/discharge-letter.pdf`,
    );
    expect(letter.status()).toBe(200);
    expect(await extractPdfText(await letter.body())).toContain('North Trafford');
    await page.context().close();
  });
});
