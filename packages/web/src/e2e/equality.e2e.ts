/**
 * The front door's equality questions in Chromium against the real server (issue 11 item 3):
 * an optional page after communication needs, worded for oneself or for someone else, in
 * English and Welsh, each question with "prefer not to say"; what is said is stored on the
 * person, and the postcode resolved to its area (the demo's lookup loaded). Axe on every state.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoDeprivation } from '../../../server/src/people/deprivation-lookup.js';
import {
  answerAfterRedFlags,
  answerDetails,
  answerShown,
  answerUpToRedFlags,
  continueOn,
  onCheckAnswers,
  onPage,
  organisationName,
  referenceShown,
  type Person,
} from './referral-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';
import { fillStaffForm, heading, makePerson, recordedReference } from './triage-support.js';

describe.runIf(browserAvailable())('equality monitoring at the front door, in Chromium', () => {
  let h: BrowserHarness;
  let practiceId: string;
  let practiceName: string;
  let staff: Staff;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    practiceId = staff.tree.practiceIds[0];
    practiceName = await organisationName(h, practiceId);
    await loadDemoDeprivation(h.database.db);
  });
  afterAll(async () => {
    await h.close();
  });

  /** The person stored for the request with this reference. */
  const personOf = (reference: string) =>
    h.database.db
      .selectFrom('requests')
      .innerJoin('people', 'people.id', 'requests.person_id')
      .select([
        'people.sex',
        'people.gender_same_as_sex',
        'people.gender_identity',
        'people.ethnicity',
        'people.lsoa_code',
        'people.imd_decile',
        'people.postcode_lookup_version',
      ])
      .where('requests.reference', '=', reference)
      .executeTakeFirstOrThrow();

  const changeAnswer = (page: Page, step: string) =>
    page.locator(`#answer-${step} a`).first().click();

  it('asks for oneself in English, all optional, and stores what was said with the area', async () => {
    const page = await h.newPage();
    const person: Person = {
      givenName: 'Amara',
      familyName: `Okafor-${String(Date.now())}`,
      practiceName,
    };
    await answerUpToRedFlags(page);
    await answerDetails(page, person);
    // Left out on the way: the page asks nothing that must be answered.
    await answerAfterRedFlags(page);
    expect(await answerShown(page, 'equality')).toBe('Not answered');

    await changeAnswer(page, 'equality');
    await onPage(page, '/refer/equality', 'Helping us check the service is fair', true);
    expect(await page.locator('form p.nhsuk-body').first().textContent()).toContain(
      'Your answers help us check the service is fair and reaches everyone',
    );
    expect(await page.locator('#sex legend').textContent()).toContain(
      'What was your sex registered at birth? (optional)',
    );
    await page.check('#sex-female');
    await page.check('#gender-same-no');
    await page.locator('#gender-identity-non_binary').check();
    await expectNoAxeViolations(page, 'equality, gender revealed');
    await page.check('#ethnic-group-black');
    await page.locator('#ethnicity-black-N').check();
    await expectNoAxeViolations(page, 'equality, background revealed');
    await continueOn(page);

    await onCheckAnswers(page, true);
    const lines = await page.locator('#answer-equality dd').first().textContent();
    expect(lines).toContain('Sex registered at birth: Female');
    expect(lines).toContain('Gender: Non-binary');
    expect(lines).toContain('Ethnic group: Black or Black British: African');

    // A postcode in the loaded lookup (Trafford), changed from check your answers.
    await changeAnswer(page, 'postcode');
    await onPage(page, '/refer/postcode', 'What is your postcode?');
    await page.fill('#postcode', 'M15 4AB');
    await continueOn(page);
    await onCheckAnswers(page);
    await page.getByRole('button', { name: /Send/ }).click();
    await page.waitForURL('**/refer/confirmation');
    const reference = await referenceShown(page);
    expect(await personOf(reference)).toEqual({
      sex: 'female',
      gender_same_as_sex: 'no',
      gender_identity: 'non_binary',
      ethnicity: 'N',
      lsoa_code: 'E01006185',
      imd_decile: 2,
      postcode_lookup_version: 'ONSPD 2022-05 / IMD 2019',
    });
    // Nothing about the area is shown to the public.
    expect(await page.locator('main').textContent()).not.toMatch(/E01006185|decile|LSOA/i);
    await page.context().close();
  });

  it('asks for someone else in Welsh, with "prefer not to say", stored as not stated', async () => {
    const page = await h.newPage();
    const familyName = `Jones-${String(Date.now())}`;
    // A draft complete up to this page, as the form keeps it (sessionStorage).
    await page.goto('/refer?lang=cy');
    await onPage(page, '/refer', 'Gofyn am help gyda gweithgareddau bob dydd');
    await page.evaluate(
      ([draft]) => {
        window.sessionStorage.setItem('everyday.referral', draft ?? '');
      },
      [
        JSON.stringify({
          version: 1,
          idempotencyKey: randomUUID(),
          step: 'equality',
          urgent: null,
          pending: [],
          advice: null,
          screenShown: [],
          submitted: null,
          answers: {
            for: 'someone_else',
            personAgreed: true,
            referrerName: 'Siân Jones',
            referrerRelationship: 'Merch',
            givenName: 'Dafydd',
            familyName,
            dobDay: '4',
            dobMonth: '5',
            dobYear: '1944',
            postcode: 'LA9 4JE',
            practiceId,
            practiceName,
            phone: '07123 456789',
            preferred: 'phone',
            preferredLanguage: 'cy',
            noRedFlags: true,
            areas: ['home_daily_living'],
            difficulties: 'Ymolchi a gwisgo',
            since: '1_to_3_months',
            impact: 'a_lot',
            goals: 'Gwisgo ar ei ben ei hun',
            interpreter: 'no',
          },
        }),
      ],
    );
    await page.goto('/refer/equality');
    await onPage(page, '/refer/equality', 'Ein helpu i wirio bod y gwasanaeth yn deg', true);
    expect(await page.locator('form p.nhsuk-body').first().textContent()).toContain(
      'Mae’r atebion yn ein helpu i wirio bod y gwasanaeth yn deg ac yn cyrraedd pawb',
    );
    expect(await page.locator('#sex legend').textContent()).toContain(
      'Beth oedd eu rhyw a gofrestrwyd adeg eu geni? (dewisol)',
    );
    expect(await page.locator('#ethnic-group legend').first().textContent()).toContain(
      'Beth yw eu grŵp ethnig? (dewisol)',
    );
    await page.check('#sex-prefer_not_to_say');
    await page.check('#gender-same-yes');
    await page.check('#ethnic-group-prefer_not_to_say');
    await expectNoAxeViolations(page, 'equality in Welsh, someone else');
    await continueOn(page, 'Parhau');
    await onPage(page, '/refer/check-answers', 'Gwiriwch eich atebion cyn anfon eich cais', true);
    const lines = await page.locator('#answer-equality dd').first().textContent();
    expect(lines).toContain('Rhyw a gofrestrwyd adeg geni: Gwell peidio â dweud');
    expect(lines).toContain('Grŵp ethnig: Gwell peidio â dweud');
    await page.getByRole('button', { name: 'Anfon y cais' }).click();
    await page.waitForURL('**/refer/confirmation');
    const reference = await referenceShown(page);
    expect(await personOf(reference)).toEqual({
      sex: 'prefer_not_to_say',
      gender_same_as_sex: 'yes',
      gender_identity: null,
      ethnicity: 'Z',
      // Kendal is not in the lookup loaded: no area, and the request was still taken.
      lsoa_code: null,
      imd_decile: null,
      postcode_lookup_version: null,
    });
    await page.context().close();
  });

  it('asks the same in the staff form, optional, and stores it with the area', async () => {
    const page = await h.newPage();
    await signIn(page, staff.users.navigator);
    await page.goto('/requests/new');
    await page.locator('#given-name').waitFor();
    await page.check('#channel-phone');
    await page.check('#for-self');
    await fillStaffForm(page, makePerson('Priya'), practiceId);
    await page.fill('#postcode', 'M15 4AB');
    expect(await page.locator('#equality-heading').textContent()).toBe(
      'Helping us check the service is fair',
    );
    await page.check('#sex-male');
    await page.check('#gender-same-yes');
    await page.check('#ethnic-group-asian');
    await page.locator('#ethnicity-asian-H').check();
    await expectNoAxeViolations(page, 'staff form, equality answered');
    await page.getByRole('button', { name: 'Record request' }).click();
    await page.waitForURL('**/requests/new/recorded');
    await expect.poll(() => heading(page)).toBe('Request recorded');
    expect(await personOf(await recordedReference(page))).toEqual({
      sex: 'male',
      gender_same_as_sex: 'yes',
      gender_identity: null,
      ethnicity: 'H',
      lsoa_code: 'E01006185',
      imd_decile: 2,
      postcode_lookup_version: 'ONSPD 2022-05 / IMD 2019',
    });
    await page.context().close();
  });
});
