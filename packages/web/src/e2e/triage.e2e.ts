/**
 * Staff work on requests in Chromium against the real server: recording a request on one page
 * (with red-flag advice and the duplicate check), triage by an OT, a GP's referral, API keys.
 */
import { randomUUID } from 'node:crypto';
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
import {
  answersFor,
  fillStaffForm,
  heading,
  makePerson,
  recordedReference,
  recordThroughApi,
  requestByReference,
} from './triage-support.js';

describe.runIf(browserAvailable())('requests and triage, in Chromium', () => {
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

  it('lets a navigator record a phone request on one page, with red-flag advice at once', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.navigator);
    await page.getByRole('link', { name: 'Record a request' }).click();
    await page.waitForURL('**/requests/new');
    await expect.poll(() => heading(page)).toBe('Record a request');
    expect(await page.title()).toBe('Record a request – Everyday');
    await page.locator('#given-name').waitFor();
    await expectNoAxeViolations(page, 'record a request');

    // Sent empty: every problem is listed, the summary has focus, and the page still passes axe.
    await page.getByRole('button', { name: 'Record request' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').allTextContents()).toContain(
      'Select how the request was made',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'nhsuk-error-summary',
    );
    await expectNoAxeViolations(page, 'record a request with errors');

    // A red flag shows what to tell the person straight away, before anything is sent.
    await page.check('#red-flags-chest_pain');
    const advice = page.locator('#red-flag-advice');
    await advice.waitFor();
    expect(await advice.textContent()).toContain('This needs same-day action');
    expect(await advice.textContent()).toContain('Call 999 now if this is happening');
    await expectNoAxeViolations(page, 'red-flag advice');
    await page.uncheck('#red-flags-chest_pain');
    await advice.waitFor({ state: 'detached' });

    const person = makePerson('Eira');
    await page.check('#channel-phone');
    await page.check('#for-self');
    await fillStaffForm(page, person, practiceId);
    // Nothing typed was lost to the errors.
    expect(await page.inputValue('#given-name')).toBe('Eira');
    await page.getByRole('button', { name: 'Record request' }).click();
    await page.waitForURL('**/requests/new/recorded');
    await expect.poll(() => heading(page)).toBe('Request recorded');
    const reference = await recordedReference(page);
    expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await page.locator('#suggested-urgency').textContent()).toContain('Routine');
    await expectNoAxeViolations(page, 'request recorded');

    const stored = await requestByReference(h, reference);
    expect(stored).toMatchObject({ route: 'navigator', channel: 'phone', status: 'received' });
    expect(stored.submitted_by).toBe(staff.users.navigator.id);
    await page.context().close();
  });

  it('warns of a possible existing record and links the request to the person chosen', async () => {
    const person = makePerson('Gwen');
    const existing = await h.database.db
      .insertInto('people')
      .values({
        given_name: person.givenName,
        family_name: person.familyName,
        date_of_birth: '1948-05-02',
        registered_practice_id: practiceId,
        postcode: 'LA9 4JE',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const page = await h.newPage();
    await signIn(page, staff.users.navigator);
    await page.goto('/requests/new');
    await page.locator('#given-name').waitFor();
    await page.check('#channel-desk');
    await page.check('#for-self');
    await fillStaffForm(page, person, practiceId);
    await page.getByRole('button', { name: 'Check for existing records' }).click();
    const warning = page.locator('#possible-duplicates');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Possible existing record');
    expect(await warning.textContent()).toContain(`${person.givenName} ${person.familyName}`);
    await expectNoAxeViolations(page, 'possible existing record');

    // The user must choose: nothing is merged silently.
    await page.getByRole('button', { name: 'Record request' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').textContent())
      .toContain('Select one of the existing records');
    await page.getByLabel(`Use this record: ${person.givenName} ${person.familyName}`).check();
    await page.getByRole('button', { name: 'Record request' }).click();
    await page.waitForURL('**/requests/new/recorded');
    const first = await recordedReference(page);
    expect((await requestByReference(h, first)).person_id).toBe(existing.id);

    // The same name and date of birth again, this time as a new person.
    await page.getByRole('link', { name: 'Record another request' }).click();
    await page.waitForURL('**/requests/new');
    await page.locator('#given-name').waitFor();
    await page.check('#channel-desk');
    await page.check('#for-self');
    await fillStaffForm(page, person, practiceId);
    // Submitting runs the check first when it has not been run.
    await page.getByRole('button', { name: 'Record request' }).click();
    await page.locator('#possible-duplicates').waitFor();
    await page.getByLabel('None of these – record a new person').check();
    await page.getByRole('button', { name: 'Record request' }).click();
    await page.waitForURL('**/requests/new/recorded');
    const second = await recordedReference(page);
    const stored = await requestByReference(h, second);
    expect(stored.person_id).not.toBe(existing.id);
    expect(stored.channel).toBe('desk');
    await page.context().close();
  });

  it('lets an OT triage: crisis pinned first, then accept, signpost and redirect, each audited', async () => {
    const navigator = await h.newPage();
    await signIn(navigator, staff.users.navigator);
    const crisisPerson = makePerson('Cadi');
    const crisisId = await recordThroughApi(
      navigator,
      answersFor(crisisPerson, practiceId, { redFlags: ['chest_pain'] }),
    );
    const acceptPerson = makePerson('Alun');
    const acceptId = await recordThroughApi(navigator, answersFor(acceptPerson, practiceId));
    const signpostId = await recordThroughApi(
      navigator,
      answersFor(makePerson('Siân'), practiceId),
    );
    const redirectId = await recordThroughApi(
      navigator,
      answersFor(makePerson('Huw'), practiceId, {
        access: { interpreter: true, language: 'Polish', needs: ['large_print'] },
      }),
    );
    await navigator.context().close();

    const page = await h.newPage();
    await signIn(page, staff.users.ot);
    await page.getByRole('link', { name: 'Triage inbox' }).click();
    await page.waitForURL('**/requests');
    await page.locator('#crisis-requests').waitFor();
    await expectNoAxeViolations(page, 'triage inbox');
    expect(await page.title()).toBe('Triage inbox – Everyday');
    const firstRow = page.locator('main table tbody tr').first();
    expect(await firstRow.textContent()).toContain(
      `${crisisPerson.givenName} ${crisisPerson.familyName}`,
    );
    expect(await firstRow.textContent()).toContain('Crisis — same day');
    expect(await page.locator('#request-count').textContent()).toMatch(/\d+ open requests?/);

    // Filters live in the address.
    await page.selectOption('#route', 'navigator');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/requests?route=navigator');
    await page.locator('#crisis-requests').waitFor();

    // Accept onto a pathway and tier.
    await page.goto(`/requests/${acceptId}`);
    await page.locator('#suggestion').waitFor();
    await expectNoAxeViolations(page, 'request detail');
    expect(await page.title()).toMatch(/^Request [A-Z2-9]{4}-[A-Z2-9]{4} – Everyday$/);
    const other = await h.newPage();
    await signIn(other, staff.users.ot);
    await other.goto(`/requests/${acceptId}`);
    await other.locator('#actions').waitFor();

    await page.locator('#action-accept summary').click();
    expect(await page.locator('#accept-pathway input:checked').count()).toBe(1);
    await page.check('#accept-pathway-daily_living');
    await page.check('#accept-tier-targeted');
    await page.fill('#accept-note', 'Bathing group in March');
    await expectNoAxeViolations(page, 'accept form');
    await page.getByRole('button', { name: 'Accept onto the waiting list' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner:not(#crisis-banner)').textContent())
      .toContain('joins the waiting list');
    expect(await page.locator('#request-status').textContent()).toBe('On the waiting list');
    expect(await page.locator('#history').textContent()).toContain('Accepted');
    await expectNoAxeViolations(page, 'request accepted');
    const accepted = await h.database.db
      .selectFrom('requests')
      .select(['status', 'pathway', 'tier'])
      .where('id', '=', acceptId)
      .executeTakeFirstOrThrow();
    expect(accepted).toEqual({ status: 'waiting', pathway: 'daily_living', tier: 'targeted' });

    // The other OT's page is out of date: acting on it says so and reloads.
    await other.locator('#action-decline summary').click();
    await other.fill('#decline-reason', 'Not for us');
    await other.getByRole('button', { name: 'Decline request' }).click();
    await expect
      .poll(() => other.locator('.nhsuk-error-summary').textContent())
      .toContain('Someone else has already acted on this request');
    await expect
      .poll(() => other.locator('#request-status').textContent())
      .toBe('On the waiting list');
    await other.context().close();

    // Signpost: what was offered is required, then stored.
    await page.goto(`/requests/${signpostId}`);
    await page.locator('#actions').waitFor();
    await page.locator('#action-signpost summary').click();
    await page.getByRole('button', { name: 'Signpost and close' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').textContent())
      .toContain('Enter what was offered');
    await expectNoAxeViolations(page, 'signpost with errors');
    await page.fill('#signpost-offered', 'Riverside bathing aids library');
    await page.check('#signpost-send');
    await page.getByRole('button', { name: 'Signpost and close' }).click();
    await expect.poll(() => page.locator('#request-status').textContent()).toBe('Signposted');
    expect(await page.locator('#history').textContent()).toContain(
      'Riverside bathing aids library',
    );
    const signposted = await h.database.db
      .selectFrom('request_events')
      .select('details')
      .where('request_id', '=', signpostId)
      .where('action', '=', 'signpost')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(signposted.details)).toContain('Riverside bathing aids library');

    // Redirect to the GP, with a reason; the interpreter need is shown prominently.
    await page.goto(`/requests/${redirectId}`);
    await page.locator('#actions').waitFor();
    expect(await page.locator('#access-needs').textContent()).toContain('Polish');
    await page.locator('#action-redirect summary').click();
    await page.check('#redirect-to-gp');
    await page.fill('#redirect-reason', 'Needs a medication review first');
    await page.getByRole('button', { name: 'Redirect request' }).click();
    await expect.poll(() => page.locator('#request-status').textContent()).toBe('Redirected');
    expect(await page.locator('#history').textContent()).toContain(
      'Needs a medication review first',
    );

    // The crisis request shows its red flags first.
    await page.goto(`/requests/${crisisId}`);
    await page.locator('#red-flags').waitFor();
    expect(await page.locator('#red-flags').textContent()).toContain('Chest pain');
    await expectNoAxeViolations(page, 'crisis request');

    const audited = await h.database.db
      .selectFrom('audit_events')
      .select(['resource_id', 'action'])
      .where('resource_type', '=', 'request')
      .where('user_id', '=', staff.users.ot.id)
      .execute();
    for (const id of [acceptId, signpostId, redirectId])
      expect(audited.some((row) => row.resource_id === id && row.action === 'update')).toBe(true);
    await page.context().close();
  });

  it('lets a GP refer with a reason, in English or Welsh, and read the request', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.clinician);
    await page.getByRole('link', { name: 'Refer to occupational therapy' }).click();
    await page.waitForURL('**/requests/new');
    await expect.poll(() => heading(page)).toBe('Refer to occupational therapy');
    await page.locator('#given-name').waitFor();
    // The referrer is the GP, already filled in; there is no channel to choose.
    expect(await page.locator('#channel').count()).toBe(0);
    expect(await page.inputValue('#referrer-name')).not.toBe('');

    // The questions are worded from the question set, in Welsh too.
    await page.locator('#language-toggle').click();
    await expect.poll(() => heading(page)).toBe('Atgyfeirio at therapi galwedigaethol');
    expect(await page.locator('main').textContent()).toContain('Beth yw eu henw?');
    await expectNoAxeViolations(page, 'referral form in Welsh');
    await page.locator('#language-toggle').click();
    await expect.poll(() => heading(page)).toBe('Refer to occupational therapy');

    const person = makePerson('Ifan');
    await page.fill('#referrer-relationship', 'GP');
    await page.check('#person-agreed');
    await fillStaffForm(page, person, practiceId);
    await page.getByRole('button', { name: 'Send referral' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').textContent())
      .toContain('Enter the reason for referral');
    await page.fill('#clinical-reason', 'Two falls this winter; lives alone.');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await page.waitForURL('**/requests/new/recorded');
    await expect.poll(() => heading(page)).toBe('Referral sent');
    const reference = await recordedReference(page);
    const stored = await requestByReference(h, reference);
    expect(stored).toMatchObject({ route: 'clinician', channel: 'clinician_referral' });
    expect(JSON.stringify(stored.answers)).toContain('Two falls this winter');

    // A clinician reads the request but cannot act on it.
    await page.goto(`/requests/${stored.id}`);
    await page.locator('#suggestion').waitFor();
    expect(await page.locator('#actions').count()).toBe(0);
    await expectNoAxeViolations(page, 'request detail, read-only');
    // The inbox is for OTs.
    await page.goto('/requests');
    await expect.poll(() => heading(page)).toBe('You do not have permission to view this page');
    await page.context().close();
  });

  it('lets an admin create an API key, shown once, that another system can send requests with', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.admin);
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL('**/admin/api-keys');
    await expect.poll(() => heading(page)).toBe('API keys');
    await page.locator('#create-key').waitFor();
    await expectNoAxeViolations(page, 'API keys');

    await page.getByRole('button', { name: 'Create key' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').textContent())
      .toContain('Enter a name for the key');
    await page.fill('#key-name', 'EMIS at the test practice');
    await page.selectOption('#key-organisation', practiceId);
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.locator('#new-api-key-value');
    await shown.waitFor();
    const key = ((await shown.textContent()) ?? '').trim();
    expect(key.length).toBeGreaterThan(20);
    expect(await page.locator('#new-api-key').textContent()).toContain('will not be shown again');
    await expectNoAxeViolations(page, 'API key created');

    // Shown once: not after a reload.
    await page.reload();
    await page.locator('#api-keys').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(key);
    expect(await page.locator('#api-keys').textContent()).toContain('EMIS at the test practice');

    const send = (idempotencyKey: string) =>
      fetch(`${h.baseUrl}/api/requests`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'idempotency-key': idempotencyKey,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          source: { system: 'EMIS', externalId: 'ext-1' },
          answers: answersFor(makePerson('Nia'), practiceId),
        }),
      });
    const response = await send(randomUUID());
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    expect((await requestByReference(h, reference)).route).toBe('system');

    // Revoke, with a confirmation step; the key then stops working.
    await page
      .locator('tr', { hasText: 'EMIS at the test practice' })
      .getByRole('button', { name: /Revoke/ })
      .click();
    await page.locator('#revoke-confirmation').waitFor();
    await expectNoAxeViolations(page, 'revoke confirmation');
    await page.getByRole('button', { name: 'Yes, revoke this key' }).click();
    await expect
      .poll(() => page.locator('tr', { hasText: 'EMIS at the test practice' }).textContent())
      .toContain('Revoked');
    expect((await send(randomUUID())).status).toBe(401);
    await page.context().close();
  });
});
