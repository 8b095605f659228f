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
import { addCalendarDays, londonDateOf, type Pathway } from '@everyday/core';
import { makeEpisode, type TestEpisode } from '../../../server/src/testing/episodes.js';
import { fillDate, heading, summaryItems } from './booking-support.js';
import {
  answerItems,
  fillCopm,
  fillEq5d,
  flat,
  letterOutcomeRow,
  linkedPdfText,
  outcomeCells,
  type CopmRow,
  type Eq5dAnswers,
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

const UK_2026 = 'EQ-5D-5L index, UK value set (Rowen et al. 2026)';
const ENGLAND_2018 = 'EQ-5D-5L index, England value set (Devlin et al. 2018)';
const needed = (what: string) => `${what}: it is needed for this assessment`;
const NEEDS_EQ5D = needed('Complete the EQ-5D-5L');
/** An NHS number as shown: 3 3 4. */
const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

/** An outcome on the record page: the first and latest cells contain these, the change cell is this. */
type PageOutcome = readonly [first: readonly string[], latest: readonly string[], change: string];
/** An outcome row of the letter: first value, last value (or "Not repeated"), change. */
type LetterOutcome = readonly [first: string, last: string, change: string];

interface Assessment {
  /** Fills the pathway's own instruments (EQ-5D-5L is filled by the journey). */
  fill?: (page: Page) => Promise<void>;
  eq5d: Eq5dAnswers;
  /** What the saved assessment shows among its scores. */
  shows: readonly string[];
}

interface Journey {
  pathway: Pathway;
  givenName: string;
  /** Valid (mod 11, INSTRUMENTS.md §9) and different for each person. */
  nhsNumber: string;
  openFrom: 'caseload' | 'list';
  /** The pathway as the record names it, and as the letter does (core's PATHWAY_NAMES). */
  recordPathway: string;
  letterPathway: string;
  /** The assessment template's title, and what an empty initial assessment is asked for. */
  title: string;
  required: readonly string[];
  contact: { mode: string; minutes: number; note: string };
  initial: Assessment;
  goal:
    | { wording: string; measure: 'gas'; importance: number; difficulty: number; baseline: -1 | -2 }
    | {
        wording: string;
        measure: 'copm';
        importance: number;
        performance: number;
        satisfaction: number;
      };
  /** Reviewed before discharge, with the status it ends at; the letter shows the status. */
  review?: { gasScore?: number; performance?: number; satisfaction?: number; status: string };
  goalResult: string;
  intervention: { code: string; label: string; destination?: string; note: string };
  discharged: Assessment;
  /** Outcomes table rows on the record after the discharge assessment, by measure id. */
  outcomes: Readonly<Record<string, PageOutcome>>;
  discharge: {
    reason: string;
    reasonLabel: string;
    reasonDetail?: string;
    gpAppointments?: number;
    secondaryCareReferral?: boolean;
    medication?: boolean;
    work?: { status: string; detail: string; letter: string };
    advice: string;
    sendPrem: boolean;
  };
  /** First, last and change; a band in words wraps in the letter's table, so only its start is matched. */
  letter: Partial<Record<LetterMeasure, LetterOutcome>>;
}

const INITIAL_COPM: readonly CopmRow[] = [
  ['Getting in and out of the bath', 10, 3, 2],
  ['Cooking a hot meal', 8, 4, 3],
  ['Doing the shopping', 6, 5, 4],
];
const DISCHARGE_COPM: readonly CopmRow[] = [
  ['Getting in and out of the bath', 10, 6, 5],
  ['Cooking a hot meal', 8, 7, 6],
  ['Doing the shopping', 6, 6, 7],
];

const JOURNEYS: readonly Journey[] = [
  {
    pathway: 'frailty_falls',
    givenName: 'Iris',
    nhsNumber: '9458073022',
    openFrom: 'caseload',
    recordPathway: 'Frailty and falls',
    letterPathway: 'Frailty and falls',
    title: 'Frailty and falls assessment',
    required: [
      needed('Select a Clinical Frailty Scale level'),
      needed('Record falls in the last year'),
      NEEDS_EQ5D,
    ],
    contact: { mode: 'home_visit', minutes: 75, note: 'Home visit: two falls on the stairs' },
    initial: {
      fill: async (page) => {
        await page.check('#cfs-level-5');
        await page.fill('#falls-count', '3');
        await page.check('#falls-injured-yes');
        await page.check('#falls-fearOfFalling-yes');
        await page.check('#home-hazards-stairs');
        await page.check('#home-hazards-trip_hazards');
        await page.fill('#efi-deficits', '7');
      },
      eq5d: { state: '33321', vas: 50, valueSet: 'UK_5L_2026' },
      shows: [
        // §3: CFS 2.0 level 5 is "Living with Mild Frailty" (a judgement, stored with its version).
        '5 — Living with Mild Frailty (CFS 2.0)',
        '3; injured: Yes; afraid of falling: Yes',
        // §2.1: eFI = 7/36 = 0.1944; 5–8 deficits is mild frailty.
        '0.1944 — Mild frailty',
        'Stairs, Trip hazards',
        // §1.3 (UK 2026): 1 − (MO3 0.058 + SC3 0.060 + UA3 0.086 + PD2 0.056) = 0.740.
        'Health state 33321',
        `0.740 — ${UK_2026}`,
        'EQ VAS 50',
      ],
    },
    goal: {
      wording: 'Walk to the post office with my stick',
      measure: 'gas',
      importance: 3,
      difficulty: 2,
      baseline: -1,
    },
    review: { gasScore: 0, status: 'achieved' },
    goalResult: 'achieved',
    intervention: {
      code: 'falls_prevention',
      label: 'Falls prevention',
      note: 'Strength and balance; stair rail fitted',
    },
    discharged: {
      fill: async (page) => {
        await page.check('#cfs-level-4');
      },
      // §1.3: 1 − (MO2 0.032 + SC2 0.038 + UA2 0.049) = 0.881.
      eq5d: { state: '22211', vas: 70, valueSet: 'UK_5L_2026' },
      shows: ['4 — Living with Very Mild Frailty (CFS 2.0)', `0.881 — ${UK_2026}`],
    },
    outcomes: {
      eq5d_index: [['0.740', UK_2026], ['0.881', UK_2026], '+0.141'],
      eq5d_vas: [['50'], ['70'], '+20'],
      cfs: [
        ['5', 'Living with Mild Frailty (CFS 2.0)'],
        ['4', 'Living with Very Mild Frailty'],
        '−1',
      ],
      // §6: one goal, so T = 50 + 10·x whatever its weight: baseline −1 → 40, reviewed at 0 → 50.
      gas: [['40.00'], ['50.00'], '+10.00'],
    },
    discharge: {
      reason: 'goals_met',
      reasonLabel: 'Goals met',
      gpAppointments: 3,
      advice: 'Ask about falls at the annual frailty review.',
      sendPrem: true,
    },
    letter: {
      'EQ-5D-5L index': ['0.740', '0.881', '+0.141'],
      'EQ VAS (0–100)': ['50', '70', '+20'],
      'Clinical Frailty Scale 2.0': ['5 (Living with', '4 (Living with', '−1'],
      'Goal Attainment Scaling T-score': ['40', '50', '+10'],
    },
  },
  {
    pathway: 'mental_health',
    givenName: 'Dylan',
    nhsNumber: '1573681938',
    openFrom: 'list',
    recordPathway: 'Mental health and wellbeing',
    letterPathway: 'Mental health and wellbeing',
    title: 'Mood and wellbeing assessment',
    required: [needed('Complete the PHQ-9'), needed('Complete the GAD-7'), NEEDS_EQ5D],
    contact: { mode: 'phone', minutes: 30, note: 'Low mood since the winter; agreed to meet' },
    initial: {
      fill: async (page) => {
        // §4: PHQ-9 2+2+1+2+1+1+1+1+0 = 11, moderate (10–14); item 9 is 0, so no flag.
        await answerItems(page, 'phq9', [2, 2, 1, 2, 1, 1, 1, 1, 0]);
        // §4: GAD-7 2+2+1+2+1+1+1 = 10, moderate (10–14).
        await answerItems(page, 'gad7', [2, 2, 1, 2, 1, 1, 1]);
      },
      // §1.3: 1 − (SC2 0.038 + UA2 0.049 + PD3 0.066 + AD4 0.313) = 0.534.
      eq5d: { state: '12234', vas: 40, valueSet: 'UK_5L_2026' },
      shows: [
        '11 — Moderate depression',
        '10 — Moderate anxiety',
        `0.534 — ${UK_2026}`,
        'EQ VAS 40',
      ],
    },
    goal: {
      wording: 'Go back to my Tuesday choir',
      measure: 'copm',
      importance: 9,
      performance: 2,
      satisfaction: 2,
    },
    goalResult: 'active',
    intervention: {
      code: 'graded_activity',
      label: 'Graded activity',
      note: 'Weekly plan: one outing, then two',
    },
    discharged: {
      fill: async (page) => {
        // §4: PHQ-9 1+1+0+1+0+0+1+0+0 = 4, none/minimal; GAD-7 1+0+1+1+0+0+0 = 3, minimal.
        await answerItems(page, 'phq9', [1, 1, 0, 1, 0, 0, 1, 0, 0]);
        await answerItems(page, 'gad7', [1, 0, 1, 1, 0, 0, 0]);
      },
      // §1.3: 1 − (PD2 0.056 + AD2 0.041) = 0.903.
      eq5d: { state: '11122', vas: 75, valueSet: 'UK_5L_2026' },
      shows: ['4 — None or minimal depression', '3 — Minimal anxiety', `0.903 — ${UK_2026}`],
    },
    outcomes: {
      eq5d_index: [['0.534', UK_2026], ['0.903', UK_2026], '+0.369'],
      phq9: [['11', 'Moderate depression'], ['4', 'None or minimal depression'], '−7'],
      gad7: [['10', 'Moderate anxiety'], ['3', 'Minimal anxiety'], '−7'],
    },
    discharge: {
      reason: 'self_managing',
      reasonLabel: 'Managing independently',
      secondaryCareReferral: true,
      medication: true,
      advice: 'Re-refer if her mood drops again this winter.',
      sendPrem: true,
    },
    letter: {
      'EQ-5D-5L index': ['0.534', '0.903', '+0.369'],
      'PHQ-9 (0–27)': ['11 (Moderate', '4 (None or', '−7'],
      'GAD-7 (0–21)': ['10 (Moderate', '3 (Minimal', '−7'],
    },
  },
  {
    pathway: 'work',
    givenName: 'Carys',
    nhsNumber: '9972200337',
    openFrom: 'caseload',
    recordPathway: 'Work and vocational rehabilitation',
    letterPathway: 'Work and vocational rehabilitation',
    title: 'Work and health assessment',
    required: [needed('Record the person’s work'), NEEDS_EQ5D],
    contact: { mode: 'video', minutes: 45, note: 'Off sick from the warehouse since August' },
    initial: {
      fill: async (page) => {
        await page.check('#work-status-sick_leave_fit_note');
        await page.fill('#work-was', '4');
        await page.fill('#work-jobTitle', 'Warehouse picker');
        await page.fill('#work-jobDemands', 'Lifting and walking all shift');
      },
      // §1.2 (England 2018): 1 − (MO2 0.058 + UA3 0.063 + PD3 0.084) = 0.795.
      eq5d: { state: '21331', vas: 55, valueSet: 'ENGLAND_5L_2018' },
      // §5: WAS 4 is "poor" (0–5; a convention, shown beside the score).
      shows: ['Off work sick, with a fit note', '4 — Poor', `0.795 — ${ENGLAND_2018}`],
    },
    goal: {
      wording: 'Back at work three days a week',
      measure: 'gas',
      importance: 3,
      difficulty: 3,
      baseline: -2,
    },
    review: { gasScore: 1, status: 'achieved' },
    goalResult: 'achieved',
    intervention: {
      code: 'workplace_adjustment_advice',
      label: 'Workplace adjustment advice',
      note: 'Phased return agreed with his manager',
    },
    discharged: {
      fill: async (page) => {
        await page.check('#work-status-in_work');
        await page.fill('#work-was', '8');
      },
      // §1.2: 11121 is a reference vector, 0.937 (1 − PD2 0.063).
      eq5d: { state: '11121', vas: 80, valueSet: 'ENGLAND_5L_2018' },
      // §5: WAS 8 is "good" (8–9).
      shows: ['In work', '8 — Good', `0.937 — ${ENGLAND_2018}`],
    },
    outcomes: {
      eq5d_index: [['0.795', ENGLAND_2018], ['0.937', ENGLAND_2018], '+0.142'],
      work_ability: [['4', 'Poor'], ['8', 'Good'], '+4'],
      // §6: one goal, T = 50 + 10·x: baseline −2 → 30, reviewed at +1 → 60.
      gas: [['30.00'], ['60.00'], '+30.00'],
    },
    discharge: {
      reason: 'goals_met',
      reasonLabel: 'Goals met',
      gpAppointments: 4,
      work: {
        status: 'in_work',
        detail: 'Three days a week on lighter duties',
        letter: 'in work: Three days a week on lighter duties',
      },
      advice: 'No fit note needed now; review if his back flares.',
      sendPrem: true,
    },
    letter: {
      'EQ-5D-5L index': ['0.795', '0.937', '+0.142'],
      'Work Ability Score (0–10)': ['4 (Poor)', '8 (Good)', '+4'],
      'Goal Attainment Scaling T-score': ['30', '60', '+30'],
    },
  },
  {
    pathway: 'memory',
    givenName: 'Elwyn',
    nhsNumber: '2245383230',
    openFrom: 'list',
    recordPathway: 'Memory and cognition',
    letterPathway: 'Memory and cognition',
    title: 'Memory assessment',
    required: [needed('Complete the 6CIT'), NEEDS_EQ5D],
    contact: {
      mode: 'in_person',
      minutes: 60,
      note: 'Seen with his daughter; forgetting appointments',
    },
    initial: {
      fill: async (page) => {
        // §8 6CIT: year right 0, month wrong 3, time wrong 3, one counting error 2, one months
        // error 2, one address part missed 2 → 12, significant impairment (10–28).
        await page.check('#sixCit-yearCorrect-yes');
        await page.check('#sixCit-monthCorrect-no');
        await page.check('#sixCit-timeCorrect-no');
        await page.check('#sixCit-countBackErrors-1');
        await page.check('#sixCit-monthsReverseErrors-1');
        await page.check('#sixCit-addressErrors-1');
        // §8 Mini-Cog: one word recalled + abnormal clock (0) = 1, a positive screen (0–2).
        await page.check('#miniCog-wordsRecalled-1');
        await page.check('#miniCog-clockNormal-no');
        await page.check('#bloodTests-requested-yes');
        await page.fill('#bloodTests-which', 'FBC, B12, folate, thyroid');
        await page.check('#memoryClinic-referred-yes');
        await page.fill('#memoryClinic-notes', 'Routine referral, GP informed');
      },
      // §1.3: 1 − (SC2 0.038 + UA3 0.086 + AD2 0.041) = 0.835.
      eq5d: { state: '12312', vas: 65, valueSet: 'UK_5L_2026' },
      shows: [
        '12 — Significant cognitive impairment: refer',
        '1 — Positive screen: possible cognitive impairment',
        'Requested: FBC, B12, folate, thyroid',
        'Referred',
        `0.835 — ${UK_2026}`,
      ],
    },
    goal: {
      wording: 'Keep my appointments with a planner',
      measure: 'gas',
      importance: 2,
      difficulty: 1,
      baseline: -1,
    },
    goalResult: 'active',
    intervention: {
      code: 'onward_referral',
      label: 'Onward referral',
      destination: 'Memory clinic',
      note: 'Referral letter sent',
    },
    discharged: {
      // §1.3: 1 − (SC2 0.038 + UA2 0.049 + AD2 0.041) = 0.872.
      eq5d: { state: '12212', vas: 70, valueSet: 'UK_5L_2026' },
      shows: [`0.872 — ${UK_2026}`, 'EQ VAS 70'],
    },
    outcomes: {
      eq5d_index: [['0.835', UK_2026], ['0.872', UK_2026], '+0.037'],
      six_cit: [
        ['12', 'Significant cognitive impairment: refer'],
        ['Not repeated yet'],
        'Not yet known',
      ],
      gas: [['40.00'], ['Not repeated yet'], 'Not yet known'],
    },
    discharge: {
      reason: 'onward_referral',
      reasonLabel: 'Referred on',
      gpAppointments: 1,
      advice: 'The memory clinic will write with its diagnosis.',
      sendPrem: true,
    },
    letter: {
      'EQ-5D-5L index': ['0.835', '0.872', '+0.037'],
      '6CIT (0–28)': ['12 (Significant', 'Not repeated', 'Not known'],
      'Goal Attainment Scaling T-score': ['40', 'Not repeated', 'Not known'],
    },
  },
  {
    pathway: 'daily_living',
    givenName: 'Bethan',
    nhsNumber: '5499095140',
    openFrom: 'caseload',
    recordPathway: 'Daily living and home',
    letterPathway: 'Daily living and home',
    title: 'Daily living assessment',
    required: [NEEDS_EQ5D, needed('Complete the COPM')],
    contact: { mode: 'home_visit', minutes: 90, note: 'Cannot get in or out of the bath' },
    initial: {
      fill: async (page) => {
        await page.check('#home-hazards-bathing');
        await fillCopm(page, INITIAL_COPM);
      },
      // §1.2 (England 2018): 1 − (MO3 0.076 + SC4 0.164 + UA4 0.162 + PD3 0.084 + AD2 0.078) = 0.436.
      eq5d: { state: '34432', vas: 35, valueSet: 'ENGLAND_5L_2018' },
      // §7: performance (3+4+5)/3 = 4.00, satisfaction (2+3+4)/3 = 3.00.
      shows: ['Performance 4.00, satisfaction 3.00', 'Bathing', `0.436 — ${ENGLAND_2018}`],
    },
    goal: {
      wording: 'Have a bath on my own',
      measure: 'copm',
      importance: 8,
      performance: 3,
      satisfaction: 2,
    },
    review: { performance: 8, satisfaction: 9, status: 'achieved' },
    goalResult: 'achieved',
    intervention: {
      code: 'home_adaptation',
      label: 'Home adaptation',
      note: 'Bath board and grab rail fitted',
    },
    discharged: {
      fill: async (page) => {
        await fillCopm(page, DISCHARGE_COPM);
      },
      // §1.2: 1 − (MO2 0.058 + SC3 0.080 + UA3 0.063 + PD2 0.063 + AD2 0.078) = 0.658.
      eq5d: { state: '23322', vas: 60, valueSet: 'ENGLAND_5L_2018' },
      // §7: performance (6+7+6)/3 = 6.33, satisfaction (5+6+7)/3 = 6.00.
      shows: ['Performance 6.33, satisfaction 6.00', `0.658 — ${ENGLAND_2018}`],
    },
    outcomes: {
      eq5d_index: [['0.436', ENGLAND_2018], ['0.658', ENGLAND_2018], '+0.222'],
      eq5d_vas: [['35'], ['60'], '+25'],
      // §7: change = reassessment − initial: +2.33 and +3.00.
      copm_performance: [['4.00'], ['6.33'], '+2.33'],
      copm_satisfaction: [['3.00'], ['6.00'], '+3.00'],
    },
    discharge: {
      reason: 'goals_met',
      reasonLabel: 'Goals met',
      gpAppointments: 2,
      medication: true,
      advice: 'Equipment on loan; call us if she moves house.',
      sendPrem: true,
    },
    letter: {
      'EQ-5D-5L index': ['0.436', '0.658', '+0.222'],
      'COPM performance (1–10)': ['4', '6.33', '+2.33'],
      'COPM satisfaction (1–10)': ['3', '6', '+3'],
    },
  },
  {
    pathway: 'signpost',
    givenName: 'Tomos',
    nhsNumber: '5475277206',
    openFrom: 'list',
    recordPathway: 'Signpost elsewhere',
    letterPathway: 'Signpost elsewhere',
    title: 'Assessment',
    required: [NEEDS_EQ5D],
    contact: { mode: 'phone', minutes: 20, note: 'Lonely since retiring; wants to get out more' },
    initial: {
      // §1.3: 22222 is a reference vector, 0.784.
      eq5d: { state: '22222', vas: 60, valueSet: 'UK_5L_2026' },
      shows: ['Health state 22222', `0.784 — ${UK_2026}`, 'EQ VAS 60'],
    },
    goal: {
      wording: 'Join the walking group in the park',
      measure: 'copm',
      importance: 7,
      performance: 2,
      satisfaction: 3,
    },
    goalResult: 'active',
    intervention: {
      code: 'social_prescribing',
      label: 'Social prescribing',
      note: 'Introduced to the community connector',
    },
    discharged: {
      // §1.3: 11111 is full health, 1 (shown to 3 dp).
      eq5d: { state: '11111', vas: 85, valueSet: 'UK_5L_2026' },
      shows: [`1.000 — ${UK_2026}`, 'EQ VAS 85'],
    },
    outcomes: {
      eq5d_index: [['0.784', UK_2026], ['1.000', UK_2026], '+0.216'],
      eq5d_vas: [['60'], ['85'], '+25'],
    },
    discharge: {
      reason: 'other',
      reasonLabel: 'Other',
      reasonDetail: 'Now supported by the community connector',
      advice: 'Nothing needed from the practice.',
      sendPrem: false,
    },
    letter: {
      'EQ-5D-5L index': ['0.784', '1.000', '+0.216'],
      'EQ VAS (0–100)': ['60', '85', '+25'],
    },
  },
];

describe.runIf(browserAvailable())('a whole episode on each pathway, in Chromium', () => {
  let h: BrowserHarness;
  let staff: Staff;
  let page: Page;
  const today = londonDateOf(Date.now());
  // The episode began six weeks ago: first contact and assessment then, the intervention midway.
  const began = addCalendarDays(today, -42);
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
      if (last !== 'Not repeated') expect(row).toContain(today);
      if (change.includes(' ')) expect(row).toContain(change);
      else expect(row.split(' ')).toContain(change);
    }
    const eq5d = letterOutcomeRow(text, 'EQ-5D-5L index');
    expect(eq5d).toMatch(j.initial.eq5d.valueSet === 'UK_5L_2026' ? /Rowen/ : /Devlin/);
    expect(eq5d).toContain(began);
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
