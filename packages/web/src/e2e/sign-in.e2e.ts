import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

describe.runIf(browserAvailable())('signing in, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let page: Page;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
  });
  afterAll(async () => {
    await h.close();
  });

  const sectionsByRole = {
    navigator: ['Record a request'],
    clinician: ['Refer to occupational therapy', 'Your patients’ episodes'],
    ot: [
      'Triage inbox',
      'Waiting list',
      'Diary',
      'Caseload',
      'Your patients’ episodes',
      'Clinic templates',
      // Issue 12 item 2: OTs open the impact and equity dashboard too.
      'Impact and equity',
      // Issue 13 item 1: their own supervision and CPD.
      'Your supervision and CPD',
    ],
    lead: ['Impact and equity', 'Workforce and capacity', 'Staff register'],
    admin: ['Users', 'Audit log', 'API keys', 'Messages that could not be sent', 'Staff register'],
  } as const;

  for (const role of ['navigator', 'clinician', 'ot', 'lead', 'admin'] as const) {
    it(`signs in a ${role} and shows the sections of that role, with no accessibility violations`, async () => {
      page = await h.newPage();
      await signIn(page, staff.users[role]);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Staff home');
      const cards = await page.locator('main h2, main h3').allTextContents();
      for (const section of sectionsByRole[role])
        expect(cards.map((c) => c.trim())).toContain(section);
      const mine: readonly string[] = sectionsByRole[role];
      const others = Object.entries(sectionsByRole)
        .filter(([r]) => r !== role)
        .flatMap(([, s]) => s)
        .filter((section) => !mine.includes(section));
      for (const section of others) expect(cards.map((c) => c.trim())).not.toContain(section);
      await expectNoAxeViolations(page, `staff home as ${role}`);
      await page
        .getByRole('button', { name: 'Sign out' })
        .or(page.getByRole('link', { name: 'Sign out' }))
        .click();
      await page.waitForURL('**/signed-out');
      await expect.poll(() => page.locator('h1').textContent()).toBe('You have signed out');
      await expectNoAxeViolations(page, 'signed out');
      await page.goto('/staff');
      await page.waitForURL('**/sign-in?next=%2Fstaff');
      await page.context().close();
    });
  }

  it('tells a person what is wrong beside each field, keeps the email, and passes axe', async () => {
    page = await h.newPage();
    await page.goto('/sign-in');
    await expectNoAxeViolations(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Enter an email address',
      'Enter a password',
    ]);
    await expectNoAxeViolations(page, 'sign-in with errors');

    await page.fill('#email', staff.users.ot.email);
    await page.fill('#password', 'not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => summary.textContent())
      .toContain('Enter a correct email address and password');
    expect(await page.inputValue('#email')).toBe(staff.users.ot.email);
    expect(await page.inputValue('#password')).toBe('');
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    page = await h.newPage();
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();
    // Tab from the top of the page to the email field, type, tab to password, type, press Enter.
    for (
      let i = 0;
      i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'email';
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type(staff.users.navigator.email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(staff.users.navigator.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/staff');
    await page.context().close();
  });

  it('shows the skip link first and sends focus to the main content', async () => {
    page = await h.newPage();
    await page.goto('/');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    expect(await first.textContent()).toMatch(/Skip to main content/);
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('main')?.id ?? document.activeElement?.id,
      ),
    ).toBe('maincontent');
    await page.context().close();
  });
});
