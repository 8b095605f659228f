/**
 * Issue 16 item 6 in Chromium: large print, a Polish interpreter and letters in Welsh, asked for
 * on the request, are shown wherever the OT sees the person afterwards — the waiting list, the
 * booking page and the episode — in English and Welsh, with no axe violations.
 */
import { randomUUID } from 'node:crypto';
import { addCalendarDays, londonDateOf } from '@everyday/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnswers, QUESTION_SET_VERSION } from '../../../server/src/testing/requests.js';
import { unique } from '../../../server/src/testing/builders.js';
import staffCy from '../locales/staff.cy.json' with { type: 'json' };
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

async function csrfOf(page: Page): Promise<string> {
  const session = await page.request.get('/api/session');
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

describe.runIf(browserAvailable())(
  'communication needs wherever the person is seen, in Chromium',
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

    it('shows large print, the interpreter and Welsh letters on the waiting list, the booking page and the episode', async () => {
      const ot = await h.newPage();
      await signIn(ot, staff.users.ot);
      const familyName = unique('Nowak');
      const recorded = await ot.request.post('/api/requests/staff', {
        headers: { 'x-csrf-token': await csrfOf(ot), 'idempotency-key': randomUUID() },
        data: {
          questionSetVersion: QUESTION_SET_VERSION,
          channel: 'phone',
          answers: makeAnswers(staff.tree.practiceIds[0], {
            person: { givenName: 'Zofia', familyName, dateOfBirth: '1944-03-02' },
            access: { interpreter: true, language: 'Polish', needs: ['large_print'] },
            preferredLanguage: 'cy',
          }),
        },
      });
      expect(recorded.status(), await recorded.text()).toBe(201);
      const { id } = (await recorded.json()) as { id: string };
      const accepted = await ot.request.post(`/api/requests/${id}/actions`, {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { action: 'accept', pathway: 'daily_living', tier: 'individualised' },
      });
      expect(accepted.status(), await accepted.text()).toBe(200);

      const tags = (locator: ReturnType<Page['locator']>) =>
        locator.locator('.everyday-communication-needs li').allTextContents();

      // The waiting list, in English then Welsh.
      await ot.goto('/clinics/waiting-list');
      const row = ot.locator('#waiting-entries tr', { hasText: familyName });
      await row.waitFor();
      expect(await tags(row)).toEqual(['Large print', 'Interpreter: Polish', 'Write in Welsh']);
      await expectNoAxeViolations(ot, 'waiting list with communication needs');
      await ot.goto('/clinics/waiting-list?lang=cy');
      await expect
        .poll(() => tags(ot.locator('#waiting-entries tr', { hasText: familyName })))
        .toEqual(['Print bras', 'Cyfieithydd: Polish', staffCy.needs.writeInWelsh]);
      await expectNoAxeViolations(ot, 'waiting list with communication needs, in Welsh');

      // The booking page.
      await ot.goto(`/clinics/book/${id}?lang=en`);
      await ot.locator('#communication-needs').waitFor();
      expect(await tags(ot.locator('main'))).toEqual([
        'Large print',
        'Interpreter: Polish',
        'Write in Welsh',
      ]);
      await expectNoAxeViolations(ot, 'booking page with communication needs');

      // Booked, the episode opens with them in its header.
      const site = await ot.request.post('/api/sites', {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { name: 'Stretford clinic', organisationId: staff.tree.pcnId },
      });
      const template = await ot.request.post('/api/clinic-templates', {
        headers: { 'x-csrf-token': await csrfOf(ot), 'idempotency-key': randomUUID() },
        data: {
          siteId: ((await site.json()) as { id: string }).id,
          name: 'Daily living clinic',
          weekdays: [1, 2, 3, 4, 5],
          startTime: '09:00',
          endTime: '10:00',
          mode: 'in_person',
          validFrom: addCalendarDays(londonDateOf(Date.now()), 1),
        },
      });
      expect(template.status(), await template.text()).toBe(201);
      const slots = await ot.request.get('/api/slots?available=true');
      const slotId = ((await slots.json()) as { slots: { id: string }[] }).slots[0]?.id;
      const booked = await ot.request.post('/api/appointments', {
        headers: { 'x-csrf-token': await csrfOf(ot) },
        data: { requestId: id, slotId },
      });
      expect(booked.status(), await booked.text()).toBe(201);
      const episode = await h.database.db
        .selectFrom('episodes')
        .select('id')
        .where('request_id', '=', id)
        .executeTakeFirstOrThrow();
      await ot.goto(`/episodes/${episode.id}`);
      await ot.locator('#communication-needs').waitFor();
      expect(await tags(ot.locator('#communication-needs').locator('..'))).toEqual([
        'Large print',
        'Interpreter: Polish',
        'Write in Welsh',
      ]);
      await expectNoAxeViolations(ot, 'episode with communication needs');
      await ot.goto(`/episodes/${episode.id}?lang=cy`);
      await expect
        .poll(() => ot.locator('#communication-needs li').allTextContents())
        .toEqual(['Print bras', 'Cyfieithydd: Polish', staffCy.needs.writeInWelsh]);
      await expectNoAxeViolations(ot, 'episode with communication needs, in Welsh');
      await ot.context().close();
    });
  },
);
