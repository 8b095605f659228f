/**
 * Issue 16 item 4 in Chromium: an OT redirects a crisis request to the person's GP; a GP of that
 * practice signs in, finds it handed over in their view (in English and Welsh), and acknowledges
 * it; the OT sees it acknowledged in the request's history. The GP's own referral shows what
 * became of it. Zero axe violations on every page.
 */
import { randomUUID } from 'node:crypto';
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
import { answersFor, heading, makePerson, recordThroughApi } from './triage-support.js';

/** Posts as the signed-in member of staff on `page`, with the CSRF token. */
async function postAs(
  page: Page,
  url: string,
  data: unknown,
  headers: Record<string, string> = {},
) {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.post(url, {
    headers: { 'x-csrf-token': session.csrfToken, ...headers },
    data,
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as { id: string; reference: string };
}

describe.runIf(browserAvailable())('handovers and referral outcomes, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let practiceId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    practiceId = staff.tree.practiceIds[0];
  });
  afterAll(async () => {
    await h.close();
  });

  it('issue 16 item 4: a crisis redirected to the GP reaches the GP, who acknowledges it; the OT sees it acknowledged', async () => {
    // The GP refers someone, and a navigator records a crisis request for another person.
    const gpPage = await h.newPage();
    await signIn(gpPage, staff.users.clinician);
    const referred = makePerson('Bethan');
    const referral = await postAs(
      gpPage,
      '/api/requests/staff',
      {
        channel: 'clinician_referral',
        questionSetVersion: 'front-door-2026.11.1',
        answers: answersFor(referred, practiceId, { clinicalReason: 'Two falls since October.' }),
      },
      { 'idempotency-key': randomUUID() },
    );
    const navigator = await h.newPage();
    await signIn(navigator, staff.users.navigator);
    const person = makePerson('Cadi');
    const crisisId = await recordThroughApi(
      navigator,
      answersFor(person, practiceId, { redFlags: ['self_harm_thoughts'] }),
    );
    await navigator.context().close();

    // The OT accepts the referral and redirects the crisis request to the GP.
    const ot = await h.newPage();
    await signIn(ot, staff.users.ot);
    await postAs(ot, `/api/requests/${referral.id}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });
    await ot.goto(`/requests/${crisisId}`);
    await ot.locator('#actions').waitFor();
    await ot.locator('#action-redirect summary').click();
    await ot.check('#redirect-to-gp');
    await ot.fill('#redirect-reason', 'Thoughts of self-harm: GP to see today');
    await ot.getByRole('button', { name: 'Redirect request' }).click();
    await expect.poll(() => ot.locator('#request-status').textContent()).toBe('Redirected');
    expect(await ot.locator('#history').textContent()).toContain('Handed over');
    const { reference } = await h.database.db
      .selectFrom('requests')
      .select('reference')
      .where('id', '=', crisisId)
      .executeTakeFirstOrThrow();
    await expectNoAxeViolations(ot, 'request handed over');

    // The GP finds it in their view, with their referral's outcome.
    await gpPage.goto('/staff');
    await gpPage.getByRole('link', { name: 'Handovers and your referrals' }).click();
    await gpPage.waitForURL('**/handovers');
    await expect.poll(() => heading(gpPage)).toBe('Handovers and your referrals');
    const row = gpPage.locator('#handovers tbody tr').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(`${person.givenName} ${person.familyName}`);
    expect(await row.textContent()).toContain('Crisis');
    const referrals = gpPage.locator('#referrals');
    expect(await referrals.textContent()).toContain(referral.reference);
    expect(await referrals.textContent()).toContain('Accepted: on the waiting list');
    await expectNoAxeViolations(gpPage, 'handovers');

    // In Welsh too.
    await gpPage.locator('#language-toggle').click();
    await expect.poll(() => heading(gpPage)).toBe('Trosglwyddiadau a’ch atgyfeiriadau');
    expect(await gpPage.locator('#referrals').textContent()).toContain(
      'Wedi’i dderbyn: ar y rhestr aros',
    );
    await expectNoAxeViolations(gpPage, 'handovers in Welsh');
    await gpPage.locator('#language-toggle').click();
    await expect.poll(() => heading(gpPage)).toBe('Handovers and your referrals');

    // The GP reads the request, then acknowledges the handover.
    await row.getByRole('link', { name: reference }).click();
    await gpPage.waitForURL(`**/requests/${crisisId}`);
    await gpPage.locator('#history').waitFor();
    await gpPage.goBack();
    await gpPage.waitForURL('**/handovers');
    await gpPage.getByRole('button', { name: `Acknowledge ${reference}` }).click();
    await gpPage.locator('.nhsuk-notification-banner--success').waitFor();
    expect(await gpPage.locator('.nhsuk-notification-banner--success').textContent()).toContain(
      `You have acknowledged the handover of ${reference}.`,
    );
    await expect
      .poll(() => gpPage.locator('#handovers tbody tr').first().textContent())
      .toContain('Acknowledged');
    await expectNoAxeViolations(gpPage, 'handover acknowledged');

    // The OT sees it acknowledged in the request's history.
    await ot.reload();
    await ot.locator('#history').waitFor();
    expect(await ot.locator('#history').textContent()).toContain('Handover acknowledged');
    await expectNoAxeViolations(ot, 'request with the handover acknowledged');
    await ot.context().close();
    await gpPage.context().close();
  });
});
