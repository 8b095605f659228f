/**
 * The crisis follow-through for staff, in Chromium against the real server (issue 9): the crisis
 * banner on every staff page until a clinician acknowledges the request, the crisis log showing
 * that acknowledgement (and its CSV), the duty rota saved, a screen flag cleared with a reason,
 * and the safety settings with their field errors. Axe on every page shown; one browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, isoWeekdayOf, londonDateOf } from '@everyday/core';
import { recordRequest } from './safety-net-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';
import { answersFor, makePerson } from './triage-support.js';

describe.runIf(browserAvailable())('crisis follow-through for staff, in Chromium', () => {
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

  const nameOf = async (id: string): Promise<string> =>
    (
      await h.database.db
        .selectFrom('users')
        .select('name')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).name;
  const organisationName = async (id: string): Promise<string> =>
    (
      await h.database.db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).name;

  /** A crisis request (a ticked red flag) recorded by the navigator. */
  async function crisisRequest(overrides: Record<string, unknown> = { redFlags: ['chest_pain'] }) {
    const page = await h.newPage();
    await signIn(page, staff.users.navigator);
    const made = await recordRequest(page, answersFor(makePerson('Dafydd'), practiceId, overrides));
    await page.context().close();
    return made;
  }

  it('shows the crisis banner on staff pages until a clinician acknowledges, then the lead’s log has it', async () => {
    const { id, reference } = await crisisRequest();
    const page = await h.newPage();
    await signIn(page, staff.users.ot);
    const banner = page.locator('#crisis-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      '1 crisis or safeguarding request has not been acknowledged by a clinician.',
    );
    await expectNoAxeViolations(page, 'staff home with the crisis banner');

    // The banner's "see all" lists what is waiting.
    await page.getByRole('link', { name: 'See it in the inbox' }).click();
    await page.waitForURL('**/crisis');
    await page.locator('#crisis-waiting').waitFor();
    expect(await page.locator('#crisis-waiting').textContent()).toContain(reference);
    await expectNoAxeViolations(page, 'crisis requests waiting');

    // Open the oldest from the banner and acknowledge it with the keyboard.
    await page.getByRole('link', { name: `Open request ${reference}` }).click();
    await page.waitForURL(`**/requests/${id}`);
    await page.locator('#acknowledge-form').waitFor();
    await expectNoAxeViolations(page, 'request with the acknowledge form');
    await page.locator('#acknowledge-outcome-called_back_safe').focus();
    await page.keyboard.press('Space');
    await page.fill('#acknowledge-note', 'Spoke to him; pain settled, GP seeing him today');
    await page.locator('#acknowledge-submit').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner--success').textContent())
      .toContain('Acknowledgement recorded');
    // The request now says who acknowledged it and what was done; the form is gone.
    const recorded = page.locator('#acknowledgement');
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain(await nameOf(staff.users.ot.id));
    expect(await recorded.textContent()).toContain('Called back and safe');
    expect(await page.locator('#acknowledge-form').count()).toBe(0);
    // The banner goes at once, without waiting for its periodic check.
    await banner.waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'request acknowledged');
    await page.goto('/crisis');
    await page.locator('#crisis-none-waiting').waitFor();
    expect(await page.locator('#crisis-banner').count()).toBe(0);
    await page.context().close();

    const lead = await h.newPage();
    await signIn(lead, staff.users.lead);
    await lead.goto('/crisis/log');
    const table = lead.locator('#crisis-log');
    await table.waitFor();
    expect(await lead.title()).toBe('Crisis log – Everyday');
    const row = table.locator('tbody tr', { hasText: reference });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(await nameOf(staff.users.ot.id));
    expect(text).toContain('Called back and safe');
    expect(text).toContain('Red flag ticked');
    expect(await table.locator('caption').textContent()).toContain(
      'Crisis and safeguarding requests',
    );
    expect(await lead.locator('#log-count').textContent()).toBe('1');
    await lead.locator('#crisis-log-definitions summary').click();
    expect(await lead.locator('#crisis-log-definitions').textContent()).toContain(
      '08:00 to 18:30 UK time, Monday to Friday, not on bank holidays',
    );
    await expectNoAxeViolations(lead, 'crisis log');

    // The CSV link downloads the same period.
    const href = (await lead.locator('#crisis-log-csv').getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^\/api\/crisis\/log\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&format=csv$/,
    );
    const csv = await lead.request.get(href);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(reference);

    // A period before it: nothing, and a wrong date is a field error.
    await lead.fill('#log-to-day', '31');
    await lead.fill('#log-to-month', '2');
    await lead.getByRole('button', { name: 'Show this period' }).click();
    await lead.locator('.nhsuk-error-summary').waitFor();
    expect(await lead.locator('.nhsuk-error-summary').textContent()).toContain(
      'The end date must be a real date',
    );
    await expectNoAxeViolations(lead, 'crisis log with an error');
    await lead.context().close();
  });

  it('saves the duty clinician of a practice for a day of the week', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.ot);
    const today = londonDateOf(Date.now());
    const monday = addCalendarDays(today, 1 - isoWeekdayOf(today));
    const wednesday = addCalendarDays(monday, 2);
    await page.goto('/crisis/rota');
    const select = page.locator(`#rota-${practiceId}-${wednesday}`);
    await select.waitFor();
    await expectNoAxeViolations(page, 'duty rota');
    await select.selectOption(staff.users.clinician.id);
    const practice = await organisationName(practiceId);
    await page.getByRole('button', { name: `Save the rota for ${practice}` }).click();
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner--success').textContent())
      .toContain(`The duty rota for ${practice} has been saved.`);
    await expectNoAxeViolations(page, 'duty rota saved');
    const row = await h.database.db
      .selectFrom('duty_rota')
      .select(['user_id', 'updated_by'])
      .where('organisation_id', '=', practiceId)
      .where('date', '=', wednesday)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_id: staff.users.clinician.id, updated_by: staff.users.ot.id });

    // Next week, then back: the choice is kept.
    await page.getByRole('link', { name: /Next week/ }).click();
    await page.waitForURL(`**/crisis/rota?from=${addCalendarDays(monday, 7)}`);
    await page.locator(`#rota-${practiceId}-${addCalendarDays(wednesday, 7)}`).waitFor();
    expect(await page.inputValue(`#rota-${practiceId}-${addCalendarDays(wednesday, 7)}`)).toBe('');
    await page.getByRole('link', { name: /Previous week/ }).click();
    await expect
      .poll(() => page.inputValue(`#rota-${practiceId}-${wednesday}`))
      .toBe(staff.users.clinician.id);
    await page.context().close();
  });

  it('lets an OT clear a flag the screen raised, with a reason', async () => {
    const { id } = await crisisRequest({ redFlags: [], difficulties: 'I want to end my life' });
    const before = await h.database.db
      .selectFrom('requests')
      .select(['urgency', 'red_flags'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(before.urgency).toBe('crisis');
    expect(before.red_flags).toContain('self_harm_thoughts');

    const page = await h.newPage();
    await signIn(page, staff.users.ot);
    await page.goto(`/requests/${id}`);
    await page.locator('#action-clear-flag').waitFor();
    await page.locator('#action-clear-flag summary').click();
    await page.check('#clear-flag-flag-screen');
    await page.fill('#clear-flag-reason', 'Too short');
    await page.locator('#clear-flag-submit').click();
    await page.locator('.nhsuk-error-summary').waitFor();
    await expectNoAxeViolations(page, 'clear a flag with an error');
    await page.fill(
      '#clear-flag-reason',
      'Spoke to her: she was quoting a film, no thoughts of ending her life',
    );
    await page.locator('#clear-flag-submit').click();
    await expect
      .poll(
        async () =>
          (
            await h.database.db
              .selectFrom('requests')
              .select('red_flags')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).red_flags,
      )
      .not.toContain('self_harm_thoughts');
    const after = await h.database.db
      .selectFrom('requests')
      .select('urgency')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after.urgency).not.toBe('crisis');
    await expectNoAxeViolations(page, 'flag cleared');
    await page.context().close();
  });

  it('saves safety settings for a practice, with field errors first', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.admin);
    await page.goto('/crisis/settings');
    const minutes = page.locator(`#minutes-${practiceId}`);
    await minutes.waitFor();
    await expectNoAxeViolations(page, 'safety settings');
    await minutes.fill('500');
    await page.fill(`#email-${practiceId}`, 'not an email');
    const practice = await organisationName(practiceId);
    const save = page.getByRole('button', { name: `Save settings for ${practice}` });
    await save.click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toEqual([
      'Minutes must be from 5 to 480',
      'Enter an email address in the correct format, like name@example.com',
    ]);
    await expectNoAxeViolations(page, 'safety settings with errors');
    await minutes.fill('30');
    await page.fill(`#email-${practiceId}`, 'practice@example.nhs.uk');
    await page.selectOption(`#lead-${practiceId}`, staff.users.clinician.id);
    await save.click();
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner--success').textContent())
      .toContain(`The safety settings for ${practice} have been saved.`);
    const stored = await h.database.db
      .selectFrom('safety_settings')
      .select(['acknowledge_within_minutes', 'practice_email', 'safeguarding_lead_user_id'])
      .where('organisation_id', '=', practiceId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      acknowledge_within_minutes: 30,
      practice_email: 'practice@example.nhs.uk',
      safeguarding_lead_user_id: staff.users.clinician.id,
    });
    await expectNoAxeViolations(page, 'safety settings saved');
    await page.context().close();
  });
});
