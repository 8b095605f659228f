/**
 * The public self-referral in Chromium against the real server: a full request in English and
 * in Welsh (axe on every page), each red flag's advice and crisis request, field errors, and
 * sending that survives a lost connection without ever making a second request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerAfterRedFlags,
  answerDetails,
  answerReferralsWith,
  answerRestOfDetails,
  answerShown,
  answerUpToRedFlags,
  choose,
  continueOn,
  errorSummaryItems,
  expectHeading,
  giveUrgentDetails,
  onCheckAnswers,
  onPage,
  organisationName,
  RED_FLAG_CASES,
  referenceShown,
  skipEquality,
  requestsFor,
  requestsWithReference,
  tickRedFlag,
  welshAnswers,
  type Person,
} from './referral-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

describe.runIf(browserAvailable())('asking for help online, in Chromium', () => {
  let h: BrowserHarness;
  let practiceName: string;
  let people = 0;
  /** A person of one's own per test, so nothing depends on another test's requests. */
  const newPerson = (): Person => {
    people += 1;
    return {
      givenName: `Ffion${String(people)}`,
      familyName: `Hughes-${String(Date.now())}`,
      practiceName,
    };
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    const staff = await makeStaff(h);
    practiceName = await organisationName(h, staff.tree.practiceIds[0]);
  });
  afterAll(async () => {
    await h.close();
  });

  it('takes a full request in English: axe on every page, Back and Change keep answers, one request stored', async () => {
    const page = await h.newPage();
    const person = newPerson();
    await answerUpToRedFlags(page, true);
    // The emergency question comes straight after "who needs help" (issue 9).
    expect(await page.title()).toBe('Do any of these apply right now? – Ask for help – Everyday');
    await answerDetails(page, person, true);

    // Back once: the answer given is still there.
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await onPage(page, '/refer/contact', 'How should we contact you?');
    expect(await page.inputValue('#phone')).toBe('07123 456789');
    expect(await page.isChecked('#preferred-text')).toBe(true);
    await continueOn(page);
    await onPage(page, '/refer/areas', 'Which parts of everyday life are hard?');
    await choose(page, 'Home and daily living');
    await choose(page, 'Work');
    await continueOn(page);
    await onPage(page, '/refer/work', 'Which best describes your work?', true);
    await choose(page, 'Off sick from work');
    await continueOn(page);
    await onPage(page, '/refer/difficulties', 'What everyday activities are hard?', true);
    await page.fill('#difficulties', 'Getting to work and getting dressed');
    await continueOn(page);
    await onPage(page, '/refer/since', 'How long has this been a problem?', true);
    await choose(page, '3 to 12 months');
    await continueOn(page);
    await onPage(page, '/refer/impact', 'How much does it affect everyday life?', true);
    await choose(page, 'Quite a lot');
    await continueOn(page);
    await onPage(page, '/refer/goals', 'What would you like to be able to do?', true);
    await page.fill('#goals', 'Get back to work');
    await continueOn(page);
    await onPage(page, '/refer/access', 'Do you need any help to communicate with us?', true);
    await choose(page, 'Yes');
    expect(await page.getAttribute('#interpreter-yes', 'aria-controls')).toBe(
      'conditional-interpreter-yes',
    );
    await page.fill('#interpreter-language', 'Polish');
    await choose(page, 'Large print');
    await choose(page, 'English');
    await expectNoAxeViolations(page, 'access, language revealed');
    await continueOn(page);
    await skipEquality(page, true);
    await onCheckAnswers(page, true);
    expect(await answerShown(page, 'name')).toContain(`${person.givenName} ${person.familyName}`);
    expect(await answerShown(page, 'date-of-birth')).toContain('27 March 1951');

    // Change an answer: back to the question, then straight back to check your answers.
    await page
      .locator('#answer-name')
      .getByRole('link', { name: /Change/ })
      .click();
    await onPage(page, '/refer/name', 'What is your name?');
    expect(await page.inputValue('#given-name')).toBe(person.givenName);
    const changedName = `${person.givenName}a`;
    await page.fill('#given-name', changedName);
    await continueOn(page);
    await onCheckAnswers(page);
    expect(await answerShown(page, 'name')).toContain(changedName);

    // Pressing twice sends once.
    await page.locator('#send-request').dblclick();
    await onPage(page, '/refer/confirmation', 'Request sent', true);
    const reference = await referenceShown(page);
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.reload();
    await onPage(page, '/refer/confirmation', 'Request sent');
    expect(await page.locator('#reference').textContent()).toBe(reference);
    // Back after sending leads to the confirmation, not to the answers.
    await page.goto('/refer/check-answers');
    await onPage(page, '/refer/confirmation', 'Request sent');

    const stored = await requestsWithReference(h, reference);
    expect(stored).toHaveLength(1);
    expect(await requestsFor(h, changedName, person.familyName)).toHaveLength(1);
    expect(await requestsFor(h, person.givenName, person.familyName)).toHaveLength(0);
    expect(stored[0]!.complete).toBe(true);
    expect(stored[0]!.answers).toMatchObject({
      for: 'self',
      person: {
        givenName: changedName,
        dateOfBirth: '1951-03-27',
        nhsNumber: '9434765919',
        postcode: 'CF10 1AA',
      },
      contact: { preferred: 'text', email: 'person@example.com' },
      redFlags: [],
      areas: ['home_daily_living', 'work'],
      workStatus: 'off_sick',
      since: '3_to_12_months',
      impact: 'quite_a_lot',
      goals: 'Get back to work',
      access: { interpreter: true, language: 'Polish', needs: ['large_print'] },
      preferredLanguage: 'en',
    });
    await page.context().close();
  });

  it('takes a full request in Welsh', async () => {
    const page = await h.newPage();
    const person = newPerson();
    await page.goto('/refer?lang=cy');
    await onPage(page, '/refer', 'Gofyn am help gyda gweithgareddau bob dydd', true);
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.getByRole('link', { name: 'Dechrau nawr' }).click();
    await onPage(page, '/refer/who', 'Pwy sydd angen help?');
    await continueOn(page, 'Parhau');
    expect(await errorSummaryItems(page)).toEqual(['Dewiswch pwy sydd angen help']);
    expect(await page.title()).toBe('Gwall: Pwy sydd angen help? – Gofyn am help – Everyday');
    await expectNoAxeViolations(page, 'who, errors, Welsh');

    const pages = welshAnswers(person);
    for (const [path, heading, ...answers] of pages) {
      await onPage(page, `/refer/${path}`, heading, true);
      for (const answer of answers) await answer(page);
      await continueOn(page, 'Parhau');
    }
    await onPage(page, '/refer/check-answers', 'Gwiriwch eich atebion cyn anfon eich cais', true);
    expect(await answerShown(page, 'date-of-birth')).toContain('1980');
    await page.getByRole('button', { name: 'Anfon y cais' }).click();
    await onPage(page, '/refer/confirmation', 'Cais wedi’i anfon', true);
    const reference = await referenceShown(page);
    const stored = await requestsWithReference(h, reference);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.answers).toMatchObject({
      person: { givenName: person.givenName, dateOfBirth: '1980-11-02', postcode: 'SA1 1AA' },
      areas: ['falls_mobility'],
      fallsInLastYear: 'two_or_more',
      preferredLanguage: 'cy',
    });
    await page.context().close();
  });

  for (const { flag, label, first, says } of RED_FLAG_CASES) {
    it(`${flag}: shows what to do now as the very next page and saves a crisis request`, async () => {
      const page = await h.newPage();
      const person = newPerson();
      await answerUpToRedFlags(page);
      await tickRedFlag(page, label);
      expect(await page.locator('.nhsuk-card--care').first().getAttribute('id')).toBe(first);
      const main = page.locator('main');
      for (const text of says) expect(await main.textContent()).toContain(text);
      await giveUrgentDetails(page, person);
      const reference = page.locator('#urgent-reference');
      await reference.waitFor();
      // In opening hours a clinician sees it today; out of hours, on the next working day.
      expect(await main.textContent()).toMatch(
        /We have saved your request( and flagged it for a clinician to see today|\. A clinician will see it on the next working day)/,
      );
      await expectNoAxeViolations(page, `urgent advice for ${flag}`);
      const stored = await requestsWithReference(h, (await reference.textContent()) ?? '');
      expect(stored).toHaveLength(1);
      expect(stored[0]!.urgency).toBe('crisis');
      expect(stored[0]!.redFlags).toEqual([flag]);
      expect(stored[0]!.complete).toBe(false);
      await page.context().close();
    });
  }

  it('adds the rest of the answers to the request saved at the red flags, not a second request', async () => {
    const page = await h.newPage();
    const person = newPerson();
    await answerUpToRedFlags(page);
    await tickRedFlag(page, 'Thoughts of ending your life or of harming yourself');
    await giveUrgentDetails(page, person);
    await page.locator('#urgent-reference').waitFor();
    const reference = (await page.locator('#urgent-reference').textContent()) ?? '';
    // A refresh on the advice page keeps the saved request and shows it again.
    await page.reload();
    await onPage(page, '/refer/urgent-advice', 'What to do now');
    expect(await page.locator('#urgent-reference').textContent()).toBe(reference);
    await page.getByRole('link', { name: 'Tell us more (optional)' }).click();
    await answerRestOfDetails(page);
    await answerAfterRedFlags(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await onPage(page, '/refer/confirmation', 'Request sent');
    expect(await page.locator('#reference').textContent()).toBe(reference);
    const stored = await requestsFor(h, person.givenName, person.familyName);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ reference, urgency: 'crisis', complete: true });
    expect(stored[0]!.answers).toMatchObject({
      redFlags: ['self_harm_thoughts'],
      goals: 'Get dressed on my own',
    });
    await page.context().close();
  });

  it('still shows the advice when the urgent save fails, and says to contact the practice or 111 now', async () => {
    const page = await h.newPage();
    const person = newPerson();
    await answerUpToRedFlags(page);
    await page.route('**/api/referrals/urgent', (route) => route.abort());
    await tickRedFlag(page, 'Chest pain');
    await giveUrgentDetails(page, person);
    const status = page.locator('#urgent-save-status');
    await expect.poll(() => status.textContent()).toContain('We could not save your request');
    expect(await status.textContent()).toContain('Contact your GP practice or call 111 now');
    expect(await page.locator('#advice-call_999').textContent()).toContain('Call 999');
    await expectNoAxeViolations(page, 'urgent advice, not saved');
    await page.unroute('**/api/referrals/urgent');
    await page.getByRole('button', { name: 'Try to save it again' }).click();
    await page.locator('#urgent-reference').waitFor();
    const stored = await requestsFor(h, person.givenName, person.familyName);
    expect(stored.map((r) => r.urgency)).toEqual(['crisis']);
    await page.context().close();
  });

  it('shows NHS error messages for an impossible date, an invalid NHS number and a missing answer, keeping what was typed', async () => {
    const page = await h.newPage();
    await page.goto('/refer/who');
    await expectHeading(page, 'Who needs help?');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual(['Select who needs help']);
    expect(await page.title()).toBe('Error: Who needs help? – Ask for help – Everyday');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'nhsuk-error-summary',
    );
    expect(await page.locator('#for-error').textContent()).toContain('Select who needs help');
    await expectNoAxeViolations(page, 'who, missing answer');
    await choose(page, 'I need help');
    await continueOn(page);

    await onPage(page, '/refer/red-flags', 'Do any of these apply right now?');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual([
      'Select if any of these apply, or select ‘None of these’',
    ]);
    await expectNoAxeViolations(page, 'red flags, nothing chosen');
    await choose(page, 'None of these');
    await continueOn(page);

    await onPage(page, '/refer/name', 'What is your name?');
    // Focus moves to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.fill('#given-name', 'Ffion');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual(['Enter your last name']);
    expect(await page.inputValue('#given-name')).toBe('Ffion');
    await page.fill('#family-name', 'Hughes');
    await continueOn(page);

    await onPage(page, '/refer/date-of-birth', 'What is your date of birth?');
    await page.fill('#dob-day', '31');
    await page.fill('#dob-month', '2');
    await page.fill('#dob-year', '1990');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual(['Date of birth must be a real date']);
    expect(await page.inputValue('#dob-day')).toBe('31');
    expect(await page.getAttribute('#dob-day', 'class')).toContain('nhsuk-input--error');
    await expectNoAxeViolations(page, 'date of birth, impossible date');
    await page.locator('.nhsuk-error-summary a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dob-day');
    await page.fill('#dob-day', '1');
    await page.fill('#dob-year', '2999');
    await continueOn(page);
    await expect.poll(() => errorSummaryItems(page)).toEqual(['Date of birth must be in the past']);
    await page.fill('#dob-year', '1990');
    await continueOn(page);

    await onPage(page, '/refer/nhs-number', 'What is your NHS number? (optional)');
    await page.fill('#nhs-number', '4865447041');
    await continueOn(page);
    const invalid =
      'Enter a valid NHS number. Check it against a letter from the NHS or the NHS App';
    expect(await errorSummaryItems(page)).toEqual([invalid]);
    expect(await page.inputValue('#nhs-number')).toBe('4865447041');
    await expectNoAxeViolations(page, 'NHS number, invalid');
    await page.fill('#nhs-number', '0000000000');
    await continueOn(page);
    await expect.poll(() => page.locator('#nhs-number-error').textContent()).toContain(invalid);
    await page.fill('#nhs-number', '');
    await continueOn(page);
    await onPage(page, '/refer/postcode', 'What is your postcode?');
    await page.context().close();
  });

  it('keeps the answers when sending fails, says why, and never makes a second request', async () => {
    const page = await h.newPage();
    const person = newPerson();
    await answerUpToRedFlags(page);
    await answerDetails(page, person);
    await answerAfterRedFlags(page);
    const send = page.getByRole('button', { name: 'Send request' });

    await page.route('**/api/referrals', (route) => route.abort());
    await send.click();
    expect(await errorSummaryItems(page)).toEqual([
      'Your request has not been sent. Check your internet connection and try again. Your answers are saved.',
    ]);
    await expectNoAxeViolations(page, 'check answers, not sent');
    await page.unroute('**/api/referrals');

    await answerReferralsWith(page, 429, {
      code: 'rate_limited',
      message: 'Slow down',
      retryAfterSeconds: 120,
    });
    await send.click();
    await expect
      .poll(() => errorSummaryItems(page))
      .toEqual(['Too many requests from this device. Try again in 2 minutes.']);
    await page.unroute('**/api/referrals');

    // The server refuses an answer: linked to its page, shown there, and back here after Continue.
    await answerReferralsWith(page, 400, {
      code: 'validation',
      message: 'Check the answers shown and try again',
      fields: [{ path: 'answers.person.givenName', code: 'too_long', message: 'Too long' }],
    });
    await send.click();
    await expect
      .poll(() => errorSummaryItems(page))
      .toEqual(['First name must be 100 characters or fewer']);
    await page.unroute('**/api/referrals');
    await page.locator('.nhsuk-error-summary a').click();
    await onPage(page, '/refer/name', 'What is your name?');
    expect(await page.locator('#given-name-error').textContent()).toContain(
      'First name must be 100',
    );
    await continueOn(page);
    await onCheckAnswers(page);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);

    // Saved by the server but the reply lost: after a refresh the retry reuses the key.
    await page.route('**/api/referrals', async (route) => {
      await route.fetch();
      await route.abort();
    });
    await send.click();
    await expect
      .poll(() => errorSummaryItems(page))
      .toContain(
        'Your request has not been sent. Check your internet connection and try again. Your answers are saved.',
      );
    await page.unroute('**/api/referrals');
    await page.reload();
    await onCheckAnswers(page);
    expect(await answerShown(page, 'name')).toContain(person.givenName);
    await page.getByRole('button', { name: 'Send request' }).click();
    await onPage(page, '/refer/confirmation', 'Request sent');
    const stored = await requestsFor(h, person.givenName, person.familyName);
    expect(stored).toHaveLength(1);
    expect(await page.locator('#reference').textContent()).toBe(stored[0]!.reference);
    await page.context().close();
  });

  it('words each question for oneself or for someone else, asks the language to write in and an address for letters (issue 16 item 3)', async () => {
    const page = await h.newPage();
    const person = newPerson();
    // For someone else: "their" throughout.
    await page.goto('/refer/who');
    await onPage(page, '/refer/who', 'Who needs help?');
    await choose(page, 'Someone I care for needs help');
    await continueOn(page);
    await onPage(page, '/refer/red-flags', 'Do any of these apply right now?');
    expect(await page.locator('main').textContent()).toContain('ending their life');
    await choose(page, 'None of these');
    await continueOn(page);
    await onPage(page, '/refer/about-you', 'About you');
    await page.check('#person-agreed-yes');
    await page.fill('#referrer-name', 'Sam Hughes');
    await page.fill('#referrer-relationship', 'Son');
    await continueOn(page);
    await onPage(page, '/refer/name', 'What is their name?');
    // For oneself: "your" throughout, with no "their" on the page.
    await page.goto('/refer/who');
    await choose(page, 'I need help');
    await continueOn(page);
    await onPage(page, '/refer/red-flags', 'Do any of these apply right now?');
    expect(await page.locator('main').textContent()).toContain('ending your life');
    await choose(page, 'None of these');
    await continueOn(page);
    await onPage(page, '/refer/name', 'What is your name?');
    expect(await page.locator('main').textContent()).not.toMatch(/\btheir\b/);
    await page.fill('#given-name', person.givenName);
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual(['Enter your last name']);
    await page.fill('#family-name', person.familyName);
    await continueOn(page);
    await page.fill('#dob-day', '27');
    await page.fill('#dob-month', '3');
    await page.fill('#dob-year', '1951');
    await continueOn(page);
    await continueOn(page);
    await onPage(page, '/refer/postcode', 'What is your postcode?');
    await page.fill('#postcode', 'cf10 1aa');
    await continueOn(page);
    await onPage(page, '/refer/practice', 'Which GP practice are you registered with?');
    await choose(page, person.practiceName);
    await continueOn(page);

    // Letter asks where letters go: their postcode to start with, the lines and town to fill in.
    await onPage(page, '/refer/contact', 'How should we contact you?');
    await choose(page, 'Letter');
    expect(await page.inputValue('#address-postcode')).toBe('cf10 1aa');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual([
      'Enter the first line of the address',
      'Enter the town or city',
    ]);
    await expectNoAxeViolations(page, 'contact, letter, address errors');
    await page.fill('#address-line1', '2 Heol y Castell');
    await page.fill('#address-town', 'Caerdydd');
    await continueOn(page);
    await onPage(page, '/refer/areas', 'Which parts of everyday life are hard?');
    await choose(page, 'Home and daily living');
    await continueOn(page);
    await page.fill('#difficulties', 'Getting washed and dressed');
    await continueOn(page);
    await choose(page, '1 to 3 months');
    await continueOn(page);
    await onPage(page, '/refer/impact', 'How much does it affect everyday life?');
    expect(await page.locator('main').textContent()).toContain('I cannot do things I need to do');
    await choose(page, 'A lot');
    await continueOn(page);
    await onPage(page, '/refer/goals', 'What would you like to be able to do?');
    await page.fill('#goals', 'Get dressed on my own');
    await continueOn(page);

    // The language to write in is asked with the other communication needs.
    await onPage(page, '/refer/access', 'Do you need any help to communicate with us?');
    await choose(page, 'No');
    await continueOn(page);
    expect(await errorSummaryItems(page)).toEqual([
      'Select which language we should write to you in',
    ]);
    await choose(page, 'Welsh (Cymraeg)');
    await expectNoAxeViolations(page, 'access, language to write in');
    await continueOn(page);
    await skipEquality(page);
    await onCheckAnswers(page, true);
    expect(await page.locator('#answer-goals dt').textContent()).toBe(
      'What you would like to be able to do',
    );
    const shown = await page.locator('#answer-contact dd').first().textContent();
    expect(shown).toContain('2 Heol y Castell');
    expect(await page.locator('#answer-access').textContent()).toContain(
      'Language for letters and messages: Welsh (Cymraeg)',
    );
    await page.locator('#send-request').click();
    await onPage(page, '/refer/confirmation', 'Request sent');
    const [request] = await requestsWithReference(h, await referenceShown(page));
    expect(request?.answers).toMatchObject({
      preferredLanguage: 'cy',
      contact: {
        preferred: 'letter',
        address: { line1: '2 Heol y Castell', town: 'Caerdydd', postcode: 'CF10 1AA' },
      },
    });
    const stored = await h.database.db
      .selectFrom('requests')
      .innerJoin('people', 'people.id', 'requests.person_id')
      .select(['people.preferred_language', 'people.address_lines', 'people.address_postcode'])
      .where('requests.id', '=', request?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      preferred_language: 'cy',
      address_lines: ['2 Heol y Castell', 'Caerdydd'],
      address_postcode: 'CF10 1AA',
    });
    await page.context().close();
  });

  it('gives chest pain one instruction, call 999 now, as a tap-to-call link, in English and Welsh (issue 16 item 3)', async () => {
    const page = await h.newPage();
    await answerUpToRedFlags(page);
    await tickRedFlag(page, 'Chest pain');
    const cards = page.locator('.nhsuk-card--care');
    expect(await cards.evaluateAll((els) => els.map((e) => e.id))).toEqual(['advice-call_999']);
    const main = page.locator('main');
    expect(await main.textContent()).not.toContain('Contact your GP practice today');
    expect(await page.locator('#advice-call_999 a[href="tel:999"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'chest pain advice');
    await page.context().close();

    const welsh = await h.newPage();
    await welsh.goto('/refer?lang=cy');
    await welsh.getByRole('link', { name: 'Dechrau nawr' }).click();
    await onPage(welsh, '/refer/who', 'Pwy sydd angen help?');
    await choose(welsh, 'Mae angen help arnaf i');
    await continueOn(welsh, 'Parhau');
    await onPage(
      welsh,
      '/refer/red-flags',
      'A oes unrhyw un o’r rhain yn berthnasol ar hyn o bryd?',
    );
    await choose(welsh, 'Poen yn y frest');
    await continueOn(welsh, 'Parhau');
    await welsh.waitForURL((url) => url.pathname === '/refer/urgent-advice');
    await welsh.locator('#advice-call_999').waitFor();
    const welshCards = welsh.locator('.nhsuk-card--care');
    expect(await welshCards.evaluateAll((els) => els.map((e) => e.id))).toEqual([
      'advice-call_999',
    ]);
    expect(await welsh.locator('main').textContent()).toContain('Ffoniwch 999 nawr');
    expect(await welsh.locator('#advice-call_999 a[href="tel:999"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(welsh, 'chest pain advice, Welsh');
    await welsh.context().close();
  });
});
