import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nhsNumberCheckDigit } from '@everyday/core';
import { writeAuditEvent } from '../../../server/src/audit/audit-log.js';
import { makeEpisode, type TestEpisode } from '../../../server/src/testing/episodes.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

const FOOTER = {
  en: {
    privacy: 'Privacy notice',
    accessibility: 'Accessibility statement',
    contact: 'Contact us',
  },
  cy: {
    privacy: 'Hysbysiad preifatrwydd',
    accessibility: 'Datganiad hygyrchedd',
    contact: 'Cysylltu â ni',
  },
} as const;
type Page3 = keyof (typeof FOOTER)['en'];
const PAGES: readonly Page3[] = ['privacy', 'accessibility', 'contact'];

/** A valid NHS number no other test uses. */
function freshNhsNumber(): string {
  for (;;) {
    const nine = String(Math.floor(100_000_000 + Math.random() * 899_999_999));
    const check = nhsNumberCheckDigit(nine);
    if (check !== undefined) return `${nine}${String(check)}`;
  }
}

/** Tabs from the top of the page until the footer link has focus; false when it never does. */
async function tabTo(page: Page, selector: string): Promise<boolean> {
  await page.locator('body').focus();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return true;
  }
  return false;
}

describe.runIf(browserAvailable())(
  'footer pages, phase banner and the audit log, in Chromium',
  () => {
    let h: BrowserHarness;
    let staff: Staff;

    beforeAll(async () => {
      h = await startBrowserHarness({
        EVERYDAY_SERVICE_PHONE: '0161 496 0000',
        EVERYDAY_SERVICE_EMAIL: 'ot.service@example.nhs.uk',
        EVERYDAY_SERVICE_ADDRESS: 'Everyday OT service, 1 Chester Road, Stretford, M32 0DF',
      });
      staff = await makeStaff(h);
    });
    afterAll(async () => {
      await h.close();
    });

    it.each(['en', 'cy'] as const)(
      'every public page footer reaches the privacy notice, accessibility statement and contact page by keyboard, in two-thirds columns under a beta banner (issue 16 item 13, %s)',
      async (language) => {
        const page = await h.newPage();
        for (const start of ['/', '/refer']) {
          for (const target of PAGES) {
            await page.goto(`${start}?lang=${language}`);
            await page.locator('h1').first().waitFor();
            expect(await page.locator('#phase-banner').count(), `banner on ${start}`).toBe(1);
            const link = page.locator(`#footer-${target}`);
            expect(await link.textContent()).toBe(FOOTER[language][target]);
            expect(await tabTo(page, `#footer-${target}`), `tab to ${target} on ${start}`).toBe(
              true,
            );
            await page.keyboard.press('Enter');
            await page.waitForURL(`**/${target}`);
            await expect
              .poll(() => page.locator('h1').textContent())
              .toBe(FOOTER[language][target]);
            // Text pages sit in the two-thirds column, and carry the phase banner.
            expect(await page.locator('.nhsuk-grid-column-two-thirds h1').count()).toBe(1);
            expect(await page.locator('#phase-banner').count()).toBe(1);
            expect(await page.locator('main h2').count()).toBeGreaterThan(2);
            if (start === '/') await expectNoAxeViolations(page, `${target} in ${language}`);
          }
        }
        // The banner's feedback link goes to the contact page's feedback section.
        await page.goto(`/?lang=${language}`);
        await page.locator('#phase-banner a').click();
        await page.waitForURL('**/contact#feedback');
        await page.locator('#feedback h2').waitFor();
        await page.context().close();
      },
    );

    it('the accessibility statement follows the model statement and says what was tested (issue 16 item 13)', async () => {
      const page = await h.newPage();
      await page.goto('/accessibility');
      await page.locator('main h2').first().waitFor();
      const headings = await page.locator('main h2').allTextContents();
      for (const heading of [
        'Compliance status',
        'Non-accessible content',
        'Reporting accessibility problems with this website',
        'Enforcement procedure',
        'Preparation of this accessibility statement',
      ])
        expect(headings).toContain(heading);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('axe-core');
      expect(text).toContain('keyboard');
      await page.goto('/contact');
      await page.locator('main h2').first().waitFor();
      expect(await page.locator('main a[href="tel:999"]').count()).toBe(1);
      // The service's own phone, email and address, as configured, tap to call (issue 16 item 13).
      await page.locator('#service-phone').waitFor();
      expect(await page.locator('#service-phone').getAttribute('href')).toBe('tel:01614960000');
      expect(await page.locator('#service-email').getAttribute('href')).toBe(
        'mailto:ot.service@example.nhs.uk',
      );
      expect(await page.locator('#service-address').innerText()).toContain('Stretford');
      await expectNoAxeViolations(page, 'contact page with the service details');
      await page.goto('/contact?lang=cy');
      await page.locator('#service-phone').waitFor();
      expect(await page.locator('#service-contact dt').allTextContents()).toEqual([
        'Ffôn',
        'E-bost',
        'Cyfeiriad',
      ]);
      await expectNoAxeViolations(page, 'contact page with the service details, Welsh');
      await page.context().close();
    });

    it.each(['en', 'cy'] as const)(
      'staff pages have the same footer links, without the phase banner (issue 16 item 13, %s)',
      async (language) => {
        const page = await h.newPage();
        await signIn(page, staff.users.ot);
        for (const target of PAGES) {
          await page.goto(`/staff?lang=${language}`);
          await page.locator('h1').first().waitFor();
          expect(await page.locator('#phase-banner').count()).toBe(0);
          expect(await page.locator(`#footer-${target}`).textContent()).toBe(
            FOOTER[language][target],
          );
          expect(await tabTo(page, `#footer-${target}`)).toBe(true);
          await page.keyboard.press('Enter');
          await page.waitForURL(`**/${target}`);
          await expect.poll(() => page.locator('h1').textContent()).toBe(FOOTER[language][target]);
          await expectNoAxeViolations(page, `${target} from staff, ${language}`);
        }
        await page.context().close();
      },
    );

    describe('the audit log', () => {
      let gwen: TestEpisode & { nhsNumber: string };
      let other: TestEpisode;

      beforeAll(async () => {
        const nhsNumber = freshNhsNumber();
        gwen = {
          ...(await makeEpisode(h.database.db, {
            practiceId: staff.tree.practiceIds[0],
            pathway: 'frailty_falls',
            nhsNumber,
          })),
          nhsNumber,
        };
        other = await makeEpisode(h.database.db, {
          practiceId: staff.tree.practiceIds[0],
          pathway: 'frailty_falls',
        });
        // The OT opened both people's requests (as the access module records a read).
        for (const [who, practice] of [
          [gwen, staff.tree.practiceIds[0]],
          [other, staff.tree.practiceIds[0]],
        ] as const)
          await writeAuditEvent(h.database.db, {
            userId: staff.users.ot.id,
            actorLabel: staff.users.ot.email,
            action: 'read',
            resourceType: 'request',
            resourceId: who.requestId,
            organisationId: practice,
            ip: null,
            outcome: 'allowed',
          });
      });

      it('shows whose record each read was, and finds the events by a person’s NHS number (issue 16 item 11)', async () => {
        const page = await h.newPage();
        await signIn(page, staff.users.admin);
        await page.goto('/admin/audit?resourceType=request');
        await page.locator('table').waitFor();
        const gwenRow = page.locator('tbody tr', { hasText: gwen.requestId });
        expect(await gwenRow.textContent()).toContain(gwen.name);
        expect(await page.locator('thead').textContent()).toContain('Whose record');
        await expectNoAxeViolations(page, 'audit log with names');

        await page.goto('/admin/audit');
        await page.locator('table').waitFor();
        await page.fill('#nhsNumber', gwen.nhsNumber);
        await page.locator('#apply-filters').click();
        await page.waitForURL(new RegExp(`nhsNumber=${gwen.nhsNumber}`));
        await page.locator('#people-searched').waitFor();
        expect(await page.locator('#people-searched').textContent()).toContain(gwen.name);
        const rows = await page.locator('tbody tr').allTextContents();
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row).toContain(gwen.name);
          expect(row).not.toContain(other.name);
        }
        await expectNoAxeViolations(page, 'audit log by person');
        await page.context().close();
      });

      it.each([
        ['en', 'Date from must be a real date'],
        ['cy', 'Rhaid i’r dyddiad ‘o’ fod yn ddyddiad go iawn'],
      ] as const)(
        'filters by date with day, month and year boxes, with a field-level error for 31 February (issue 16 item 13, %s)',
        async (language, message) => {
          const page = await h.newPage();
          await signIn(page, staff.users.admin);
          await page.goto(`/admin/audit?lang=${language}`);
          await page.locator('table').waitFor();
          expect(await page.locator('main input[type=date]').count()).toBe(0);
          for (const part of ['day', 'month', 'year'])
            expect(await page.locator(`#from-${part}, #to-${part}`).count()).toBe(2);

          await page.fill('#from-day', '31');
          await page.fill('#from-month', '2');
          await page.fill('#from-year', '2026');
          await page.locator('#apply-filters').click();
          const summary = page.locator('.nhsuk-error-summary');
          await summary.waitFor();
          expect(await summary.textContent()).toContain(message);
          // The message stands beside the date, and the three boxes are marked.
          const group = page.locator('.nhsuk-form-group--error', { has: page.locator('#from') });
          expect(await group.locator('.nhsuk-error-message').textContent()).toContain(message);
          expect(await page.locator('#from .nhsuk-input--error').count()).toBe(3);
          expect(page.url()).not.toContain('from=');
          await expectNoAxeViolations(page, `audit date error, ${language}`);

          // A real date is applied, and shown again in the boxes.
          await page.fill('#from-day', '28');
          await page.locator('#apply-filters').click();
          await page.waitForURL(/from=2026-02-28/);
          await expect.poll(() => page.locator('#from-day').inputValue()).toBe('28');
          expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
          await page.context().close();
        },
      );
    });
  },
);
