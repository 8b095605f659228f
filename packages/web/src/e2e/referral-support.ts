/**
 * Helpers for the self-referral browser tests (referral.e2e.ts): answering the pages the way a
 * person does, and reading back what was stored.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, type BrowserHarness } from './support.js';

/** One answer on a page: a box filled in or an option chosen. */
export type Answer = (page: Page) => Promise<void>;

export interface Person {
  givenName: string;
  familyName: string;
  practiceName: string;
}

/** The page's one <h1>, once the new page has rendered it. */
export async function expectHeading(page: Page, heading: string): Promise<void> {
  await expect
    .poll(async () => (await page.locator('h1').allTextContents()).map((h) => h.trim()))
    .toEqual([heading]);
}

/** Waits for the page at `path` with heading `heading`; with axe, checks it for violations. */
export async function onPage(
  page: Page,
  path: string,
  heading: string,
  axe = false,
): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  await expectHeading(page, heading);
  if (axe) await expectNoAxeViolations(page, path);
}

/** Waits for check your answers (in English); with axe, checks it for violations. */
export async function onCheckAnswers(page: Page, axe = false): Promise<void> {
  await onPage(page, '/refer/check-answers', 'Check your answers before sending your request', axe);
}

/** Ticks the radio or checkbox with this exact label. */
export async function choose(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
}

export async function continueOn(page: Page, label = 'Continue'): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** The optional equality questions after communication needs (issue 11 item 3), left out. */
export async function skipEquality(page: Page, axe = false): Promise<void> {
  await onPage(page, '/refer/equality', 'Helping us check the service is fair', axe);
  await continueOn(page);
}

/** Start now and "Who needs help?" for oneself: the emergency question comes next (issue 9). */
export async function answerUpToRedFlags(page: Page, axe = false): Promise<void> {
  await page.goto('/refer');
  await onPage(page, '/refer', 'Ask for help with everyday activities', axe);
  await page.getByRole('link', { name: 'Start now' }).click();
  await onPage(page, '/refer/who', 'Who needs help?', axe);
  await choose(page, 'I need help');
  await continueOn(page);
  await onPage(page, '/refer/red-flags', 'Do any of these apply right now?', axe);
}

/** "None of these" at the emergency question, then the person's details, up to the areas. */
export async function answerDetails(page: Page, person: Person, axe = false): Promise<void> {
  await choose(page, 'None of these');
  await continueOn(page);
  await onPage(page, '/refer/name', 'What is your name?', axe);
  await page.fill('#given-name', person.givenName);
  await page.fill('#family-name', person.familyName);
  await continueOn(page);
  await onPage(page, '/refer/date-of-birth', 'What is your date of birth?', axe);
  await page.fill('#dob-day', '27');
  await page.fill('#dob-month', '3');
  await page.fill('#dob-year', '1951');
  await continueOn(page);
  await onPage(page, '/refer/nhs-number', 'What is your NHS number? (optional)', axe);
  await page.fill('#nhs-number', '943 476 5919');
  await continueOn(page);
  await onPage(page, '/refer/postcode', 'What is your postcode?', axe);
  await page.fill('#postcode', 'cf10 1aa');
  await continueOn(page);
  await onPage(page, '/refer/practice', 'Which GP practice are you registered with?', axe);
  await choose(page, person.practiceName);
  await continueOn(page);
  await onPage(page, '/refer/contact', 'How should we contact you?', axe);
  await page.fill('#phone', '07123 456789');
  await page.fill('#email', 'person@example.com');
  await choose(page, 'Text message');
  await continueOn(page);
  await onPage(page, '/refer/areas', 'Which parts of everyday life are hard?', axe);
}

/** Ticks a red flag and continues: the very next page is what to do now. */
export async function tickRedFlag(page: Page, label: string): Promise<void> {
  await choose(page, label);
  await continueOn(page);
  await onPage(page, '/refer/urgent-advice', 'What to do now');
}

/**
 * From the advice page: only what reaches the person today (name, phone, practice), then back
 * to the advice page, which saves the urgent request.
 */
export async function giveUrgentDetails(page: Page, person: Person, axe = false): Promise<void> {
  await page.locator('#give-details').click();
  await onPage(page, '/refer/name', 'What is your name?', axe);
  await page.fill('#given-name', person.givenName);
  await page.fill('#family-name', person.familyName);
  await continueOn(page);
  // Only a number to call today; how else to contact them can follow.
  await onPage(page, '/refer/contact', 'What phone number can we call you on today?', axe);
  await page.fill('#phone', '07123 456789');
  await continueOn(page);
  await onPage(page, '/refer/practice', 'Which GP practice are you registered with?', axe);
  await choose(page, person.practiceName);
  await continueOn(page);
  await onPage(page, '/refer/urgent-advice', 'What to do now');
}

/** After "Tell us more" on the advice page: the details not yet given, up to the areas. */
export async function answerRestOfDetails(page: Page): Promise<void> {
  await onPage(page, '/refer/date-of-birth', 'What is your date of birth?');
  await page.fill('#dob-day', '27');
  await page.fill('#dob-month', '3');
  await page.fill('#dob-year', '1951');
  await continueOn(page);
  await onPage(page, '/refer/nhs-number', 'What is your NHS number? (optional)');
  await continueOn(page);
  await onPage(page, '/refer/postcode', 'What is your postcode?');
  await page.fill('#postcode', 'cf10 1aa');
  await continueOn(page);
}

/** What check your answers shows for a page's answer (its first line). */
export async function answerShown(page: Page, step: string): Promise<string | null> {
  return page.locator(`#answer-${step} dd`).first().textContent();
}

/** Answers from the areas question to check your answers: home and daily living only. */
export async function answerAfterRedFlags(page: Page): Promise<void> {
  await onPage(page, '/refer/areas', 'Which parts of everyday life are hard?');
  await choose(page, 'Home and daily living');
  await continueOn(page);
  await onPage(page, '/refer/difficulties', 'What everyday activities are hard?');
  await page.fill('#difficulties', 'Getting washed and dressed');
  await continueOn(page);
  await onPage(page, '/refer/since', 'How long has this been a problem?');
  await choose(page, '1 to 3 months');
  await continueOn(page);
  await onPage(page, '/refer/impact', 'How much does it affect everyday life?');
  await choose(page, 'A lot');
  await continueOn(page);
  await onPage(page, '/refer/goals', 'What would you like to be able to do?');
  await page.fill('#goals', 'Get dressed on my own');
  await continueOn(page);
  await onPage(page, '/refer/access', 'Do you need any help to communicate with us?');
  await choose(page, 'No');
  await choose(page, 'English');
  await continueOn(page);
  await skipEquality(page);
  await onCheckAnswers(page);
}

export interface StoredRequest {
  id: string;
  reference: string;
  urgency: string;
  complete: boolean;
  redFlags: string[];
  answers: Record<string, unknown>;
}

export interface RequestRow {
  id: string;
  reference: string;
  urgency: string;
  complete: boolean;
  red_flags: string[];
  answers: unknown;
}

export function stored(row: RequestRow): StoredRequest {
  const answers =
    typeof row.answers === 'string' ? (JSON.parse(row.answers) as unknown) : row.answers;
  return {
    id: row.id,
    reference: row.reference,
    urgency: row.urgency,
    complete: row.complete,
    redFlags: row.red_flags,
    answers: answers as Record<string, unknown>,
  };
}

/**
 * The requests asked with these names (read from the stored answers: the person record may be
 * one matched from an earlier request).
 */
export async function requestsFor(
  h: BrowserHarness,
  givenName: string,
  familyName: string,
): Promise<StoredRequest[]> {
  const rows = await h.database.db
    .selectFrom('requests')
    .select(['id', 'reference', 'urgency', 'complete', 'red_flags', 'answers'])
    .execute();
  return rows.map(stored).filter((request) => {
    const person = request.answers.person as { givenName?: string; familyName?: string };
    return person.givenName === givenName && person.familyName === familyName;
  });
}

export async function requestsWithReference(
  h: BrowserHarness,
  reference: string,
): Promise<StoredRequest[]> {
  const rows = await h.database.db
    .selectFrom('requests')
    .select(['id', 'reference', 'urgency', 'complete', 'red_flags', 'answers'])
    .where('reference', '=', reference)
    .execute();
  return rows.map(stored);
}

/** The text of the error summary's items, once it shows. */
export async function errorSummaryItems(page: Page): Promise<string[]> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  return (await summary.locator('li').allTextContents()).map((text) => text.trim());
}

/** The name of an organisation (the practice a person chooses), as the pages list it. */
export async function organisationName(h: BrowserHarness, id: string): Promise<string> {
  const row = await h.database.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.name;
}

/** The reference on the confirmation page. */
export async function referenceShown(page: Page): Promise<string> {
  return (await page.locator('#reference').textContent())?.trim() ?? '';
}

/** Makes the server seem to answer every new request with this error (until `unroute`). */
export async function answerReferralsWith(
  page: Page,
  status: number,
  error: Record<string, unknown>,
): Promise<void> {
  await page.route('**/api/referrals', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error }) }),
  );
}

/** What a person answers, page by page, for a request in Welsh: falls, a phone call. */
export function welshAnswers(
  person: Person,
): [path: string, heading: string, ...answers: Answer[]][] {
  const fill =
    (selector: string, value: string): Answer =>
    (p) =>
      p.fill(selector, value);
  return [
    ['who', 'Pwy sydd angen help?', (p) => choose(p, 'Mae angen help arnaf i')],
    [
      'red-flags',
      'A oes unrhyw un o’r rhain yn berthnasol ar hyn o bryd?',
      (p) => choose(p, 'Dim un o’r rhain'),
    ],
    [
      'name',
      'Beth yw eich enw?',
      fill('#given-name', person.givenName),
      fill('#family-name', person.familyName),
    ],
    [
      'date-of-birth',
      'Beth yw eich dyddiad geni?',
      fill('#dob-day', '2'),
      fill('#dob-month', '11'),
      fill('#dob-year', '1980'),
    ],
    ['nhs-number', 'Beth yw eich rhif GIG? (dewisol)'],
    ['postcode', 'Beth yw eich cod post?', fill('#postcode', 'SA1 1AA')],
    [
      'practice',
      'Gyda pha bractis meddyg teulu rydych chi wedi cofrestru?',
      (p) => choose(p, person.practiceName),
    ],
    [
      'contact',
      'Sut dylem gysylltu â chi?',
      fill('#phone', '020 7946 0000'),
      (p) => choose(p, 'Galwad ffôn'),
    ],
    [
      'areas',
      'Pa rannau o fywyd bob dydd sy’n anodd?',
      (p) => choose(p, 'Cwympiadau a symud o gwmpas'),
    ],
    [
      'falls',
      'Sawl gwaith rydych chi wedi cwympo yn y flwyddyn ddiwethaf?',
      (p) => choose(p, 'Dau neu fwy'),
    ],
    [
      'difficulties',
      'Pa weithgareddau bob dydd sy’n anodd?',
      fill('#difficulties', 'Mynd allan ar fy mhen fy hun'),
    ],
    ['since', 'Ers pryd mae hyn wedi bod yn broblem?', (p) => choose(p, 'Mwy na blwyddyn')],
    ['impact', 'Faint mae’n effeithio ar fywyd bob dydd?', (p) => choose(p, 'Llawer')],
    ['goals', 'Beth hoffech chi allu ei wneud?', fill('#goals', 'Mynd i siopa')],
    [
      'access',
      'A oes angen help arnoch chi i gyfathrebu â ni?',
      (p) => choose(p, 'Nac oes'),
      (p) => choose(p, 'Cymraeg'),
    ],
    ['equality', 'Ein helpu i wirio bod y gwasanaeth yn deg'],
  ];
}

/** Each red flag: its label, the advice card shown first, and what the advice says. */
export const RED_FLAG_CASES = [
  { flag: 'chest_pain', label: 'Chest pain', first: 'advice-call_999', says: ['Call 999'] },
  {
    flag: 'stroke_signs',
    label: 'Signs of a stroke',
    first: 'advice-call_999',
    says: ['Call 999'],
  },
  {
    flag: 'fall_injury',
    label: 'A fall with a head injury, or being unable to get up',
    first: 'advice-call_999',
    says: ['Call 999', 'Call NHS 111'],
  },
  {
    flag: 'sudden_confusion',
    label: 'Sudden new confusion',
    first: 'advice-call_999',
    says: ['Get medical help today', 'Call NHS 111'],
  },
  {
    flag: 'self_harm_thoughts',
    label: 'Thoughts of ending your life or of harming yourself',
    first: 'advice-mental_health_now',
    says: ['call 999 or go to A&E', '111', 'press 2', '116 123', 'Contact your GP practice today'],
  },
] as const;
