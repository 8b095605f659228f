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

describe.runIf(browserAvailable())('administering staff, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
  });
  afterAll(async () => {
    await h.close();
  });

  it('lets an admin add a user without choosing their password, fix what the form flags, change roles and send a new set-password link', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.admin);
    await page.goto('/admin/users');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Users');
    await page.locator('table').waitFor();
    await expectNoAxeViolations(page, 'users list');

    await page.getByRole('link', { name: 'Add a user' }).click();
    await page.locator('#name').waitFor();
    await expectNoAxeViolations(page, 'new user');
    // No password field: the user chooses their own from the link they are emailed.
    expect(await page.locator('#password').count()).toBe(0);
    expect(await page.locator('#set-password-link-hint').textContent()).toContain('7 days');
    // Submit with nothing: every problem is named.
    await page.getByRole('button', { name: 'Save user' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBe(2);
    await expectNoAxeViolations(page, 'new user with errors');

    await page.fill('#name', 'Rhian Roberts');
    await page.fill('#email', 'rhian.roberts@test.example');
    await page.getByLabel('Occupational therapist').check();
    await page
      .locator('input[type=checkbox][name="organisationIds"], #organisations input[type=checkbox]')
      .first()
      .check();
    await page.getByRole('button', { name: 'Save user' }).click();
    await page.waitForURL('**/admin/users');
    await expect.poll(() => page.locator('main').textContent()).toContain('User saved');
    const row = page.locator('tr', { hasText: 'rhian.roberts@test.example' });
    expect(await row.textContent()).toContain('Occupational therapist');
    expect(await row.textContent()).toContain('Waiting for password');

    // The new user chooses their password from the emailed link, and can then sign in.
    const linkPath = async () => {
      const message = await h.database.db
        .selectFrom('outbox_messages')
        .select('payload')
        .where('recipient', '=', 'rhian.roberts@test.example')
        .where('kind', '=', 'password_set')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      const url = new URL((message.payload as { link: string }).link);
      return `${url.pathname}${url.search}`;
    };
    const theirs = await h.newPage();
    await theirs.goto(await linkPath());
    await theirs.fill('#password', 'a good long password');
    await theirs.fill('#confirm', 'a good long password');
    await theirs.locator('#save-password').click();
    await expect
      .poll(() => theirs.locator('h1').textContent())
      .toBe('Your password has been saved');
    await signIn(theirs, {
      id: '',
      email: 'rhian.roberts@test.example',
      password: 'a good long password',
    });

    // Edit: add a role, then send a new set-password link; choosing from it ends their session.
    await row.getByRole('link').click();
    await page.locator('#send-set-password-link').waitFor();
    await expectNoAxeViolations(page, 'edit user');
    await page.getByLabel('Service lead').check();
    await page.getByRole('button', { name: 'Save user' }).click();
    await page.waitForURL('**/admin/users');
    expect(
      await page.locator('tr', { hasText: 'rhian.roberts@test.example' }).textContent(),
    ).toContain('Service lead');

    await page.locator('tr', { hasText: 'rhian.roberts@test.example' }).getByRole('link').click();
    await page.locator('#send-set-password-link').click();
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Link sent to rhian.roberts@test.example.');
    await expectNoAxeViolations(page, 'set-password link sent');
    const other = await h.newPage();
    await other.goto(await linkPath());
    await other.fill('#password', 'another good password');
    await other.fill('#confirm', 'another good password');
    await other.locator('#save-password').click();
    await expect.poll(() => other.locator('h1').textContent()).toBe('Your password has been saved');
    await other.context().close();
    await theirs.goto('/staff');
    await theirs.waitForURL('**/sign-in?next=%2Fstaff');
    await signIn(theirs, {
      id: '',
      email: 'rhian.roberts@test.example',
      password: 'another good password',
    });
    await theirs.context().close();
    await page.context().close();
  });

  it('shows the audit log with filters, linkable, and exports it as CSV', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.admin);
    await page.goto('/admin/audit');
    await page.locator('table').waitFor();
    await expectNoAxeViolations(page, 'audit log');
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);

    await page.selectOption('#outcome', 'denied');
    await page.locator('#apply-filters').click();
    await page.waitForURL(/outcome=denied/);
    await page.locator('main').waitFor();
    const rows = await page.locator('tbody tr').allTextContents();
    for (const r of rows) expect(r).toContain('Denied');

    const csvHref = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
    expect(csvHref).toContain('outcome=denied');
    const csv = await page.request.get(csvHref ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).split('\n')[0]).toBe(
      'id,at,userEmail,userId,action,resourceType,resourceId,personName,organisationId,ip,outcome,reason',
    );
    await page.context().close();
  });

  it('refuses a navigator the admin pages, and the admin API too', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.navigator);
    for (const path of ['/admin/users', '/admin/users/new', '/admin/audit']) {
      await page.goto(path);
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('You do not have permission to view this page');
      expect(await page.locator('table').count()).toBe(0);
      await expectNoAxeViolations(page, `forbidden ${path}`);
    }
    const api = await page.request.get('/api/admin/users');
    expect(api.status()).toBe(403);
    await page.context().close();
  });
});
