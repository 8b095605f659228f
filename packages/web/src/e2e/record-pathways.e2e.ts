/**
 * A whole episode on each pathway, in Chromium against the real server, as an OT works it (issue
 * 5): open the episode from the caseload or the list of episodes, record the first contact, the
 * initial assessment with the pathway's instruments (and check the scores Everyday computed),
 * agree a goal (GAS or COPM) and record an intervention for it, repeat the measures at discharge,
 * discharge, and read the letter to the GP. Every expected score is worked out by hand from
 * ../shared/reference/INSTRUMENTS.md (the section is cited beside it). Pages pass axe; pages that
 * are the same on every pathway are checked once.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, formatDocumentDate, londonDateOf } from '@everyday/core';
import { makeEpisode, type TestEpisode } from '../../../server/src/testing/episodes.js';
import { fillDate, heading, summaryItems } from './booking-support.js';
import {
  fillEq5d,
  flat,
  letterOutcomeRow,
  linkedPdfText,
  outcomeCells,
  type LetterMeasure,
} from './record-pathway-support.js';
import {
  browserAvailable,
  expectNoAxeViolations,
  makeStaff,
  signIn,
  startBrowserHarness,
  type BrowserHarness,
  type Staff,
} from './support.js';

import {
  JOURNEYS,
  NEEDS_EQ5D,
  spaced,
  type Journey,
  type LetterOutcome,
} from './record-pathway-journeys.js';
describe.runIf(browserAvailable())('a whole episode on each pathway, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let page: Page;
  const today = londonDateOf(Date.now());
  // The episode began six weeks ago: first contact and assessment then, the intervention midway.
  const began = addCalendarDays(today, -42);
  /**
   * A date as the letter writes it ("6 December 2026"), as found in a table row whose narrow cells
   * wrap it across lines: its day, then (perhaps after other cells' words) its month.
   */
  const inWords = (date: string) => {
    const [day = '', month = ''] = formatDocumentDate(date).split(' ');
    return new RegExp(`\\bon ${day}\\b.*\\b${month}\\b`);
  };
  const midway = addCalendarDays(today, -21);
  /** Pages that look the same on every pathway are checked with axe once. */
  const checked = new Set<string>();
  const axeOnce = async (key: string, where: string): Promise<void> => {
    if (checked.has(key)) return;
    checked.add(key);
    await expectNoAxeViolations(page, where);
  };

  beforeAll(async () => {
    h = await startBrowserHarness();
    staff = await makeStaff(h);
    page = await h.newPage();
    await signIn(page, staff.users.ot);
  });
  afterAll(async () => {
    await h.close();
  });

  const backAtRecord = (episodeId: string) =>
    page.waitForURL((url) => url.pathname === `/episodes/${episodeId}`);
  const entries = (episodeId: string) =>
    h.database.db
      .selectFrom('record_entries')
      .select(['id', 'kind', 'data'])
      .where('episode_id', '=', episodeId)
      .orderBy('created_at')
      .execute();

  /** An open episode led by the OT, opened six weeks ago (booking opens them in the product). */
  async function openEpisode(j: Journey): Promise<TestEpisode> {
    const episode = await makeEpisode(h.database.db, {
      practiceId: staff.tree.practiceIds[0],
      pathway: j.pathway,
      leadOtId: staff.users.ot.id,
      givenName: j.givenName,
      nhsNumber: j.nhsNumber,
    });
    await h.database.db
      .updateTable('episodes')
      .set({ opened_at: new Date(Date.now() - 42 * 86_400_000) })
      .where('id', '=', episode.episodeId)
      .execute();
    return episode;
  }

  async function findEpisode(j: Journey, episode: TestEpisode): Promise<void> {
    if (j.openFrom === 'caseload') {
      await page.goto('/clinics/caseload');
      await page.locator('#caseload').waitFor();
      await axeOnce('caseload', 'the caseload');
    } else {
      await page.goto('/episodes');
      await page.locator('#episode-count').waitFor();
      await page.selectOption('#pathway', j.pathway);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect.poll(() => page.locator('#episode-count').textContent()).toBe('1 episode');
      await axeOnce('episodes', 'episodes filtered by pathway');
    }
    await page.getByRole('link', { name: episode.name }).click();
    await backAtRecord(episode.episodeId);
    await expect.poll(() => heading(page)).toContain(episode.name);
    const header = (await page.locator('#episode-header').textContent()) ?? '';
    expect(header).toContain(j.recordPathway);
    expect(header).toContain(spaced(j.nhsNumber));
    await axeOnce('record-empty', 'the record, empty');
  }

  async function addContact(j: Journey, episodeId: string): Promise<void> {
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await expect.poll(() => heading(page)).toContain('Add a contact');
    await fillDate(page, 'occurredOn', began);
    await page.check(`#mode-${j.contact.mode}`);
    await page.fill('#minutes', String(j.contact.minutes));
    await page.fill('#note', j.contact.note);
    await axeOnce('contact', 'add a contact, filled in');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await backAtRecord(episodeId);
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner').textContent())
      .toContain('Contact added');
    const contacts = (await page.locator('#contacts').textContent()) ?? '';
    expect(contacts).toContain(j.contact.note);
    expect(contacts).toContain(`${String(j.contact.minutes)} minutes`);
  }

  /** The newest assessment's scores on the record (assessments are listed newest first). */
  const latestScores = async (): Promise<string> =>
    (await page
      .locator('section[aria-labelledby="assessments-heading"] article')
      .first()
      .textContent()) ?? '';

  async function assess(
    j: Journey,
    episodeId: string,
    stage: 'initial' | 'discharge',
  ): Promise<void> {
    const a = stage === 'initial' ? j.initial : j.discharged;
    await page
      .getByRole('link', { name: `Add a${stage === 'initial' ? 'n' : ''} ${stage} assessment` })
      .click();
    await page.waitForURL(`**/assessments/new?stage=${stage}`);
    await expect.poll(() => heading(page)).toContain(j.title);
    // Nothing answered: the sections this pathway needs at this stage are asked for.
    await page.getByRole('button', { name: 'Save assessment' }).click();
    expect(await summaryItems(page)).toEqual(stage === 'initial' ? j.required : [NEEDS_EQ5D]);
    if (stage === 'initial') await fillDate(page, 'assessedOn', began);
    await a.fill?.(page);
    await fillEq5d(page, a.eq5d);
    // The form differs by pathway (at discharge it is the same form again, checked once).
    await axeOnce(
      stage === 'initial' ? `assessment-${j.pathway}` : 'assessment-discharge',
      `${j.title}, ${stage}, filled in`,
    );
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await backAtRecord(episodeId);
    await expect
      .poll(() => page.locator('.nhsuk-notification-banner').textContent())
      .toContain('Assessment saved');
    const scores = flat(await latestScores());
    expect(scores).toContain(stage === 'initial' ? 'Initial assessment' : 'Discharge assessment');
    for (const shown of a.shows) expect(scores).toContain(shown);
    // The record with this pathway's scores; with first, latest and change (checked once).
    await axeOnce(
      stage === 'initial' ? `record-${j.pathway}` : 'record-outcomes',
      `the record with the ${stage} scores`,
    );
  }

  async function agreeGoal(j: Journey, episodeId: string): Promise<string> {
    await page.locator('#plan-links').getByRole('link', { name: 'Add a goal' }).click();
    await expect.poll(() => heading(page)).toContain('Add a goal');
    const g = j.goal;
    await page.fill('#wording', g.wording);
    expect(await page.isChecked('#agreed-agreed')).toBe(true);
    await fillDate(page, 'agreedOn', began);
    if (g.measure === 'gas') {
      await page.check('#measure-gas');
      await page.check(`#gas-importance-${String(g.importance)}`);
      await page.check(`#gas-difficulty-${String(g.difficulty)}`);
      await page.check(`#gas-baseline-${String(g.baseline)}`);
      await page.fill('#gas-expected', `${g.wording}, most weeks`);
    } else {
      await page.check('#measure-copm');
      await page.fill('#copm-importance', String(g.importance));
      await page.fill('#copm-performance', String(g.performance));
      await page.fill('#copm-satisfaction', String(g.satisfaction));
    }
    await axeOnce(`goal-${g.measure}`, `add a goal measured with ${g.measure}`);
    await page.getByRole('button', { name: 'Save goal' }).click();
    await backAtRecord(episodeId);
    const plan = page.locator('section[aria-labelledby="plan-heading"]');
    await expect.poll(() => plan.textContent()).toContain(`“${g.wording}”`);
    const goal = (await entries(episodeId)).find((e) => e.kind === 'goal');
    expect(goal?.data).toMatchObject({
      wording: g.wording,
      agreed: true,
      agreedOn: began,
      measure: g.measure,
    });
    return goal?.id ?? '';
  }

  async function recordIntervention(j: Journey, episodeId: string, goalId: string): Promise<void> {
    const i = j.intervention;
    await page.locator('#plan-links').getByRole('link', { name: 'Record an intervention' }).click();
    await expect.poll(() => heading(page)).toContain('Record an intervention');
    await page.check(`#code-${i.code}`);
    if (i.destination !== undefined) await page.fill('#destination', i.destination);
    await page.getByRole('checkbox', { name: j.goal.wording }).check();
    await fillDate(page, 'deliveredOn', midway);
    await page.fill('#note', i.note);
    await axeOnce(
      `intervention${i.destination === undefined ? '' : '-referral'}`,
      'record an intervention, filled in',
    );
    await page.getByRole('button', { name: 'Save intervention' }).click();
    await backAtRecord(episodeId);
    const plan = page.locator('section[aria-labelledby="plan-heading"]');
    await expect.poll(() => plan.textContent()).toContain(i.label);
    expect(await plan.textContent()).toContain(i.note);
    // Linked to the goal it serves.
    const saved = (await entries(episodeId)).find((e) => e.kind === 'intervention');
    expect(saved?.data).toMatchObject({
      code: i.code,
      destination: i.destination ?? null,
      goalIds: [goalId],
      deliveredOn: midway,
    });
  }

  async function reviewGoal(j: Journey, episodeId: string): Promise<void> {
    const r = j.review;
    if (!r) return;
    await page
      .locator('section[aria-labelledby="plan-heading"]')
      .getByRole('link', { name: /^Review/ })
      .click();
    await expect.poll(() => heading(page)).toContain('Review a goal');
    if (r.gasScore !== undefined) await page.check(`#gasScore-${String(r.gasScore)}`);
    if (r.performance !== undefined) await page.fill('#performance', String(r.performance));
    if (r.satisfaction !== undefined) await page.fill('#satisfaction', String(r.satisfaction));
    await page.fill('#review-note', 'Reviewed together before discharge');
    await page.check(`#status-${r.status}`);
    await axeOnce(`review-${j.goal.measure}`, 'review a goal, filled in');
    await page.getByRole('button', { name: 'Save review' }).click();
    await backAtRecord(episodeId);
    await expect
      .poll(() => page.locator('section[aria-labelledby="plan-heading"]').textContent())
      .toContain('1 review');
  }

  async function checkOutcomes(j: Journey): Promise<void> {
    for (const [measure, [first, latest, change]] of Object.entries(j.outcomes)) {
      const [firstCell, latestCell, changeCell] = await outcomeCells(page, measure);
      for (const text of first) expect(firstCell, `${measure}, first`).toContain(text);
      for (const text of latest) expect(latestCell, `${measure}, latest`).toContain(text);
      expect(changeCell, `${measure}, change`).toBe(change);
    }
  }

  async function discharge(j: Journey, episodeId: string): Promise<void> {
    const d = j.discharge;
    await page.locator('#plan-links').getByRole('link', { name: 'Discharge' }).click();
    await expect.poll(() => heading(page)).toContain('Discharge');
    // The measures were repeated, so no reason for not repeating them is asked for.
    await page.locator('#measures-repeated').waitFor();
    await page.check(`#reason-${d.reason}`);
    if (d.reasonDetail !== undefined) await page.fill('#reasonDetail', d.reasonDetail);
    if (d.gpAppointments !== undefined) {
      await page.check('#avoided-gpAppointments');
      await page.fill('#avoided-gpAppointmentsCount', String(d.gpAppointments));
    }
    if (d.secondaryCareReferral) await page.check('#avoided-secondaryCareReferral');
    if (d.medication) await page.check('#avoided-medication');
    expect(await page.isVisible('#workOutcome-status')).toBe(j.pathway === 'work');
    if (d.work) {
      await page.check(`#workOutcome-status-${d.work.status}`);
      await page.fill('#workOutcome-detail', d.work.detail);
    }
    await page.fill('#adviceForGp', d.advice);
    expect(await page.isChecked('#sendPrem')).toBe(true);
    if (!d.sendPrem) await page.uncheck('#sendPrem');
    await axeOnce(`discharge${d.work ? '-work' : ''}`, 'discharge, filled in');
    await page.getByRole('button', { name: 'Discharge and close the episode' }).click();
    await expect.poll(() => heading(page)).toBe('Discharged');
    await axeOnce('discharged', 'discharged');
    const episode = await h.database.db
      .selectFrom('episodes')
      .select('status')
      .where('id', '=', episodeId)
      .executeTakeFirstOrThrow();
    expect(episode.status).toBe('closed');
  }

  async function readLetter(j: Journey, episode: TestEpisode): Promise<void> {
    const text = await linkedPdfText(page, '#discharge-letter');
    const letter = flat(text);
    const d = j.discharge;
    expect(letter).toContain('Discharge letter');
    expect(letter).toContain(`Re: ${episode.name}`);
    expect(letter).toContain(`NHS number ${spaced(j.nhsNumber)}`);
    expect(letter).toContain(`${episode.name} has been discharged from Occupational therapy`);
    expect(letter).toContain(`They were seen on the ${j.letterPathway} pathway`);
    expect(letter).toContain('(1 contact)');
    expect(letter).toContain(
      `Reason for discharge: ${d.reasonLabel}${d.reasonDetail ? `: ${d.reasonDetail}` : ''}`,
    );
    // Outcome measures: each with its first and last value (first before last) and the change.
    for (const [measure, [first, last, change]] of Object.entries(j.letter) as [
      LetterMeasure,
      LetterOutcome,
    ][]) {
      const row = letterOutcomeRow(text, measure);
      const at = (value: string): number => {
        const index = row.indexOf(value);
        expect(index, `${measure}: ${value} in "${row}"`).toBeGreaterThan(-1);
        return index;
      };
      expect(at(first), `${measure}: first before last in "${row}"`).toBeLessThan(at(last));
      // Dates in words, never ISO (issue 16 item 9); the narrow cells put the year on a line of
      // its own, so the day and month are looked for.
      expect(row).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (last !== 'Not repeated') expect(row).toMatch(inWords(today));
      if (change.includes(' ')) expect(row).toContain(change);
      else expect(row.split(' ')).toContain(change);
    }
    const eq5d = letterOutcomeRow(text, 'EQ-5D-5L index');
    expect(eq5d).toMatch(j.initial.eq5d.valueSet === 'UK_5L_2026' ? /Rowen/ : /Devlin/);
    expect(eq5d).toMatch(inWords(began));
    // The goal in the person's words, with where it ended; the intervention that served it.
    expect(letter).toContain(`${j.goal.wording} ${j.goalResult}`);
    const i = j.intervention;
    expect(letter).toContain(`${i.label} ${i.destination ? `${i.destination} — ` : ''}${i.note}`);
    expect(letter).toContain(
      `GP appointments avoided (estimated): ${d.gpAppointments === undefined ? 'Not estimated' : String(d.gpAppointments)}`,
    );
    expect(letter).toContain(
      `Referral to secondary care avoided: ${d.secondaryCareReferral ? 'Yes' : 'No'}`,
    );
    expect(letter).toContain(`Medication avoided: ${d.medication ? 'Yes' : 'No'}`);
    expect(letter).toContain(d.work ? d.work.letter : 'No work outcome was recorded.');
    expect(letter).toContain('No risks were identified at discharge.');
    expect(letter).toContain(`Advice and actions for the GP ${d.advice}`);
    // What a memory assessment set in motion is in the letter with what was done.
    if (j.pathway === 'memory') {
      expect(letter).toContain('Blood tests requested');
      expect(letter).toContain('Referred to the memory clinic');
    }
  }

  it.each(JOURNEYS.map((j) => [j.pathway, j] as const))(
    '%s: first contact to discharge, with the letter to the GP',
    async (_pathway, j) => {
      const episode = await openEpisode(j);
      const id = episode.episodeId;
      // 1. Opened as the OT finds it: on their caseload, or in the list filtered by pathway.
      await findEpisode(j, episode);
      // 2. The first contact.
      await addContact(j, id);
      // 3. The initial assessment with the pathway's instruments, and the scores computed.
      await assess(j, id, 'initial');
      // 4. A goal agreed, and an intervention for it (reviewed on some pathways).
      const goalId = await agreeGoal(j, id);
      await recordIntervention(j, id, goalId);
      await reviewGoal(j, id);
      // 5. The measures repeated at discharge; the record shows first, latest and change.
      await assess(j, id, 'discharge');
      await checkOutcomes(j);
      // 6. Discharge, and the letter to the GP.
      await discharge(j, id);
      await readLetter(j, episode);
      // The record is closed: the discharge shows, and nothing more can be planned.
      await page.goto(`/episodes/${id}`);
      const plan = page.locator('section[aria-labelledby="plan-heading"]');
      await expect.poll(() => plan.textContent()).toContain(`: ${j.discharge.reasonLabel}.`);
      expect(await plan.textContent()).toContain('The episode is closed.');
      expect(await page.locator('#plan-links').count()).toBe(0);
      await axeOnce('record-closed', 'the record, closed');
    },
    120_000,
  );
});
