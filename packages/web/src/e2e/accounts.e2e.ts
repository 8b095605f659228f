import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../server/src/auth/two-factor.js';
import { makeUser } from '../../../server/src/testing/builders.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

describe.runIf(browserAvailable())(
  'accounts: forgotten passwords and two-factor sign-in, in Chromium',
  () => {
    let h: BrowserHarness;
    let staff: Staff;

    beforeAll(async () => {
      h = await startBrowserHarness();
      staff = await makeStaff(h);
    });
    afterAll(async () => {
      await h.close();
    });

    /** The path and query of the newest password link e-mailed to `email`, and its language. */
    async function linkFor(email: string, kind: 'password_reset' | 'password_set') {
      const message = await h.database.db
        .selectFrom('outbox_messages')
        .select(['payload', 'language'])
        .where('recipient', '=', email)
        .where('kind', '=', kind)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
      const url = new URL((message.payload as { link: string }).link);
      return { path: `${url.pathname}${url.search}`, language: message.language };
    }

    it('takes a member of staff from "Forgot your password?" to a new password and signs them in, in English', async () => {
      const user = await makeUser(h.database.db, {
        roles: ['ot'],
        organisationIds: [staff.tree.pcnId],
      });
      const page = await h.newPage();
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Reset your password');
      await expectNoAxeViolations(page, 'forgot password');
      await page.getByRole('button', { name: 'Send the link' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      expect(await page.locator('#email-error').textContent()).toContain('Enter an email address');
      await expectNoAxeViolations(page, 'forgot password with an error');
      await page.fill('#email', user.email);
      await page.getByRole('button', { name: 'Send the link' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Check your email');
      expect(await page.locator('main').textContent()).toContain(user.email);
      await expectNoAxeViolations(page, 'link sent');

      const link = await linkFor(user.email, 'password_reset');
      expect(link.language).toBe('en');
      await page.goto(link.path);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Choose your password');
      await expectNoAxeViolations(page, 'choose password');
      await page.fill('#password', 'short');
      await page.getByRole('button', { name: 'Save password' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      expect(await page.locator('#password-error').textContent()).toContain(
        'Password must be 12 characters or more',
      );
      expect(await page.locator('#confirm-error').count()).toBe(0);
      await expectNoAxeViolations(page, 'choose password with an error');
      await page.fill('#password', 'my brand new password');
      await page.fill('#confirm', 'my brand new password');
      await page.getByRole('button', { name: 'Save password' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Your password has been saved');
      await expectNoAxeViolations(page, 'password saved');

      // The link works once.
      await page.goto(link.path);
      await page.fill('#password', 'yet another password');
      await page.fill('#confirm', 'yet another password');
      await page.getByRole('button', { name: 'Save password' }).click();
      await expect
        .poll(() => page.locator('.nhsuk-error-summary').textContent())
        .toContain('This link has already been used. Ask for a new one.');
      expect(await page.getByRole('link', { name: 'Ask for a new link' }).count()).toBe(1);
      await expectNoAxeViolations(page, 'used link');

      await signIn(page, { ...user, password: 'my brand new password' });
      await page.context().close();
    });

    it('does the same in Welsh, with the e-mail in Welsh', async () => {
      const user = await makeUser(h.database.db, {
        roles: ['navigator'],
        organisationIds: [staff.tree.practiceIds[0]],
      });
      const page = await h.newPage();
      await page.goto('/sign-in?lang=cy');
      await page.getByRole('link', { name: 'Wedi anghofio eich cyfrinair?' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Ailosod eich cyfrinair');
      await expectNoAxeViolations(page, 'forgot password in Welsh');
      await page.fill('#email', user.email);
      await page.getByRole('button', { name: 'Anfon y ddolen' }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Edrychwch ar eich e-bost');
      await expectNoAxeViolations(page, 'link sent in Welsh');

      const link = await linkFor(user.email, 'password_reset');
      expect(link.language).toBe('cy');
      expect(link.path).toContain('lang=cy');
      await page.goto(link.path);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Dewiswch eich cyfrinair');
      await page.fill('#password', 'cyfrinair newydd hir');
      await page.fill('#confirm', 'cyfrinair gwahanol hir');
      await page.getByRole('button', { name: 'Cadw’r cyfrinair' }).click();
      expect(await page.locator('#confirm-error').textContent()).toContain(
        'Nid yw’r cyfrineiriau yr un fath',
      );
      await expectNoAxeViolations(page, 'choose password in Welsh with an error');
      await page.fill('#confirm', 'cyfrinair newydd hir');
      await page.getByRole('button', { name: 'Cadw’r cyfrinair' }).click();
      await expect
        .poll(() => page.locator('h1').textContent())
        .toBe('Mae eich cyfrinair wedi’i gadw');
      await page.locator('main').getByRole('link', { name: 'Mewngofnodi' }).click();
      await page.fill('#email', user.email);
      await page.fill('#password', 'cyfrinair newydd hir');
      await page.locator('#sign-in').click();
      await page.waitForURL('**/staff');
      await page.context().close();
    });

    it('sets up two-factor sign-in, then asks for the code at sign-in, in English and Welsh', async () => {
      const user = await makeUser(h.database.db, {
        roles: ['ot'],
        organisationIds: [staff.tree.pcnId],
      });
      const page = await h.newPage();
      await signIn(page, user);
      await page.locator('#two-factor-link').click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Two-factor sign-in');
      await expect
        .poll(() => page.locator('#two-factor-state').textContent())
        .toBe('Two-factor sign-in is off.');
      await expectNoAxeViolations(page, 'two-factor off');
      await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
      const key = (await page.locator('#two-factor-key').textContent()) ?? '';
      const secret = key.replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await page.locator('#two-factor-uri').getAttribute('href')).toContain(
        `secret=${secret}`,
      );
      await expectNoAxeViolations(page, 'two-factor set-up');
      await page.fill('#code', '000000');
      await page.getByRole('button', { name: 'Turn on' }).click();
      await expect
        .poll(() => page.locator('#code-error').textContent())
        .toContain('Enter the 6-digit code your app shows now');
      await expectNoAxeViolations(page, 'two-factor set-up with a wrong code');
      await page.fill('#code', totpCode(secret, new Date()));
      await page.getByRole('button', { name: 'Turn on' }).click();
      await page.locator('#recovery-codes').waitFor();
      expect(await page.locator('#recovery-codes li').count()).toBe(10);
      await expectNoAxeViolations(page, 'recovery codes');
      await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
      await expect
        .poll(() => page.locator('#two-factor-state').textContent())
        .toBe('Two-factor sign-in is on.');
      await page.context().close();

      // Signing in now needs the code, asked in Welsh for a Welsh speaker.
      const next = await h.newPage();
      await next.goto('/sign-in?lang=cy');
      await next.fill('#email', user.email);
      await next.fill('#password', user.password);
      await next.locator('#sign-in').click();
      await expect.poll(() => next.locator('h1').textContent()).toBe('Rhowch y cod o’ch ap');
      await expectNoAxeViolations(next, 'code step in Welsh');
      await next.fill('#code', '123456');
      await next.locator('#submit-code').click();
      await expect
        .poll(() => next.locator('#code-error').textContent())
        .toContain('Rhowch y cod diogelwch cywir');
      await expectNoAxeViolations(next, 'code step in Welsh with a wrong code');
      // The code of the next time step (the one used to turn it on cannot be used again).
      await next.fill('#code', totpCode(secret, new Date(Date.now() + 30_000)));
      await next.locator('#submit-code').click();
      await next.waitForURL('**/staff');
      await next.context().close();
    });
  },
);
