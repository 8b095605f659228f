/**
 * Helpers for the safety-net browser tests (safety-net-public.e2e.ts, safety-net-staff.e2e.ts):
 * the public questions answered by element id (so the same steps work in English and Welsh), and
 * crisis requests made through the API.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './support.js';

/** Waits for the page at `path`; with axe, checks it for violations. */
export async function at(page: Page, path: string, axe = true): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('h1').first().waitFor();
  if (axe) await expectNoAxeViolations(page, path);
}

export async function next(page: Page): Promise<void> {
  await page.locator('#continue').click();
}

/** Start now, then "who needs help" for oneself: the page after is the emergency question. */
export async function startForSelf(page: Page, query = ''): Promise<void> {
  await page.goto(`/refer${query}`);
  await at(page, '/refer');
  await page.locator('main a.nhsuk-button').first().click();
  await at(page, '/refer/who');
  await page.check('#for-self');
  await next(page);
  await at(page, '/refer/red-flags');
}

/** With no red flag ticked: the details, then the areas, up to "what is hard". */
export async function answerUpToDifficulties(
  page: Page,
  person: { givenName: string; familyName: string; practiceId: string },
): Promise<void> {
  await page.check('#red-flags-none');
  await next(page);
  await at(page, '/refer/name', false);
  await page.fill('#given-name', person.givenName);
  await page.fill('#family-name', person.familyName);
  await next(page);
  await at(page, '/refer/date-of-birth', false);
  await page.fill('#dob-day', '27');
  await page.fill('#dob-month', '3');
  await page.fill('#dob-year', '1951');
  await next(page);
  await at(page, '/refer/nhs-number', false);
  await next(page);
  await at(page, '/refer/postcode', false);
  await page.fill('#postcode', 'cf10 1aa');
  await next(page);
  await at(page, '/refer/practice', false);
  await page.check(`#practice-${person.practiceId}`);
  await next(page);
  await at(page, '/refer/contact', false);
  await page.fill('#phone', '07123 456789');
  await page.check('#preferred-phone');
  await next(page);
  await at(page, '/refer/areas', false);
  await page.check('#areas-home_daily_living');
  await next(page);
  await at(page, '/refer/difficulties', false);
}

/** The CSRF token of the session signed in on `page`. */
async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/session')).json()) as { csrfToken: string })
    .csrfToken;
}

/** A request recorded by the signed-in member of staff on `page`: its id and reference. */
export async function recordRequest(
  page: Page,
  answers: Record<string, unknown>,
): Promise<{ id: string; reference: string }> {
  const response = await page.request.post('/api/requests/staff', {
    headers: { 'x-csrf-token': await csrf(page), 'idempotency-key': randomUUID() },
    data: { channel: 'phone', questionSetVersion: 'front-door-2026.11.1', answers },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}
