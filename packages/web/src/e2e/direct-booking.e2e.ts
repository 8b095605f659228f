/**
 * Seed 003 (Northwich): people with memory concerns book a memory clinic directly. In Chromium,
 * a person asks for help through the whole /refer form, choosing memory and thinking; the
 * confirmation page offers to book now, and they book a memory clinic time there and then.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, londonDateOf } from '@everyday/core';
import {
  answerDetails,
  answerUpToRedFlags,
  choose,
  continueOn,
  expectHeading,
  onCheckAnswers,
  onPage,
  organisationName,
  referenceShown,
} from './referral-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

describe.runIf(browserAvailable())(
  'booking a memory clinic straight from the referral form, in Chromium',
  () => {
    let h: BrowserHarness;
    let practiceName: string;

    beforeAll(async () => {
      h = await startBrowserHarness();
      const staff = await makeStaff(h);
      practiceName = await organisationName(h, staff.tree.practiceIds[0]);
      // An OT runs a memory clinic on weekdays from tomorrow.
      const ot = await h.newPage();
      await signIn(ot, staff.users.ot);
      const csrf = async () =>
        ((await (await ot.request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
      const site = await ot.request.post('/api/sites', {
        headers: { 'x-csrf-token': await csrf() },
        data: { name: 'Memory clinic room', organisationId: staff.tree.pcnId },
      });
      const { id: siteId } = (await site.json()) as { id: string };
      const template = await ot.request.post('/api/clinic-templates', {
        headers: { 'x-csrf-token': await csrf(), 'idempotency-key': randomUUID() },
        data: {
          siteId,
          name: 'Memory clinic',
          weekdays: [1, 2, 3, 4, 5],
          startTime: '09:00',
          endTime: '10:00',
          mode: 'in_person',
          pathway: 'memory',
          validFrom: addCalendarDays(londonDateOf(Date.now()), 1),
        },
      });
      expect(template.status(), await template.text()).toBe(201);
      await ot.context().close();
    });
    afterAll(async () => {
      await h.close();
    });

    it('offers to book at the end of the form, and books a memory clinic time', async () => {
      const page = await h.newPage();
      await answerUpToRedFlags(page);
      await answerDetails(page, {
        givenName: 'Eirlys',
        familyName: `Pugh-${String(Date.now())}`,
        practiceName,
      });
      await choose(page, 'Memory and thinking');
      await continueOn(page);
      await onPage(page, '/refer/difficulties', 'What everyday activities are hard?');
      await page.fill('#difficulties', 'I forget appointments and lose track when cooking');
      await continueOn(page);
      await onPage(page, '/refer/since', 'How long has this been a problem?');
      await choose(page, '3 to 12 months');
      await continueOn(page);
      await onPage(page, '/refer/impact', 'How much does it affect everyday life?');
      await choose(page, 'Quite a lot');
      await continueOn(page);
      await onPage(page, '/refer/goals', 'What would they like to be able to do?');
      await page.fill('#goals', 'Keep cooking safely and remember my appointments');
      await continueOn(page);
      await onPage(page, '/refer/access', 'Do they need any help to communicate with us?');
      await choose(page, 'No');
      await continueOn(page);
      await onCheckAnswers(page);
      await page.getByRole('button', { name: /Send/ }).click();
      await page.waitForURL('**/refer/confirmation');
      const reference = await referenceShown(page);
      const bookNow = page.locator('#book-now');
      await bookNow.waitFor();
      expect(await bookNow.textContent()).toBe('Book your appointment now');
      await expectNoAxeViolations(page, 'confirmation with booking link');

      await bookNow.click();
      await page.waitForURL('**/book/**');
      await page.locator('input[type=radio]').first().waitFor();
      expect(await page.locator('main').textContent()).toContain(reference);
      await expectNoAxeViolations(page, 'self-booking from the referral');
      await page.locator('input[type=radio]').first().check();
      await page.getByRole('button', { name: 'Book this time' }).click();
      await expectHeading(page, 'Occupational therapy – Your appointment');
      expect(await page.locator('main').textContent()).toContain('Your appointment is booked');

      const rows = await h.database.db
        .selectFrom('requests')
        .innerJoin('appointments', 'appointments.person_id', 'requests.person_id')
        .innerJoin('slots', 'slots.id', 'appointments.slot_id')
        .select([
          'requests.pathway',
          'requests.status',
          'appointments.booked_via',
          'slots.pathway as slot_pathway',
        ])
        .where('requests.reference', '=', reference)
        .execute();
      expect(rows).toEqual([
        { pathway: 'memory', status: 'booked', booked_via: 'self', slot_pathway: 'memory' },
      ]);
      await page.context().close();
    });
  },
);
