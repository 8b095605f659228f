import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

describe.runIf(browserAvailable())('English and Cymraeg, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
  });
  afterAll(async () => {
    await h.close();
  });

  it('switches the whole page to Welsh, sets lang, and remembers the choice', async () => {
    const page = await h.newPage();
    await page.goto('/sign-in');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    const toggle = page.locator('#language-toggle');
    expect(await toggle.textContent()).toBe('Cymraeg');
    expect(await toggle.getAttribute('lang')).toBe('cy');
    await toggle.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mewngofnodi');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await expect.poll(() => page.title()).toContain('Mewngofnodi');
    expect(await toggle.textContent()).toBe('English');
    await expectNoAxeViolations(page, 'sign-in in Welsh');

    // Errors come in Welsh too.
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary h2').textContent()).not.toBe(
      'There is a problem',
    );
    await expectNoAxeViolations(page, 'sign-in errors in Welsh');

    // The choice survives a reload and carries into the staff pages.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mewngofnodi');
    await page.fill('#email', staff.users.admin.email);
    await page.fill('#password', staff.users.admin.password);
    await page.getByRole('button', { name: 'Mewngofnodi' }).click();
    await page.waitForURL('**/staff');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hafan staff');
    await expectNoAxeViolations(page, 'staff home in Welsh');
    await page.goto('/admin/audit');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Log archwilio');
    await expectNoAxeViolations(page, 'audit log in Welsh');

    await page.locator('#language-toggle').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Audit log');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it('opens in Welsh from a ?lang=cy link', async () => {
    const page = await h.newPage();
    await page.goto('/?lang=cy');
    await page.locator('h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('#language-toggle').textContent()).toBe('English');
    await expectNoAxeViolations(page, 'home in Welsh');
    await page.context().close();
  });

  it('opens a booking link with ?lang=cy in Welsh even when followed inside the app (issue 16 item 3)', async () => {
    const page = await h.newPage();
    await page.goto('/?lang=en');
    await page.locator('h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // As the referral form's "book now" link does: the router moves on without a new load.
    await page.evaluate(() => {
      window.history.pushState(null, '', '/book/not-a-token?lang=cy');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Nid oes modd defnyddio’r ddolen drefnu hon');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    // The language is taken off the address once it is applied.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page, 'booking link in Welsh');
    await page.context().close();
  });
});
