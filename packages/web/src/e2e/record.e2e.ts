/**
 * The clinical record in Chromium against the real server: an OT opens an episode from their
 * caseload, adds a contact and an initial mood assessment (PHQ-9 item 9 answered → the flag),
 * sees the scores, sends questionnaires, edits a contact someone else changed meanwhile (both
 * versions shown, then saved over theirs) and reads its history; a GP of the same practice sees
 * the summary and no notes; a navigator is refused. Every page passes axe; forms are native
 * inputs, usable with the keyboard.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type TestUser } from '../../../server/src/testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../../../server/src/testing/requests.js';
import { heading, summaryItems } from './booking-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

/** JSON to the API as whoever is signed in on `page`, with a fresh CSRF token. */
async function call(
  page: Page,
  method: 'POST' | 'PUT',
  path: string,
  body: unknown,
  expected: number,
): Promise<Record<string, unknown>> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'idempotency-key': randomUUID() },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(expected);
  return (await response.json()) as Record<string, unknown>;
}

/** Presses Tab until the element with this id has focus (as someone with only a keyboard would). */
async function tabTo(page: Page, id: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
}

interface TestEpisode {
  episodeId: string;
  name: string;
}

/**
 * An open mental-health episode led by `leadOtId`: the request recorded through the API as the
 * OT on `page` (as the product does), the person's NHS number added and the episode opened in
 * the database (booking opens episodes in the product; the record is what is tested here).
 */
async function openEpisode(
  h: BrowserHarness,
  page: Page,
  practiceId: string,
  leadOtId: string,
): Promise<TestEpisode> {
  const answers = makeAnswers(practiceId, { difficulties: 'Low mood since losing her job' });
  const { id: requestId } = (await call(
    page,
    'POST',
    '/api/requests/staff',
    { channel: 'phone', questionSetVersion: QUESTION_SET_VERSION, answers },
    201,
  )) as { id: string };
  const db = h.database.db;
  const { person_id: personId } = await db
    .selectFrom('requests')
    .select('person_id')
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('people')
    .set({ nhs_number: '9434765919' })
    .where('id', '=', personId)
    .execute();
  const { id } = await db
    .insertInto('episodes')
    .values({
      person_id: personId,
      request_id: requestId,
      practice_id: practiceId,
      pathway: 'mental_health',
      tier: 'individualised',
      lead_ot_id: leadOtId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { episodeId: id, name: `${answers.person.givenName} ${answers.person.familyName}` };
}

const PHQ9 = [1, 2, 1, 2, 0, 1, 1, 0, 1];
const GAD7 = [1, 1, 2, 1, 0, 0, 1];

describe.runIf(browserAvailable())('the clinical record, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let otherOt: TestUser;
  let episode: TestEpisode;
  let ot: Page;
  let contactNote: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    otherOt = await makeUser(h.database.db, {
      roles: ['ot'],
      organisationIds: [staff.tree.pcnId],
      name: 'Owain Price',
    });
    ot = await h.newPage();
    await signIn(ot, staff.users.ot);
    episode = await openEpisode(h, ot, staff.tree.practiceIds[0], staff.users.ot.id);
  });
  afterAll(async () => {
    await h.close();
  });

  it('(a) opens an episode from the caseload and adds a contact, with the keyboard', async () => {
    await ot.goto('/clinics/caseload');
    await ot.getByRole('link', { name: episode.name }).click();
    await ot.waitForURL(`**/episodes/${episode.episodeId}`);
    await expect.poll(() => heading(ot)).toContain(episode.name);
    expect(await ot.locator('#person-nhs-number').textContent()).toBe('943 476 5919');
    expect(await ot.locator('#episode-header').textContent()).toContain(
      'Low mood since losing her job',
    );
    await expectNoAxeViolations(ot, 'the record, empty');

    await ot.getByRole('link', { name: 'Add a contact' }).click();
    await ot.waitForURL('**/contacts/new');
    await expect.poll(() => heading(ot)).toContain('Add a contact');
    await expectNoAxeViolations(ot, 'add a contact');

    // Sent with no mode and no note: each problem in the summary, linked to its field.
    await ot.getByRole('button', { name: 'Save contact' }).click();
    expect(await summaryItems(ot)).toEqual([
      'Select how the contact took place',
      'Enter a note of the contact',
    ]);
    await expectNoAxeViolations(ot, 'add a contact with errors');
    await ot.locator('.nhsuk-error-summary a', { hasText: 'Enter a note' }).click();
    expect(await ot.evaluate(() => document.activeElement?.id)).toBe('note');

    // The rest with the keyboard alone: the date is today already.
    await ot.locator('#occurredOn-day').focus();
    await tabTo(ot, 'mode-in_person');
    await ot.keyboard.press('ArrowDown');
    expect(await ot.isChecked('#mode-phone')).toBe(true);
    await tabTo(ot, 'minutes');
    await ot.keyboard.type('30');
    await tabTo(ot, 'note');
    contactNote = `Talked through the week; agreed a walk each morning ${randomUUID().slice(0, 6)}`;
    await ot.keyboard.type(contactNote);
    await ot.keyboard.press('Tab');
    expect(await ot.evaluate(() => document.activeElement?.textContent)).toBe('Save contact');
    await ot.keyboard.press('Enter');

    await ot.waitForURL(`**/episodes/${episode.episodeId}`);
    await expect
      .poll(() => ot.locator('.nhsuk-notification-banner').textContent())
      .toContain('Contact added');
    expect(await ot.locator('#contacts').textContent()).toContain(contactNote);
    expect(await ot.locator('#contacts').textContent()).toContain('30 minutes');
    await expectNoAxeViolations(ot, 'the record with a contact');
  });

  it('(b) records an initial mood assessment: PHQ-9 item 9 raises the flag, and the scores show', async () => {
    await ot.goto(`/episodes/${episode.episodeId}`);
    await ot.getByRole('link', { name: 'Add an initial assessment' }).click();
    await ot.waitForURL('**/assessments/new?stage=initial');
    await expect.poll(() => heading(ot)).toContain('Mood and wellbeing assessment');
    await expectNoAxeViolations(ot, 'initial assessment');

    // Nothing answered: the sections an initial assessment needs are asked for.
    await ot.getByRole('button', { name: 'Save assessment' }).click();
    expect(await summaryItems(ot)).toEqual([
      'Complete the PHQ-9: it is needed for this assessment',
      'Complete the GAD-7: it is needed for this assessment',
      'Complete the EQ-5D-5L: it is needed for this assessment',
    ]);
    await expectNoAxeViolations(ot, 'initial assessment with errors');

    // Half a PHQ-9: each unanswered question is named, and its link goes to it.
    await ot.check('#phq9-items-0-1');
    await ot.getByRole('button', { name: 'Save assessment' }).click();
    await expect.poll(() => summaryItems(ot)).toContain('Select an answer to PHQ-9 question 9');
    await ot.locator('.nhsuk-error-summary a', { hasText: 'PHQ-9 question 9' }).click();
    expect(await ot.evaluate(() => document.activeElement?.id)).toBe('phq9-items-8-0');

    for (const [i, answer] of PHQ9.entries()) await ot.check(`#phq9-items-${i}-${answer}`);
    for (const [i, answer] of GAD7.entries()) await ot.check(`#gad7-items-${i}-${answer}`);
    const levels = {
      mobility: 1,
      selfCare: 1,
      usualActivities: 2,
      painDiscomfort: 2,
      anxietyDepression: 3,
    };
    for (const [dimension, level] of Object.entries(levels))
      await ot.check(`#eq5d5l-profile-${dimension}-${level}`);
    await ot.fill('#eq5d5l-vas', '60');
    // The NICE DSU mapping asks for the person's sex; the UK 2026 set does not.
    await ot.check('#eq5d5l-valueSet-NICE_DSU_5L_TO_3L');
    expect(await ot.isVisible('#eq5d5l-sex')).toBe(true);
    await ot.check('#eq5d5l-valueSet-UK_5L_2026');
    expect(await ot.isVisible('#eq5d5l-sex')).toBe(false);
    await ot.fill('#copm-problems-0-problem', 'Getting out of the house');
    await ot.fill('#copm-problems-0-importance', '9');
    await ot.fill('#copm-problems-0-performance', '3');
    await ot.fill('#copm-problems-0-satisfaction', '2');
    await ot.fill('#notes', 'Low mood since the summer; sleeping badly.');
    await expectNoAxeViolations(ot, 'initial assessment filled in');
    await ot.getByRole('button', { name: 'Save assessment' }).click();

    await ot.waitForURL(`**/episodes/${episode.episodeId}`);
    await expect
      .poll(() => ot.locator('.nhsuk-notification-banner').textContent())
      .toContain('Assessment saved');
    // The risk banner at the top, and the flag on the assessment itself.
    expect(await ot.locator('#risk-banner').textContent()).toContain('PHQ-9 question 9');
    const assessments = ot.locator('section[aria-labelledby="assessments-heading"]');
    expect(await assessments.locator('.nhsuk-card--warning').textContent()).toContain(
      'several days',
    );
    const scores = (await assessments.textContent()) ?? '';
    // PHQ-9 total 9 (mild); GAD-7 total 6 (mild); 11223 under the UK 2026 set = 0.769.
    expect(scores).toContain('9 — Mild depression');
    expect(scores).toContain('6 — Mild anxiety');
    expect(scores).toContain('0.769 — EQ-5D-5L index, UK value set (Rowen et al. 2026)');
    expect(scores).toContain('Performance 3.00, satisfaction 2.00');
    const index = (await ot.locator('#outcome-eq5d_index').textContent()) ?? '';
    expect(index).toContain('0.769');
    expect(index).toContain('UK value set (Rowen et al. 2026)');
    await expectNoAxeViolations(ot, 'the record with scores');
  });

  it('(c) makes a questionnaire link to give the person', async () => {
    await ot.goto(`/episodes/${episode.episodeId}`);
    await ot.locator('#kinds-phq9').waitFor();
    await ot.check('#kinds-phq9');
    await ot.check('#kinds-gad7');
    await ot.check('#language-cy');
    await ot.check('#send-show');
    await ot.getByRole('button', { name: 'Make the link' }).click();
    await ot.locator('#questionnaire-link').waitFor();
    const link = await ot.inputValue('#questionnaire-link');
    expect(link.startsWith(`${h.baseUrl}/questionnaire/`)).toBe(true);
    await expect.poll(() => ot.locator('#questionnaire-links').textContent()).toContain('Welsh');
    await expectNoAxeViolations(ot, 'a questionnaire link made');
  });

  it('(d) shows both versions when someone else saved a contact meanwhile, then saves over theirs', async () => {
    await ot.goto(`/episodes/${episode.episodeId}`);
    await ot
      .locator('#contacts')
      .getByRole('link', { name: /^Change/ })
      .click();
    await ot.waitForURL('**/edit');
    await expect.poll(() => ot.inputValue('#note')).toBe(contactNote);
    await expectNoAxeViolations(ot, 'change a contact');

    // Another OT, in their own session, saves a change first.
    const other = await h.newPage();
    await signIn(other, otherOt);
    const entryId = /entries\/([^/]+)\/edit/.exec(ot.url())?.[1] ?? '';
    const theirText = 'Phoned to rearrange: seen on Friday instead.';
    await call(
      other,
      'PUT',
      `/api/episodes/${episode.episodeId}/entries/${entryId}`,
      {
        baseVersion: 1,
        data: {
          occurredOn: new Date().toISOString().slice(0, 10),
          mode: 'phone',
          minutes: 30,
          note: theirText,
        },
      },
      200,
    );
    await other.context().close();

    const mine = `${contactNote}. Also discussed sleep.`;
    await ot.fill('#note', mine);
    await ot.getByRole('button', { name: 'Save changes' }).click();
    await ot.locator('#conflict').waitFor();
    expect(await ot.locator('#conflict h2').textContent()).toContain(
      'Someone else saved this entry while you were editing',
    );
    expect(await ot.locator('#their-version').textContent()).toContain(theirText);
    expect(await ot.locator('#their-version').textContent()).toContain('Owain Price');
    expect(await ot.locator('#your-version').textContent()).toContain(mine);
    expect(await ot.inputValue('#note')).toBe(mine);
    await expectNoAxeViolations(ot, 'an edit conflict');

    await ot.getByRole('button', { name: 'Save my version over theirs' }).click();
    await ot.waitForURL(`**/episodes/${episode.episodeId}`);
    await expect.poll(() => ot.locator('#contacts').textContent()).toContain(mine);

    // The history: three versions, newest first, each with who and what changed.
    await ot
      .locator('#contacts')
      .getByRole('link', { name: /^History \(version 3\)/ })
      .click();
    await ot.waitForURL('**/history');
    await expect.poll(() => heading(ot)).toContain('History of this entry');
    const versions = ot.locator('main section.nhsuk-card');
    expect(await versions.locator('h2').allTextContents()).toEqual([
      'Version 3',
      'Version 2',
      'Version 1',
    ]);
    expect(await versions.nth(0).textContent()).toContain(mine);
    expect(await versions.nth(1).textContent()).toContain(theirText);
    expect(await versions.nth(1).textContent()).toContain('Owain Price');
    expect(await versions.nth(2).textContent()).toContain(contactNote);
    await expectNoAxeViolations(ot, 'entry history');
  });

  it('(e) shows a GP of the same practice the summary, without notes or changes', async () => {
    const gp = await h.newPage();
    await signIn(gp, staff.users.clinician);
    await gp.goto('/episodes');
    await gp.getByRole('link', { name: episode.name }).click();
    await gp.waitForURL(`**/episodes/${episode.episodeId}`);
    await expect.poll(() => heading(gp)).toContain(episode.name);
    const main = (await gp.locator('main').textContent()) ?? '';
    expect(main).toContain('Summary for the practice');
    expect(main).toContain('Outcome measures');
    expect(main).toContain('PHQ-9 question 9');
    expect(main).not.toContain(contactNote);
    expect(main).not.toContain('sleeping badly');
    expect(await gp.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    expect(await gp.getByRole('link', { name: 'Add a contact' }).count()).toBe(0);
    await expectNoAxeViolations(gp, 'the summary for a GP');
    await gp.goto(`/episodes/${episode.episodeId}/contacts/new`);
    await expect.poll(() => heading(gp)).toBe('You do not have permission to view this page');
    // In Welsh too: the record's own words and core's labels.
    await gp.goto(`/episodes/${episode.episodeId}?lang=cy`);
    await expect
      .poll(() => gp.locator('h1 .nhsuk-caption-l').textContent())
      .toContain('Crynodeb ar gyfer y feddygfa');
    expect(await gp.locator('#outcome-phq9').textContent()).toContain('Iselder ysgafn');
    await expectNoAxeViolations(gp, 'the summary for a GP, in Welsh');
    await gp.context().close();
  });

  it('(f) refuses a navigator', async () => {
    const navigator = await h.newPage();
    await signIn(navigator, staff.users.navigator);
    for (const path of ['/episodes', `/episodes/${episode.episodeId}`]) {
      await navigator.goto(path);
      await expect
        .poll(() => heading(navigator))
        .toBe('You do not have permission to view this page');
    }
    await expectNoAxeViolations(navigator, 'forbidden');
    await navigator.context().close();
  });
});
