/**
 * The six journeys of record-pathways.e2e.ts: what the OT records on each pathway and what
 * Everyday must show and write back. Every expected score is worked out by hand from
 * ../shared/reference/INSTRUMENTS.md (the section is cited beside it).
 */
import type { Page } from 'playwright-core';
import type { Pathway } from '@everyday/core';
import {
  answerItems,
  fillCopm,
  type CopmRow,
  type Eq5dAnswers,
  type LetterMeasure,
} from './record-pathway-support.js';

const UK_2026 = 'EQ-5D-5L index, UK value set (Rowen et al. 2026)';
const ENGLAND_2018 = 'EQ-5D-5L index, England value set (Devlin et al. 2018)';
const needed = (what: string) => `${what}: it is needed for this assessment`;
export const NEEDS_EQ5D = needed('Complete the EQ-5D-5L');
/** An NHS number as shown: 3 3 4. */
export const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;

/** An outcome on the record page: the first and latest cells contain these, the change cell is this. */
type PageOutcome = readonly [first: readonly string[], latest: readonly string[], change: string];
/** An outcome row of the letter: first value, last value (or "Not repeated"), change. */
export type LetterOutcome = readonly [first: string, last: string, change: string];

export interface Assessment {
  /** Fills the pathway's own instruments (EQ-5D-5L is filled by the journey). */
  fill?: (page: Page) => Promise<void>;
  eq5d: Eq5dAnswers;
  /** What the saved assessment shows among its scores. */
  shows: readonly string[];
}

export interface Journey {
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

export const JOURNEYS: readonly Journey[] = [
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
    goalResult: 'Achieved',
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
    goalResult: 'Still being worked on',
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
    goalResult: 'Achieved',
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
        letter: 'In work: Three days a week on lighter duties',
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
    goalResult: 'Still being worked on',
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
    goalResult: 'Achieved',
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
    goalResult: 'Still being worked on',
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
