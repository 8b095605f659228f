/**
 * Browser-test support for whole episodes on each pathway (record-pathways.e2e.ts): filling the
 * assessment form's instruments as an OT would, reading the outcomes table, and reading the
 * discharge letter's PDF row by row.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { extractPdfText } from '../../../server/src/testing/pdf-text.js';

/** EQ-5D-5L as recorded: the five levels as a state string ("33321"), the EQ VAS, the value set. */
export interface Eq5dAnswers {
  readonly state: string;
  readonly vas: number;
  readonly valueSet: 'UK_5L_2026' | 'ENGLAND_5L_2018';
}

const DIMENSIONS = [
  'mobility',
  'selfCare',
  'usualActivities',
  'painDiscomfort',
  'anxietyDepression',
] as const;

export async function fillEq5d(page: Page, answers: Eq5dAnswers): Promise<void> {
  for (const [i, dimension] of DIMENSIONS.entries())
    await page.check(`#eq5d5l-profile-${dimension}-${answers.state.charAt(i)}`);
  await page.fill('#eq5d5l-vas', String(answers.vas));
  await page.check(`#eq5d5l-valueSet-${answers.valueSet}`);
}

/** PHQ-9 or GAD-7: each item's answer, 0–3. */
export async function answerItems(
  page: Page,
  section: 'phq9' | 'gad7',
  answers: readonly number[],
): Promise<void> {
  for (const [i, answer] of answers.entries())
    await page.check(`#${section}-items-${String(i)}-${String(answer)}`);
}

/** COPM problems in the assessment: [problem, importance, performance, satisfaction]. */
export type CopmRow = readonly [string, number, number, number];

export async function fillCopm(page: Page, rows: readonly CopmRow[]): Promise<void> {
  for (const [i, [problem, importance, performance, satisfaction]] of rows.entries()) {
    const at = `#copm-problems-${String(i)}`;
    await page.fill(`${at}-problem`, problem);
    await page.fill(`${at}-importance`, String(importance));
    await page.fill(`${at}-performance`, String(performance));
    await page.fill(`${at}-satisfaction`, String(satisfaction));
  }
}

/** The text of the first, latest and change cells of one measure's row in the outcomes table. */
export async function outcomeCells(page: Page, measure: string): Promise<string[]> {
  const row = page.locator(`#outcome-${measure}`);
  await row.waitFor();
  return (await row.locator('td').allTextContents()).map((text) => text.replace(/\s+/g, ' '));
}

/** The text of a PDF the page links to, fetched with the page's session. */
export async function linkedPdfText(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  return extractPdfText(await response.body());
}

/** Every outcome measure's name as the discharge letter prints it (core's discharge.ts). */
export const LETTER_MEASURES = [
  'EQ-5D-5L index',
  'EQ VAS (0–100)',
  'PHQ-9 (0–27)',
  'GAD-7 (0–21)',
  'Work Ability Score (0–10)',
  'COPM performance (1–10)',
  'COPM satisfaction (1–10)',
  'Clinical Frailty Scale 2.0',
  '6CIT (0–28)',
  'Goal Attainment Scaling T-score',
] as const;
export type LetterMeasure = (typeof LETTER_MEASURES)[number];

/**
 * One row of the letter's outcome-measures table, as read from the PDF: from the measure's name to
 * the next row's (or the Goals heading), white space collapsed. Table cells wrap within their
 * column, so a row's cells come line by line, interleaved: the first value's opening words come
 * before the last value's, and each value's own words stay in order.
 */
export function letterOutcomeRow(letter: string, measure: LetterMeasure): string {
  // A label wrapped at its hyphen ("T-\nscore") is joined again.
  const table = letter
    .slice(letter.indexOf('Outcome measures'), letter.indexOf('\nGoals'))
    .replace(/-\n/g, '-');
  // A long label wraps within its cell, with the other cells' first lines between its parts:
  // find the longest run of its first words that starts a line.
  const words = measure.split(' ');
  const label = [...words.keys()]
    .map((i) => words.slice(0, words.length - i).join(' '))
    .find((prefix) => prefix.includes(' ') && table.includes(`\n${prefix}`));
  const start = label === undefined ? -1 : table.indexOf(`\n${label}`);
  expect(start, `the letter's outcome measures list ${measure}:\n${letter}`).toBeGreaterThan(-1);
  const rest = table.slice(start + (label ?? '').length + 1);
  const ends = LETTER_MEASURES.filter((m) => m !== measure)
    .map((m) => rest.indexOf(`\n${m}`))
    .filter((i) => i >= 0);
  return rest.slice(0, Math.min(rest.length, ...ends)).replace(/\s+/g, ' ');
}

/** The letter's text with every run of white space (line ends included) as one space. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
