/**
 * Seed 003 (Northwich): people with memory concerns book a memory clinic directly. In Chromium,
 * a person asks for help through the whole /refer form, choosing memory and thinking; the
 * confirmation page offers to book now, and they book a memory clinic time there and then.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, londonDateOf } from '@everyday/core';
import type { Page } from 'playwright-core';
import { makeAnswers, QUESTION_SET_VERSION } from '../../../server/src/testing/requests.js';
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
  skipEquality,
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
    let staff: Awaited<ReturnType<typeof makeStaff>>;
    /** The request the first test books directly (the second confirms it). */
    let bookedReference = '';

    async function csrfOf(page: Page): Promise<string> {
      const session = await page.request.get('/api/session');
      return ((await session.json()) as { csrfToken: string }).csrfToken;
    }

    beforeAll(async () => {
      h = await startBrowserHarness({ EVERYDAY_SERVICE_PHONE: '0161 496 0123' });
      staff = await makeStaff(h);
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
      await onPage(page, '/refer/goals', 'What would you like to be able to do?');
      await page.fill('#goals', 'Keep cooking safely and remember my appointments');
      await continueOn(page);
      await onPage(page, '/refer/access', 'Do you need any help to communicate with us?');
      await choose(page, 'No');
      await choose(page, 'English');
      await continueOn(page);
      await skipEquality(page);
      await onCheckAnswers(page);
      await page.getByRole('button', { name: /Send/ }).click();
      await page.waitForURL('**/refer/confirmation');
      const reference = await referenceShown(page);
      bookedReference = reference;
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

    it('issue 16 item 1: the booked request waits in the inbox under "Booked directly: confirm" until an OT confirms it', async () => {
      expect(bookedReference).not.toBe('');
      const ot = await h.newPage();
      await signIn(ot, staff.users.ot);
      await ot.goto('/requests');
      const toConfirm = ot.locator('#confirm-requests');
      await toConfirm.waitFor();
      expect(await toConfirm.locator('caption').textContent()).toContain(
        'Booked directly: confirm',
      );
      const row = toConfirm.locator('tr', { hasText: bookedReference });
      expect(await row.textContent()).toContain('Booked directly: confirm');
      await expectNoAxeViolations(ot, 'inbox with a direct booking to confirm');

      const href = await row
        .getByRole('link', { name: new RegExp(bookedReference) })
        .getAttribute('href');
      expect(href).toMatch(/^\/requests\//);
      await ot.goto(href ?? '');
      const panel = ot.locator('#confirm-direct-booking');
      await panel.waitFor();
      expect(await panel.textContent()).toContain('without anyone seeing their request');
      await expectNoAxeViolations(ot, 'request page of a direct booking');
      await ot.fill('#confirm-note', 'Memory clinic is the right place');
      await ot.locator('#confirm-submit').click();
      await ot.getByText('Request confirmed.').waitFor();
      expect(await ot.locator('#confirm-direct-booking').count()).toBe(0);
      expect(await ot.locator('main').textContent()).toContain(
        'Direct booking confirmed by an occupational therapist',
      );

      await ot.goto('/requests');
      await ot.locator('#request-count').waitFor();
      expect(await ot.locator('main').textContent()).not.toContain(bookedReference);
      await ot.context().close();
    });

    it('issue 16 item 1: with no free times the booking page says what happens next and gives the service’s phone number, in English and Welsh', async () => {
      // A falls request accepted by an OT: no falls clinic runs, so its link offers no times.
      const ot = await h.newPage();
      await signIn(ot, staff.users.ot);
      const recorded = await ot.request.post('/api/requests/staff', {
        headers: { 'x-csrf-token': await csrfOf(ot), 'idempotency-key': randomUUID() },
        data: {
          questionSetVersion: QUESTION_SET_VERSION,
          channel: 'phone',
          answers: makeAnswers(staff.tree.practiceIds[0]),
        },
      });
      expect(recorded.status(), await recorded.text()).toBe(201);
      const { id } = (await recorded.json()) as { id: string };
      const accepted = await ot.request.post(`/api/requests/${id}/actions`, {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { action: 'accept', pathway: 'frailty_falls', tier: 'targeted' },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);
      const made = await ot.request.post(`/api/requests/${id}/booking-link`, {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { send: false },
      });
      expect(made.status(), await made.text()).toBe(201);
      const path = new URL(((await made.json()) as { link: string }).link).pathname;
      await ot.context().close();

      const page = await h.newPage();
      await page.goto(path);
      const deadEnd = page.locator('#no-free-times');
      await deadEnd.waitFor();
      const english = await deadEnd.textContent();
      expect(english).toContain('What happens next');
      expect(english).toContain(
        'Someone from the occupational therapy team will contact you to arrange a time.',
      );
      expect(await page.locator('#service-phone').textContent()).toBe('0161 496 0123');
      expect(await page.locator('#service-phone').getAttribute('href')).toBe('tel:01614960123');
      expect(await page.locator('input[type=radio]').count()).toBe(0);
      await expectNoAxeViolations(page, 'self-booking with no free times');

      await page.goto(`${path}?lang=cy`);
      await page.getByText('Beth sy’n digwydd nesaf').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      expect(await deadEnd.textContent()).toContain(
        'Bydd rhywun o’r tîm therapi galwedigaethol yn cysylltu â chi i drefnu amser.',
      );
      expect(await page.locator('#service-phone').textContent()).toBe('0161 496 0123');
      await expectNoAxeViolations(page, 'self-booking with no free times, in Welsh');
      await page.context().close();
    });

    it('issue 16 item 1: an OT who does not confirm a direct booking sends it back to triage, cancelling its appointment', async () => {
      // A memory request booked straight from the referral form, with a memory clinic time.
      const person = await h.newPage();
      const session = await person.request.get('/api/session');
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const referred = await person.request.post('/api/referrals', {
        headers: { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() },
        data: {
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(staff.tree.practiceIds[0], {
            areas: ['memory_thinking'],
            since: '3_to_12_months',
            impact: 'quite_a_lot',
            fallsInLastYear: 'none',
            person: { givenName: 'Gwilym', dateOfBirth: '1949-06-07' },
          }),
        },
      });
      expect(referred.status(), await referred.text()).toBe(201);
      const { id, directBooking } = (await referred.json()) as {
        id: string;
        directBooking: { link: string } | null;
      };
      expect(directBooking).not.toBeNull();
      await person.context().close();
      const ot = await h.newPage();
      await signIn(ot, staff.users.ot);
      const slots = await ot.request.get('/api/slots?available=true');
      const slotId = ((await slots.json()) as { slots: { id: string }[] }).slots[0]?.id;
      const booked = await ot.request.post('/api/appointments', {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { requestId: id, slotId },
      });
      expect(booked.status(), await booked.text()).toBe(201);

      await ot.goto(`/requests/${id}?lang=cy`);
      await ot.locator('#return-heading').waitFor();
      expect(await ot.locator('#return-heading').textContent()).toBe("Neu peidiwch â'i gadarnhau");
      await expectNoAxeViolations(ot, 'sending a direct booking back to triage, in Welsh');
      await ot.goto(`/requests/${id}?lang=en`);
      await ot.locator('#return-heading').waitFor();
      expect(await ot.locator('#return-reason-hint').textContent()).toContain(
        'Their appointment will be cancelled',
      );
      // Too short a reason: a field error, and nothing is changed.
      await ot.fill('#return-reason', 'No');
      await ot.locator('#return-submit').click();
      await ot.locator('.nhsuk-error-summary').waitFor();
      expect(await ot.locator('.nhsuk-error-summary a').getAttribute('href')).toBe(
        '#return-reason',
      );
      await expectNoAxeViolations(ot, 'return to triage with a field error');
      await ot.fill('#return-reason', 'Falls are the main concern, not memory');
      await ot.locator('#return-submit').click();
      await ot.getByText('Sent back to triage.').waitFor();
      expect(await ot.locator('#confirm-direct-booking').count()).toBe(0);
      expect(await ot.locator('main').textContent()).toContain(
        'Sent back to triage (direct booking not confirmed)',
      );
      // Triaged like any other request now: the actions are offered.
      await ot.locator('#actions-heading').waitFor();
      const appointment = await h.database.db
        .selectFrom('appointments')
        .innerJoin('episodes', 'episodes.id', 'appointments.episode_id')
        .select(['appointments.status', 'episodes.status as episode_status'])
        .where('episodes.request_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(appointment).toEqual({ status: 'cancelled_by_service', episode_status: 'closed' });
      await ot.context().close();
    });
  },
);
