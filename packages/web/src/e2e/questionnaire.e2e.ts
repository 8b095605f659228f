/**
 * Questionnaires from a link, in Chromium against the real server: an OT makes a Welsh link for
 * EQ-5D-5L, PHQ-9, GAD-7, work ability and the PREM; the person opens it without an account and
 * sees it in Welsh, is told in Welsh what is missing, keeps their answers through a refresh and a
 * failed send, answers one page by keyboard alone, changes an answer from check your answers and
 * sends. The OT's record then holds the five scored entries, and the used link says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnswers, QUESTION_SET_VERSION } from '../../../server/src/testing/requests.js';
import { freeSlots, heading, openMorningClinic, send, summaryItems } from './booking-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
} from './support.js';

const ALL_KINDS = ['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'];
const WHY = 'Roedd y therapydd yn garedig iawn';

interface QuestionnaireEntry {
  kind: string;
  data: { kind: string; answers: Record<string, unknown>; language: string; source: string };
  scores: Record<string, unknown>;
}

interface IndexScore {
  value: number;
  valueSet: string;
  label: { en: string; cy: string };
}

async function continueTo(page: Page, next: string): Promise<void> {
  await page.locator('#continue').click();
  await expect.poll(() => heading(page)).toContain(next);
}

async function focusedId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

describe.runIf(browserAvailable())('questionnaires from a link, in Chromium', () => {
  let h: BrowserHarness;
  let ot: Page;
  let episodeId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    const staff = await makeStaff(h);
    ot = await h.newPage();
    await signIn(ot, staff.users.ot);
    // A person accepted and booked into a clinic: booking opens their episode.
    await openMorningClinic(ot, staff.tree.pcnId);
    const answers = makeAnswers(staff.tree.practiceIds[0], { person: { givenName: 'Ceri' } });
    const { id: requestId } = (await send(ot, '/api/requests/staff', {
      channel: 'phone',
      questionSetVersion: QUESTION_SET_VERSION,
      answers,
    })) as { id: string };
    await send(
      ot,
      `/api/requests/${requestId}/actions`,
      { action: 'accept', pathway: 'daily_living', tier: 'individualised' },
      200,
    );
    const [slot] = await freeSlots(ot, 1);
    await send(ot, '/api/appointments', { slotId: slot?.id, requestId });
    const episode = await h.database.db
      .selectFrom('episodes')
      .select('id')
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    episodeId = episode.id;
  });
  afterAll(async () => {
    await h.close();
  });

  it('lets a person answer every questionnaire in Welsh and the OT see the scores', async () => {
    const { path } = (await send(ot, `/api/episodes/${episodeId}/questionnaire-links`, {
      kinds: ALL_KINDS,
      language: 'cy',
      send: false,
    })) as { path: string };
    expect(path).toMatch(/^\/questionnaire\/.+/);
    const token = path.split('/').pop() ?? '';

    // The link opens in Welsh, though this browser has never been told a language.
    const page = await h.newPage();
    await page.goto(path);
    await expect.poll(() => heading(page)).toContain('Helo Ceri');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.title()).toBe('Eich holiaduron – Everyday');
    expect(await page.locator('#questionnaires li').count()).toBe(5);
    expect(await page.locator('#time-needed').textContent()).toBe('Mae’n cymryd tua 10 munud.');
    await expectNoAxeViolations(page, 'start page in Welsh');
    await page.getByRole('link', { name: 'Dechrau nawr' }).click();

    // EQ-5D-5L, with the EQ VAS left empty: the Welsh error, in the summary and beside the box.
    await expect.poll(() => heading(page)).toContain('Eich iechyd heddiw (EQ-5D-5L)');
    expect(await heading(page)).toContain('Holiadur 1 o 5');
    expect(await page.title()).toBe('Eich iechyd heddiw (EQ-5D-5L) – Eich holiaduron – Everyday');
    await expectNoAxeViolations(page, 'EQ-5D-5L');
    const levels = {
      mobility: 1,
      selfCare: 2,
      usualActivities: 2,
      painDiscomfort: 3,
      anxietyDepression: 1,
    };
    for (const [dimension, level] of Object.entries(levels))
      await page.check(`#eq5d5l-${dimension}-${String(level)}`);
    await page.locator('#continue').click();
    const vasError = 'Rhowch rif cyfan o 0 i 100 ar gyfer eich iechyd heddiw';
    expect(await summaryItems(page)).toEqual([vasError]);
    expect(await page.locator('#eq5d5l-vas-error').textContent()).toContain(vasError);
    expect(await page.title()).toMatch(/^Gwall: Eich iechyd heddiw/);
    await expectNoAxeViolations(page, 'EQ-5D-5L with an error');
    await page.locator('.nhsuk-error-summary a').first().click();
    expect(await focusedId(page)).toBe('eq5d5l-vas');
    await page.keyboard.type('70');

    // A refresh keeps the answers; switching to English is the person's choice and stays.
    await page.reload();
    await expect.poll(() => heading(page)).toContain('Eich iechyd heddiw');
    expect(await page.locator('#eq5d5l-vas').inputValue()).toBe('70');
    expect(await page.locator('#eq5d5l-painDiscomfort-3').isChecked()).toBe(true);
    await page.locator('#language-toggle').click();
    await expect.poll(() => heading(page)).toContain('Your health today (EQ-5D-5L)');
    await page.reload();
    await expect.poll(() => heading(page)).toContain('Your health today (EQ-5D-5L)');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('#language-toggle').click();
    await continueTo(page, 'Eich hwyliau dros y pythefnos diwethaf (PHQ-9)');

    // PHQ-9 by keyboard alone: focus starts at the heading; Tab into each question, arrow to
    // "several days" for items 1–8, Space for "not at all" on item 9 and the last question.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (let item = 1; item <= 10; item += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press(item <= 8 ? 'ArrowDown' : 'Space');
    }
    expect(await page.locator('#phq9-q1-1').isChecked()).toBe(true);
    expect(await page.locator('#phq9-q8-1').isChecked()).toBe(true);
    expect(await page.locator('#phq9-q9-0').isChecked()).toBe(true);
    expect(await page.locator('#phq9-difficulty-0').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('continue');
    await expectNoAxeViolations(page, 'PHQ-9');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toContain('Poeni a gorbryder');

    // GAD-7 ("more than half the days" throughout), work ability and the PREM.
    await expectNoAxeViolations(page, 'GAD-7');
    for (let item = 1; item <= 7; item += 1) await page.check(`#gad7-q${String(item)}-2`);
    await continueTo(page, 'Gwaith a’ch gallu i weithio');
    await expectNoAxeViolations(page, 'work ability');
    await page.check('#work_ability-workStatus-in_work');
    await page.check('#work_ability-workAbility-6');
    await continueTo(page, 'Eich profiad o’n gwasanaeth');
    await expectNoAxeViolations(page, 'PREM');
    await page.check('#prem-experience-very_good');
    await page.fill('#prem-why', WHY);
    await continueTo(page, 'Gwiriwch eich atebion cyn eu hanfon');

    // Check your answers, and change one.
    await expectNoAxeViolations(page, 'check your answers');
    expect(await page.locator('#answers-eq5d5l').textContent()).toContain('70');
    expect(await page.locator('#answers-work_ability').textContent()).toContain('Mewn gwaith');
    await page.locator('#answers-work_ability a').nth(1).click();
    await expect.poll(() => heading(page)).toContain('Gwaith a’ch gallu i weithio');
    await page.check('#work_ability-workAbility-7');
    await continueTo(page, 'Gwiriwch eich atebion cyn eu hanfon');
    const workRow = page.locator('#answers-work_ability .nhsuk-summary-list__row').nth(1);
    expect((await workRow.locator('.nhsuk-summary-list__value').textContent())?.trim()).toBe('7');

    // The send fails once: the error shows and nothing is lost.
    const api = `**/api/questionnaires/${token}`;
    await page.route(api, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'unavailable', message: 'Try later' } }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Anfon fy atebion' }).click();
    expect(await summaryItems(page)).toEqual([
      'Doedd dim modd anfon eich atebion. Rhowch gynnig arall arni. Mae eich atebion wedi’u cadw.',
    ]);
    expect(await page.locator('#answers-prem').textContent()).toContain(WHY);
    await expectNoAxeViolations(page, 'check your answers after a failed send');
    await page.unroute(api);

    await page.getByRole('button', { name: 'Anfon fy atebion' }).click();
    await expect.poll(() => heading(page)).toBe('Diolch am eich atebion');
    await expectNoAxeViolations(page, 'thank you');
    const stored = await page.evaluate(
      (key) => window.sessionStorage.getItem(key),
      `everyday.questionnaire.${token}`,
    );
    expect(JSON.parse(stored ?? '{}')).toMatchObject({ values: {}, completed: true });
    // A refresh still thanks them.
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Diolch am eich atebion');
    await page.context().close();

    // The OT's record: five questionnaire entries, in Welsh, from the link, scored.
    const response = await ot.request.get(`/api/episodes/${episodeId}/record`);
    expect(response.status(), await response.text()).toBe(200);
    const { entries } = (await response.json()) as { entries: QuestionnaireEntry[] };
    const byKind = new Map(
      entries.filter((e) => e.kind === 'questionnaire').map((e) => [e.data.kind, e]),
    );
    expect([...byKind.keys()].sort()).toEqual([...ALL_KINDS].sort());
    for (const entry of byKind.values())
      expect(entry.data).toMatchObject({ language: 'cy', source: 'link' });
    expect(byKind.get('phq9')?.scores).toMatchObject({ phq9: { total: 8, item9RiskFlag: false } });
    expect(byKind.get('gad7')?.scores).toMatchObject({ gad7: { total: 14 } });
    expect(byKind.get('work_ability')?.scores).toMatchObject({ workAbility: { score: 7 } });
    // The EQ-5D-5L index is labelled with its value set (UK 2026 first), with the others beside it.
    const eq5d = byKind.get('eq5d5l')?.scores as {
      eq5d5l: { state: string; vas: number; index: IndexScore };
      eq5dIndices: IndexScore[];
    };
    expect(eq5d.eq5d5l).toMatchObject({
      state: '12231',
      vas: 70,
      index: { valueSet: 'UK_5L_2026' },
    });
    expect(typeof eq5d.eq5d5l.index.value).toBe('number');
    expect(eq5d.eq5d5l.index.label.en).toBeTruthy();
    expect(eq5d.eq5dIndices.map((index) => index.valueSet)).toEqual(
      expect.arrayContaining(['UK_5L_2026', 'ENGLAND_5L_2018']),
    );
    expect(byKind.get('prem')?.data.answers).toEqual({ experience: 'very_good', why: WHY });

    // Opening the link again: it has been used.
    const again = await h.newPage();
    await again.goto(path);
    await expect.poll(() => heading(again)).toBe('This link has expired or has already been used');
    await expectNoAxeViolations(again, 'used link');
    await again.context().close();
  });

  it('shows what to do now on the page after sending when PHQ-9 item 9 is above 0, and flags the entry', async () => {
    const { path } = (await send(ot, `/api/episodes/${episodeId}/questionnaire-links`, {
      kinds: ['phq9'],
      language: 'en',
      send: false,
    })) as { path: string };
    const page = await h.newPage();
    await page.goto(path);
    await expect.poll(() => heading(page)).toContain('Hello Ceri');
    await page.getByRole('link', { name: 'Start now' }).click();
    await expect.poll(() => heading(page)).toContain('(PHQ-9)');
    for (let item = 1; item <= 8; item += 1) await page.check(`#phq9-q${String(item)}-0`);
    // Item 9: thoughts that they would be better off dead, or of hurting themselves, on several days.
    await page.check('#phq9-q9-1');
    await page.check('#phq9-difficulty-1');
    await continueTo(page, 'Check your answers');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    // The very next page: the mental-health advice first (Samaritans, 111), before any thanks.
    await expect.poll(() => heading(page)).toBe('Your answers have been sent: get help now');
    const advice = page.locator('#advice-mental_health_now');
    expect(await advice.textContent()).toContain('116 123');
    expect(await page.locator('#advice-practice_today').textContent()).toContain(
      'Tell them what you told us in your answers.',
    );
    await expectNoAxeViolations(page, 'thank you, with advice');
    // A refresh still shows it.
    await page.reload();
    await expect.poll(() => heading(page)).toBe('Your answers have been sent: get help now');
    await page.context().close();

    const response = await ot.request.get(`/api/episodes/${episodeId}/record`);
    const { entries } = (await response.json()) as { entries: QuestionnaireEntry[] };
    const phq9 = entries.filter((e) => e.kind === 'questionnaire' && e.data.kind === 'phq9');
    const flagged = phq9.map((e) => (e.scores as { phq9?: { item9RiskFlag?: boolean } }).phq9);
    expect(flagged.map((s) => s?.item9RiskFlag)).toContain(true);
  });

  it('says plainly when a link does not work', async () => {
    const page = await h.newPage();
    await page.goto('/questionnaire/not-a-real-questionnaire-link');
    await expect.poll(() => heading(page)).toBe('This link does not work');
    expect(await page.title()).toBe('This link does not work – Everyday');
    await expectNoAxeViolations(page, 'link that does not work');
    await page.context().close();
  });
});
