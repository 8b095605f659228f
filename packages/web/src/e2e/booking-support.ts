/** Browser-test support for clinics and booking: API calls as a signed-in page, and form helpers. */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addCalendarDays, londonDateOf } from '@everyday/core';

export interface Slot {
  id: string;
  startsAt: string;
  pathway: string | null;
}

export const tomorrow = (): string => addCalendarDays(londonDateOf(Date.now()), 1);

export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/** JSON to the API as whoever is signed in on `page` (its cookies, a fresh CSRF token). */
export async function send(
  page: Page,
  path: string,
  body: unknown,
  expected = 201,
): Promise<Record<string, unknown>> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.post(path, {
    headers: { 'x-csrf-token': session.csrfToken, 'idempotency-key': randomUUID() },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(expected);
  return (await response.json()) as Record<string, unknown>;
}

export async function freeSlots(
  page: Page,
  limit: number,
  pathway = 'daily_living',
): Promise<Slot[]> {
  const response = await page.request.get(
    `/api/slots?available=true&days=28&limit=${String(limit)}&pathway=${pathway}`,
  );
  return ((await response.json()) as { slots: Slot[] }).slots;
}

/** Opens a booking link exactly as a person would from their message. */
export async function openBookingLink(page: Page, path: string, query = ''): Promise<void> {
  await page.goto(`${path}${query}`);
}

/** Types a YYYY-MM-DD date into the day, month and year boxes `<prefix>-day`… */
export async function fillDate(page: Page, prefix: string, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  await page.fill(`#${prefix}-day`, String(Number(day)));
  await page.fill(`#${prefix}-month`, String(Number(month)));
  await page.fill(`#${prefix}-year`, year ?? '');
}

/** Error summary items, once the summary shows. */
export async function summaryItems(page: Page): Promise<string[]> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  return (await summary.locator('li').allTextContents()).map((text) => text.trim());
}

/** A morning clinic (09:00–12:00) every weekday from tomorrow, at a new site of the PCN. */
export async function openMorningClinic(page: Page, pcnId: string): Promise<void> {
  const { id: siteId } = (await send(page, '/api/sites', {
    name: 'Kendal health centre',
    organisationId: pcnId,
  })) as { id: string };
  await send(page, '/api/clinic-templates', {
    siteId,
    name: 'Morning clinic',
    weekdays: [1, 2, 3, 4, 5],
    startTime: '09:00',
    endTime: '12:00',
    mode: 'in_person',
    validFrom: tomorrow(),
  });
}
