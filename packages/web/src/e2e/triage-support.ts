/**
 * Helpers for the staff request and triage browser tests (triage.e2e.ts): people with unique
 * names, requests recorded through the API, and the one-page staff form filled in.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BrowserHarness } from './support.js';

/** A person with a unique name, so no test sees another's records. */
export function makePerson(given: string) {
  const family = `Test${randomUUID().slice(0, 8)}`;
  return { givenName: given, familyName: family, day: '2', month: '5', year: '1948' };
}
export type Person = ReturnType<typeof makePerson>;

/** Complete answers for requests made through the API (not through the page). */
export function answersFor(
  person: Person,
  practiceId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    for: 'self',
    person: {
      givenName: person.givenName,
      familyName: person.familyName,
      dateOfBirth: `${person.year}-0${person.month}-0${person.day}`,
      postcode: 'LA9 4JE',
    },
    contact: { phone: '07400 123456', preferred: 'phone' },
    practiceId,
    redFlags: [],
    areas: ['home_daily_living'],
    difficulties: 'Getting washed and dressed',
    since: '3_to_12_months',
    impact: 'a_lot',
    goals: 'Get dressed without help',
    access: { interpreter: false, needs: [] },
    ...overrides,
  };
}

/** Records a request as the signed-in member of staff on `page`, through the API. */
export async function recordThroughApi(
  page: Page,
  answers: Record<string, unknown>,
): Promise<string> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/requests/staff', {
    headers: { 'x-csrf-token': session.csrfToken, 'idempotency-key': randomUUID() },
    data: { channel: 'phone', questionSetVersion: 'front-door-2026.11.1', answers },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Fills in the one-page staff form for a routine request about `person`. */
export async function fillStaffForm(page: Page, person: Person, practiceId: string): Promise<void> {
  await page.fill('#given-name', person.givenName);
  await page.fill('#family-name', person.familyName);
  await page.fill('#date-of-birth-day', person.day);
  await page.fill('#date-of-birth-month', person.month);
  await page.fill('#date-of-birth-year', person.year);
  await page.fill('#postcode', 'LA9 4JE');
  await page.selectOption('#practice', practiceId);
  await page.fill('#phone', '07400 123456');
  await page.check('#preferred-contact-phone');
  await page.check('#areas-home_daily_living');
  await page.fill('#difficulties', 'Getting in and out of the bath');
  await page.check('#since-3_to_12_months');
  await page.check('#impact-quite_a_lot');
  await page.fill('#goals', 'Have a bath on my own');
}

/** The stored request with this reference. */
export function requestByReference(h: BrowserHarness, reference: string) {
  return h.database.db
    .selectFrom('requests')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
}

/** The reference on the request recorded page. */
export async function recordedReference(page: Page): Promise<string> {
  return ((await page.locator('#request-reference').textContent()) ?? '').trim();
}

/** The text of the page's first <h1>. */
export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}
