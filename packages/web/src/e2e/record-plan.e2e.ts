/**
 * An episode's care plan in Chromium against the real server: on the work pathway, a goal
 * scored with GAS and reviewed (after losing a race with a colleague), an onward referral, the
 * AHP Health and Work Report and its PDF, and discharge with its letter; on the mental health
 * pathway, a high risk that must be escalated, the safety plan to print in English and Welsh,
 * and a change to the assessment made while someone else saved theirs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { londonDateOf } from '@everyday/core';
import { makeEpisode } from '../../../server/src/testing/episodes.js';
import { extractPdfText } from '../../../server/src/testing/pdf-text.js';
import { unique } from '../../../server/src/testing/builders.js';
import { fillDate, heading, send, summaryItems } from './booking-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

interface Entry {
  id: string;
  version: number;
  data: Record<string, unknown>;
}

/** PUT JSON as whoever is signed in on `page`: a colleague saving from another screen. */
async function put(page: Page, path: string, body: unknown): Promise<Entry> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const response = await page.request.put(path, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Entry;
}

/** The text of a PDF the page links to, fetched with the page's session. */
async function pdfText(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  return extractPdfText(await response.body());
}

describe.runIf(browserAvailable())('the care plan of an episode, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let page: Page;
  const today = londonDateOf(Date.now());

  const plan = (episodeId: string, rest: string) => `/episodes/${episodeId}/plan/${rest}`;
  const record = (episodeId: string) =>
    h.database.db
      .selectFrom('record_entries')
      .select(['id', 'kind', 'version', 'data'])
      .where('episode_id', '=', episodeId)
      .orderBy('created_at')
      .execute();
  const backAtRecord = (episodeId: string) =>
    page.waitForURL((url) => url.pathname === `/episodes/${episodeId}`);

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    page = await h.newPage();
    await signIn(page, staff.users.ot);
  });
  afterAll(async () => {
    await h.close();
  });

  /** An open episode on the work pathway, with an initial assessment of work status and WAS. */
  async function workEpisode() {
    const episode = await makeEpisode(h.database.db, {
      practiceId: staff.tree.practiceIds[0],
      pathway: 'work',
      givenName: unique('Carys'),
    });
    await workAssessment(episode.episodeId, 'initial', 3);
    return { episode, id: episode.episodeId };
  }

  function workAssessment(id: string, stage: 'initial' | 'discharge', was: number) {
    return send(page, `/api/episodes/${id}/entries`, {
      kind: 'assessment',
      data: {
        stage,
        assessedOn: today,
        work: {
          status: stage === 'initial' ? 'sick_leave_fit_note' : 'in_work',
          fitNoteUntil: null,
          was,
          jobTitle: 'Shop assistant',
          jobDemands: 'Standing all day',
          adjustments: '',
        },
        notes: '',
      },
    });
  }

  /** A GAS goal, agreed today, added through the API. */
  async function addGoal(id: string): Promise<string> {
    const goal = await send(page, `/api/episodes/${id}/entries`, {
      kind: 'goal',
      data: {
        wording: 'Back at work three days a week',
        agreed: true,
        agreedOn: today,
        measure: 'gas',
        copm: null,
        gas: { importance: 2, difficulty: 2, baseline: -1, expected: 'Three days a week' },
        reviews: [],
        status: 'active',
      },
    });
    return goal.id as string;
  }

  it('(a) adds a GAS goal and reviews it, keeping the review when a colleague saved first', async () => {
    const { id } = await workEpisode();
    // A goal, scored with GAS.
    await page.goto(plan(id, 'goals/new'));
    await expect.poll(() => heading(page)).toContain('Add a goal');
    await expectNoAxeViolations(page, 'add a goal');
    await page.getByRole('button', { name: 'Save goal' }).click();
    expect(await summaryItems(page)).toEqual([
      "Enter the goal in the person's own words",
      'Select how the goal will be measured',
    ]);
    await expectNoAxeViolations(page, 'add a goal with errors');
    await page.fill('#wording', 'I want to be back at work three days a week');
    expect(await page.isChecked('#agreed-agreed')).toBe(true);
    await page.check('#measure-gas');
    await page.check('#gas-importance-3');
    await page.check('#gas-difficulty-2');
    await page.check('#gas-baseline--1');
    await page.fill('#gas-expected', 'Working three days a week with a stool at the till');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await backAtRecord(id);
    const goal = (await record(id)).find((e) => e.kind === 'goal');
    expect(goal?.data).toMatchObject({
      agreed: true,
      agreedOn: today,
      measure: 'gas',
      gas: { importance: 3, difficulty: 2, baseline: -1 },
      status: 'active',
      reviews: [],
    });
    const goalId = goal?.id ?? '';

    // Reviewed, while a colleague reviews it too: their version is shown, ours is kept.
    await page.goto(plan(id, `goals/${goalId}/review`));
    await expect.poll(() => heading(page)).toContain('Review a goal');
    await expectNoAxeViolations(page, 'review a goal');
    const theirs = goal?.data as Record<string, unknown>;
    await put(page, `/api/episodes/${id}/entries/${goalId}`, {
      baseVersion: 1,
      data: {
        ...theirs,
        reviews: [
          { on: today, gasScore: -1, performance: null, satisfaction: null, note: 'Colleague' },
        ],
      },
    });
    await page.check('#gasScore-0');
    await page.fill('#review-note', 'Back two days a week');
    await page.check('#status-partly_achieved');
    await page.getByRole('button', { name: 'Save review' }).click();
    expect(await summaryItems(page)).toEqual([
      'Someone else saved this while you were changing it. Check their version, then save again',
    ]);
    expect(await page.locator('#goal-reviews').textContent()).toContain('Colleague');
    expect(await page.inputValue('#review-note')).toBe('Back two days a week');
    expect(await page.isChecked('#gasScore-0')).toBe(true);
    await expectNoAxeViolations(page, 'review after a conflict');
    await page.getByRole('button', { name: 'Save review' }).click();
    await backAtRecord(id);
    const reviewed = (await record(id)).find((e) => e.id === goalId);
    expect(reviewed?.version).toBe(3);
    expect(reviewed?.data).toMatchObject({
      status: 'partly_achieved',
      reviews: [{ note: 'Colleague' }, { gasScore: 0, note: 'Back two days a week' }],
    });
  });

  it('(b) records an onward referral and issues the Health and Work Report as a PDF', async () => {
    const { episode, id } = await workEpisode();
    const goalId = await addGoal(id);
    // An onward referral needs to say where to.
    await page.goto(plan(id, 'interventions/new'));
    await expect.poll(() => heading(page)).toContain('Record an intervention');
    await expectNoAxeViolations(page, 'record an intervention');
    await page.check('#code-onward_referral');
    await page.getByRole('button', { name: 'Save intervention' }).click();
    expect(await summaryItems(page)).toEqual(['Enter who or where the person was referred to']);
    await page.fill('#destination', 'Employment adviser');
    await page.check(`#goal-${goalId}`);
    await page.getByRole('button', { name: 'Save intervention' }).click();
    await backAtRecord(id);
    expect((await record(id)).find((e) => e.kind === 'intervention')?.data).toMatchObject({
      code: 'onward_referral',
      destination: 'Employment adviser',
      goalIds: [goalId],
      deliveredOn: today,
    });

    // The Health and Work Report, checked as it is written, then downloaded.
    await page.goto(plan(id, 'health-work-report/new'));
    await expect.poll(() => heading(page)).toContain('AHP Health and Work Report');
    expect(await page.inputValue('#practitioner-name')).not.toBe('');
    await expectNoAxeViolations(page, 'health and work report');
    await page.check('#advice-may_be_fit');
    await page.check('#options-phasedReturn');
    await page.check('#options-amendedDuties');
    await page.fill('#functionalEffects', 'Pain after two hours standing; tires quickly');
    await page.fill('#difficulties-0-difficulty', 'Standing at the till');
    await page.fill('#difficulties-0-recommendation', 'A perching stool and breaks each hour');
    await page.getByRole('button', { name: 'Add another difficulty' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('difficulties-1-difficulty');
    await page.fill('#difficulties-1-difficulty', 'Lifting stock');
    await fillDate(page, 'period-to', today);
    await page.check('#review-required-no');
    await page.fill('#practitioner-hcpcNumber', 'PH12345');
    await page.fill('#practitioner-contact', 'ot@everyday.example');
    await page.getByRole('button', { name: 'Save report' }).click();
    expect(await summaryItems(page)).toEqual([
      'This HCPC registration number does not match the profession chosen',
      'Enter a recommendation or goal for this difficulty',
    ]);
    await expectNoAxeViolations(page, 'health and work report with errors');
    await page.getByRole('button', { name: 'Remove difficulty 2' }).click();
    expect(await page.locator('#difficulties-1-difficulty').count()).toBe(0);
    await page.fill('#practitioner-hcpcNumber', 'OT12345');
    await page.getByRole('button', { name: 'Save report' }).click();
    await expect.poll(() => heading(page)).toBe('Health and Work Report saved');
    await expectNoAxeViolations(page, 'report saved');
    const report = await pdfText(page, '#report-pdf');
    expect(report).toContain(episode.name);
    expect(report).toContain('you may be fit for work');
    expect(report).toMatch(/\[X\]\s*a phased return to work/);
    expect(report).toMatch(/\[X\]\s*amended duties/);
    expect(report).toMatch(/\[ \]\s*altered hours/);
    expect(report).toContain('OT12345');
    expect(report).toContain('A perching stool and breaks each hour');
  });

  it('(c) discharges, with the letter showing the outcomes, and closes the episode', async () => {
    const { episode, id } = await workEpisode();
    const goalId = await addGoal(id);
    // Discharge: the measures were repeated, so the letter shows how they changed.
    await workAssessment(id, 'discharge', 7);
    await page.goto(plan(id, 'discharge'));
    await expect.poll(() => heading(page)).toContain('Discharge');
    await page.locator('#measures-repeated').waitFor();
    await expectNoAxeViolations(page, 'discharge');
    expect(await page.isChecked('#sendPrem')).toBe(true);
    await page.check('#avoided-gpAppointments');
    await page.getByRole('button', { name: 'Discharge and close the episode' }).click();
    expect(await summaryItems(page)).toEqual([
      'Select the reason for discharge',
      'Enter how many GP appointments were avoided',
      'Enter your advice for the GP',
    ]);
    await expectNoAxeViolations(page, 'discharge with errors');
    await page.check('#reason-goals_met');
    await page.fill('#avoided-gpAppointmentsCount', '2');
    await page.check('#workOutcome-status-in_work');
    await page.fill('#workOutcome-detail', 'Back three days a week on amended duties');
    await page.fill('#adviceForGp', 'No further action needed; review the fit note if it recurs.');
    // Issue 16 item 9: "Goals met" is refused while the goal is still active in the record.
    await page.getByRole('button', { name: 'Discharge and close the episode' }).click();
    expect(await summaryItems(page)).toEqual([
      'Goals are still active in the record: review each goal first, or choose another reason',
    ]);
    const goal = (await record(id)).find((e) => e.id === goalId);
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const achieved = await page.request.put(`/api/episodes/${id}/entries/${goalId}`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { baseVersion: goal?.version, data: { ...(goal?.data as object), status: 'achieved' } },
    });
    expect(achieved.status(), await achieved.text()).toBe(200);
    // Back at the discharge with the goal achieved (as after reviewing it), the form filled again.
    await page.reload();
    await page.locator('#measures-repeated').waitFor();
    await page.check('#avoided-gpAppointments');
    await page.check('#reason-goals_met');
    await page.fill('#avoided-gpAppointmentsCount', '2');
    await page.check('#workOutcome-status-in_work');
    await page.fill('#workOutcome-detail', 'Back three days a week on amended duties');
    await page.fill('#adviceForGp', 'No further action needed; review the fit note if it recurs.');
    await page.getByRole('button', { name: 'Discharge and close the episode' }).click();
    await expect.poll(() => heading(page)).toBe('Discharged');
    await expectNoAxeViolations(page, 'discharged');
    const letter = await pdfText(page, '#discharge-letter');
    expect(letter).toContain(episode.name);
    expect(letter).toContain('Goals met');
    expect(letter).toContain('Work Ability Score');
    const closed = await h.database.db
      .selectFrom('episodes')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(closed.status).toBe('closed');
    expect((await record(id)).find((e) => e.kind === 'discharge')?.data).toMatchObject({
      reason: 'goals_met',
      avoided: { gpAppointments: true, gpAppointmentsCount: 2 },
      workOutcome: { status: 'in_work' },
      sendPrem: true,
    });

    // Nothing more can be planned once the episode is closed.
    await page.goto(plan(id, 'goals/new'));
    await expect.poll(() => heading(page)).toBe('This episode has been discharged');
  });

  it('(d2) shows a falls patient saving low risk no suicide questions and no suicide safety plan, in English and Welsh (issue 16 item 7)', async () => {
    const episode = await makeEpisode(h.database.db, {
      practiceId: staff.tree.practiceIds[0],
      pathway: 'frailty_falls',
      givenName: unique('Gwen'),
    });
    const id = episode.episodeId;
    await page.goto(plan(id, 'risk/new'));
    await expect.poll(() => heading(page)).toContain('Risk assessment');
    await page.locator('#falls-title').waitFor();
    expect(await page.locator('#thoughts').count()).toBe(0);
    expect(await page.locator('#safetyPlan-warningSigns').count()).toBe(0);
    // The clinician can add suicide and self-harm when it comes up; it is not asked by default.
    expect(await page.isChecked('#assess-suicide')).toBe(false);
    await page.check('#assess-suicide');
    await page.locator('#thoughts').waitFor();
    expect(await page.locator('#safetyPlan-warningSigns').count()).toBe(1);
    await page.uncheck('#assess-suicide');
    await expect.poll(() => page.locator('#thoughts').count()).toBe(0);
    expect(await page.locator('#selfNeglect-title').textContent()).toBe('Self-neglect');
    expect(await page.locator('#safeguarding-title').textContent()).toBe('Safeguarding');
    // STEADI Stay Independent: yes to "I have fallen in the past year" (2) and two others (1 each).
    const yes = new Set(['fallenPastYear', 'unsteadyWalking', 'worriedAboutFalling']);
    for (const item of [
      'fallenPastYear',
      'caneOrWalker',
      'unsteadyWalking',
      'holdsFurniture',
      'worriedAboutFalling',
      'pushesToStand',
      'troubleWithKerb',
      'rushesToToilet',
      'lostFeelingInFeet',
      'medicineLightHeaded',
      'medicineSleepMood',
      'sadOrDepressed',
    ])
      await page.check(`#stayIndependent-${item}-${yes.has(item) ? 'yes' : 'no'}`);
    expect(await page.locator('#stay-independent-score').textContent()).toContain(
      'Stay Independent score 4 out of 14',
    );
    await page.check('#falls-present-yes');
    await page.check('#falls-level-low');
    await page.fill('#falls-plan', 'Strength and balance exercises; night light on the landing');
    await page.check('#selfNeglect-present-no');
    await page.check('#safeguarding-present-no');
    await expect.poll(() => page.locator('#suggested-level-value').textContent()).toBe('Low');
    await page.check('#level-low');
    await page.check('#escalation-to-none');
    await expectNoAxeViolations(page, 'falls risk assessment');
    await page.getByRole('button', { name: 'Save the risk assessment' }).click();
    await backAtRecord(id);
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner').textContent())
      .toContain('Risk assessment saved');
    const risk = (await record(id)).find((e) => e.kind === 'risk');
    expect(risk?.data).toMatchObject({
      level: 'low',
      domains: ['falls', 'self_neglect', 'safeguarding'],
      falls: {
        present: true,
        level: 'low',
        stayIndependent: [...[true, false, true, false, true], ...Array<boolean>(7).fill(false)],
      },
      selfNeglect: { present: false },
    });
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Covers: falls, self-neglect, safeguarding.');
    expect(body).toContain('Risk of falls: Low. Plan: Strength and balance exercises');
    expect(await page.getByRole('link', { name: /^Safety plan/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'falls risk on the record');
    // The GP of that practice sees the falls risk with its own level in their summary.
    const gp = await h.newPage();
    await signIn(gp, staff.users.clinician);
    await gp.goto(`/episodes/${id}`);
    await gp.locator('#summary-risk-domains').waitFor();
    expect(await gp.locator('#summary-risk-domains').textContent()).toBe('Risk of falls: Low');
    await expectNoAxeViolations(gp, 'GP summary with a falls risk');
    await gp.goto(`/episodes/${id}?lang=cy`);
    await expect
      .poll(() => gp.locator('#summary-risk-domains').textContent())
      .toBe('Risg cwympiadau: Isel');
    await expectNoAxeViolations(gp, 'GP summary with a falls risk, in Welsh');
    await gp.context().close();
    // The suicide safety plan page is not there for this assessment.
    await page.goto(plan(id, `risk/${risk?.id ?? ''}/safety-plan`));
    await expect.poll(() => heading(page)).not.toContain('Your safety plan');

    await page.goto(plan(id, 'risk/new'));
    await page.locator('#falls-title').waitFor();
    await page.click('#language-toggle');
    await expect.poll(() => page.locator('#falls-title').textContent()).toBe('Risg cwympo');
    expect(await page.locator('#selfNeglect-title').textContent()).toBe('Hunanesgeulustod');
    expect(await page.locator('#safeguarding-title').textContent()).toBe('Diogelu');
    expect(await page.locator('#thoughts').count()).toBe(0);
    await expectNoAxeViolations(page, 'falls risk assessment in Welsh');
    await page.click('#language-toggle');
    await expect.poll(() => page.locator('#falls-title').textContent()).toBe('Falls risk');
  });

  it('(d) escalates a high risk, prints the safety plan, and keeps a change made during a save', async () => {
    const episode = await makeEpisode(h.database.db, {
      practiceId: staff.tree.practiceIds[0],
      pathway: 'mental_health',
      givenName: unique('Rhys'),
    });
    const id = episode.episodeId;
    await page.goto(plan(id, 'risk/new'));
    await expect.poll(() => heading(page)).toContain('Risk assessment');
    await expectNoAxeViolations(page, 'risk assessment');
    const suggested = page.locator('#suggested-level');
    expect(await suggested.textContent()).toContain('Answer the questions');
    await page.check('#thoughts-active');
    await page.check('#plans-specific');
    await page.check('#intent-no');
    await page.check('#accessToMeans-yes');
    await page.check('#previousAttempts-no');
    // The mental health pathway also asks about self-neglect and safeguarding (issue 16 item 7).
    await page.check('#selfNeglect-present-no');
    await page.check('#safeguarding-present-no');
    await expect.poll(() => page.locator('#suggested-level-value').textContent()).toBe('High');
    await page.check('#level-high');
    await page.check('#escalation-to-none');
    await page.fill('#safetyPlan-warningSigns', 'Not sleeping, staying in my room');
    await page.fill('#safetyPlan-peopleToAskForHelp', 'My sister Ffion, 07700 900123');
    expect(await page.inputValue('#safetyPlan-professionals')).toContain('116 123');
    await page.getByRole('button', { name: 'Save and show the safety plan' }).click();
    expect(await summaryItems(page)).toEqual([
      'A high level of risk must be escalated: choose a same-day GP appointment or the crisis team',
    ]);
    await expectNoAxeViolations(page, 'risk assessment with errors');
    await page.check('#escalation-to-crisis_team');
    await page.getByRole('button', { name: 'Save and show the safety plan' }).click();
    expect(await summaryItems(page)).toEqual([
      'Say who the concern was escalated to and what was agreed',
    ]);
    await page.fill('#escalation-detail', 'Crisis team (Sam) will phone this evening');
    await page.fill('#escalation-time', '16:30');
    await fillDate(page, 'escalation-at', today);
    await page.getByRole('button', { name: 'Save and show the safety plan' }).click();

    await page.waitForURL('**/safety-plan');
    await expect.poll(() => heading(page)).toContain('Your safety plan');
    const risk = (await record(id)).find((e) => e.kind === 'risk');
    expect(risk?.data).toMatchObject({
      thoughts: 'active',
      plans: 'specific',
      level: 'high',
      escalation: { to: 'crisis_team', at: `${today}T16:30` },
    });
    const planText = (await page.locator('main').textContent()) ?? '';
    expect(planText).toContain('Not sleeping, staying in my room');
    expect(planText).toContain('My sister Ffion, 07700 900123');
    expect(planText).toContain('116 123');
    await expectNoAxeViolations(page, 'safety plan');
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByRole('button', { name: 'Print this safety plan' }).click();
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print this safety plan' }).isVisible()).toBe(
      false,
    );
    expect(await page.locator('#plan-warningSigns').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.click('#language-toggle');
    await expect.poll(() => heading(page)).toContain('Eich cynllun diogelwch');
    expect(await page.locator('main').textContent()).toContain('Ffoniwch y Samariaid');
    await expectNoAxeViolations(page, 'safety plan in Welsh');
    await page.click('#language-toggle');
    await expect.poll(() => heading(page)).toContain('Your safety plan');

    // A change while a colleague saves theirs: both are shown, ours is saved on the second try.
    const riskId = risk?.id ?? '';
    await page.goto(plan(id, `risk/${riskId}/edit`));
    await expect.poll(() => heading(page)).toContain('Change the risk assessment');
    await put(page, `/api/episodes/${id}/entries/${riskId}`, {
      baseVersion: 1,
      data: {
        ...(risk?.data as Record<string, unknown>),
        safetyPlan: {
          ...(risk?.data as { safetyPlan: Record<string, string> }).safetyPlan,
          keepingSafe: 'Sister keeps the tablets',
        },
      },
    });
    await page.fill('#safetyPlan-copingStrategies', 'Walk the dog; music');
    await page.getByRole('button', { name: 'Save and show the safety plan' }).click();
    await page.locator('#conflict').waitFor();
    expect(await page.locator('#conflict').textContent()).toContain('Sister keeps the tablets');
    expect(await page.inputValue('#safetyPlan-copingStrategies')).toBe('Walk the dog; music');
    await expectNoAxeViolations(page, 'risk assessment after a conflict');
    await page.getByRole('button', { name: 'Save and show the safety plan' }).click();
    await page.waitForURL('**/safety-plan');
    const saved = (await record(id)).find((e) => e.id === riskId);
    expect(saved?.version).toBe(3);
    expect(saved?.data).toMatchObject({ safetyPlan: { copingStrategies: 'Walk the dog; music' } });
  });
});
