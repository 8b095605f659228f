import type { PlanningOverviewBody, ProjectionResultBody } from '@everyday/core';
import { SERIES } from '@everyday/core';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import cy from '../locales/planning.cy.json' with { type: 'json' };
import en from '../locales/planning.en.json' with { type: 'json' };
import staffCy from '../locales/staff.cy.json' with { type: 'json' };
import staffEn from '../locales/staff.en.json' with { type: 'json' };
import {
  assumptionEntries,
  assumptionSourceText,
  assumptionValueText,
  changeText,
  comparisonPoints,
  countText,
  demandCapacityPoints,
  demandCapacityTotals,
  groupName,
  progressStep,
  projectionName,
  projectionOf,
  projectionSummary,
  signedText,
  targetText,
} from './planning-view.js';

const i18n = createInstance();
await i18n.init({
  lng: 'en',
  resources: {
    en: { translation: { ...en, ...staffEn } },
    cy: { translation: { ...cy, ...staffCy } },
  },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const t = i18n.getFixedT('en');
const tCy = i18n.getFixedT('cy');

const assumption = (value: number, source: 'record' | 'default', n = 0) => ({ value, source, n });
const baseline: PlanningOverviewBody['baseline'] = {
  start: '2026-12-14',
  slotsPerWeek: 44,
  sessionsPerWeek: 11,
  slotsPerSession: 4,
  waitingNow: 63,
  assumptions: {
    didNotAttend: assumption(0.09, 'default'),
    lateCancellation: assumption(0.071, 'record', 412),
    rebookAfterDidNotAttend: assumption(0.7, 'default'),
    withdrawPerWeek: assumption(0.0025, 'record', 1300),
    meanSessions: assumption(3.04, 'record', 96),
    daysBetweenSessions: assumption(10, 'default'),
    demandPerWeek: assumption(12.5, 'record', 325),
  },
};

/** A 52-week result whose list size is `list(week)` at the median, ±10 at the 10th/90th. */
function result(list: (week: number) => number, over: Partial<ProjectionResultBody> = {}) {
  const flat = (v: number | null) => ({
    p10: Array<number | null>(52).fill(v),
    p50: Array<number | null>(52).fill(v),
    p90: Array<number | null>(52).fill(v),
  });
  const percentiles = Object.fromEntries(SERIES.map((k) => [k, flat(0)])) as Record<
    (typeof SERIES)[number],
    ReturnType<typeof flat>
  >;
  const weeks = Array.from({ length: 52 }, (_, w) => w);
  percentiles.listSize = {
    p10: weeks.map((w) => list(w) - 10),
    p50: weeks.map(list),
    p90: weeks.map((w) => list(w) + 10),
  };
  percentiles.longestWaitWeeks = flat(9);
  // Weeks 0–25 at 0.2 are not counted; of the final 26, 13 at 0.8 and 13 with nobody seen.
  percentiles.seenWithinTarget.p50 = weeks.map((w) => (w < 26 ? 0.2 : w % 2 === 0 ? 0.8 : null));
  return {
    start: '2026-12-14',
    seed: 'everyday',
    weeks: 52,
    targetWeeks: 6,
    runsRequested: 200,
    runs: 200,
    stopped: false,
    slotsPerWeek: 44,
    percentiles,
    workforce: null,
    vacancyRisk: null,
    ...over,
  } satisfies ProjectionResultBody;
}

describe('the planning page’s numbers in words', () => {
  it('shows a count the small-number rule held back as “fewer than 8”, in English and Welsh', () => {
    expect(countText(null, 'en-GB', t)).toBe('fewer than 8');
    expect(countText(null, 'cy-GB', tCy)).toBe('llai nag 8');
    expect(countText(1234, 'en-GB', t)).toBe('1,234');
    expect(countText(0, 'en-GB', t)).toBe('0');
  });

  it('names the whole list and each pathway and tier', () => {
    expect(groupName({ pathway: null, tier: null }, t)).toBe('The whole waiting list');
    expect(groupName({ pathway: 'memory', tier: 'targeted' }, t)).toBe(
      'Memory and cognition, Targeted',
    );
    expect(groupName({ pathway: 'memory', tier: 'targeted' }, tCy)).toBe(
      `${staffCy.triage.pathway.memory}, ${staffCy.triage.tier.targeted}`,
    );
  });

  it('keeps a held-back week a gap in the chart, and gives no total over one', () => {
    const weeks: PlanningOverviewBody['weeks'] = [
      { weekStart: '2026-11-02', joined: 12, booked: 10, slots: 44, slotsBooked: 40 },
      { weekStart: '2026-11-09', joined: null, booked: 9, slots: 40, slotsBooked: null },
    ];
    expect(demandCapacityPoints(weeks, 'en-GB')).toEqual([
      { label: '2 Nov', joined: 12, booked: 10, slots: 44 },
      { label: '9 Nov', joined: null, booked: 9, slots: 40 },
    ]);
    expect(demandCapacityTotals(weeks)).toEqual({ joined: null, booked: 19, slots: 84 });
  });

  it('lists every assumption in order, its value in words and where it came from', () => {
    const entries = assumptionEntries(baseline);
    expect(entries.map((e) => e.key)).toEqual([
      'demandPerWeek',
      'didNotAttend',
      'lateCancellation',
      'rebookAfterDidNotAttend',
      'withdrawPerWeek',
      'meanSessions',
      'daysBetweenSessions',
    ]);
    const text = entries.map(({ key, assumption: a }) => [
      assumptionValueText(key, a.value, 'en-GB', t),
      assumptionSourceText(a, 'en-GB', t),
    ]);
    expect(text).toEqual([
      ['12.5 a week', 'From the record (n 325)'],
      ['9%', 'A demo default'],
      ['7.1%', 'From the record (n 412)'],
      ['70%', 'A demo default'],
      ['0.25% a week', 'From the record (n 1,300)'],
      ['3', 'From the record (n 96)'],
      ['10 days', 'A demo default'],
    ]);
    expect(assumptionValueText('daysBetweenSessions', 1, 'en-GB', t)).toBe('1 day');
    expect(assumptionValueText('daysBetweenSessions', 10, 'cy-GB', tCy)).toBe('10 diwrnod');
    expect(assumptionSourceText(baseline.assumptions.didNotAttend, 'cy-GB', tCy)).toBe(
      'Rhagosodiad demo',
    );
  });

  it('says each kind of change in words', () => {
    const practice = (id: string) => (id === 'p1' ? 'Bridge Street Surgery' : undefined);
    const say = (change: Parameters<typeof changeText>[0]) =>
      changeText(change, 'en-GB', t, practice);
    expect(
      say({ kind: 'sessions', sessionsPerWeek: 2, fromWeek: 0, practiceId: null, pathway: null }),
    ).toBe('+2 sessions a week from the start (any practice; any pathway)');
    expect(
      say({
        kind: 'sessions',
        sessionsPerWeek: -1.5,
        fromWeek: 1,
        practiceId: 'p1',
        pathway: 'work',
      }),
    ).toBe(
      '-1.5 sessions a week after 1 week (Bridge Street Surgery; Work and vocational rehabilitation)',
    );
    expect(
      say({ kind: 'new_ot', wte: 0.8, leadTimeWeeks: 12, vacancyRisk: 0.114, practiceId: 'gone' }),
    ).toBe(
      'A new OT at 0.8 WTE after a lead time of 12 weeks, with a 11.4% chance the post stays vacant (a practice no longer in your organisations)',
    );
    expect(say({ kind: 'demand', percent: 10, pathway: 'memory' })).toBe(
      'Demand +10% (Memory and cognition)',
    );
    expect(
      say({
        kind: 'tiered',
        groupShare: 0.3,
        selfHelpShare: 0.2,
        groupPlaces: 8,
        groupEveryWeeks: 6,
        pathway: null,
      }),
    ).toBe(
      'Tiered model: 30% of routine referrals to groups and 20% to self-help, a group of 8 places every 6 weeks (any pathway)',
    );
    expect(say({ kind: 'dna_reduction', relativeReduction: 0.3 })).toBe(
      'Missed appointments down by 30%',
    );
    expect(signedText(0, 'en-GB')).toBe('0');
    expect(targetText({ withinWeeks: 6, share: 0.9 }, 'en-GB', t)).toBe('90% seen within 6 weeks');
    expect(targetText({ withinWeeks: 6, share: 0.9 }, 'cy-GB', tCy)).toBe(
      '90% wedi’u gweld o fewn 6 wythnos',
    );
    expect(targetText(null, 'en-GB', t)).toBe('No target');
  });

  it('names a projection by its scenario, or the baseline', () => {
    expect(projectionName({ scenarioId: null, scenarioName: null }, t)).toBe('Baseline');
    expect(projectionName({ scenarioId: 'a', scenarioName: 'Two more sessions' }, t)).toBe(
      'Two more sessions',
    );
    expect(projectionName({ scenarioId: null, scenarioName: null }, tCy)).toBe('Llinell sylfaen');
    // After "of", with the scenario's name quoted (so Welsh "o" mutates nothing).
    expect(projectionOf({ scenarioId: null, scenarioName: null }, t)).toBe('of the baseline');
    expect(projectionOf({ scenarioId: null, scenarioName: null }, tCy)).toBe('o’r llinell sylfaen');
    expect(projectionOf({ scenarioId: 'a', scenarioName: 'Dwy sesiwn arall' }, tCy)).toBe(
      'o “Dwy sesiwn arall”',
    );
  });
});

describe('the comparison of projections', () => {
  it('summarises week 52, and the final 26 weeks’ median share seen within target as core does', () => {
    const summary = projectionSummary(result((w) => 100 + w));
    expect(summary.week).toBe(52);
    expect(summary.listSize).toEqual({ p10: 141, p50: 151, p90: 161 });
    expect(summary.longestWaitWeeks).toEqual({ p10: 9, p50: 9, p90: 9 });
    // 13 weeks at 0.8 and 13 with nobody seen: 0.8, the first 26 weeks not counted.
    expect(summary.shareSeenWithinTarget).toBe(0.8);
    expect(summary.shareWeeks).toBe(26);
    expect(summary.workforce).toBeNull();
  });

  it('gives each week each projection’s median and 10th–90th band, labelled by the week’s end', () => {
    const points = comparisonPoints([result((w) => 100 + w), result(() => 50)], 'en-GB');
    expect(points).toHaveLength(52);
    // Week 0 runs from Monday 14 December to Sunday 20 December.
    expect(points[0]).toEqual({
      label: '20 Dec',
      median0: 100,
      band0: [90, 110],
      median1: 50,
      band1: [40, 60],
    });
    expect(points[51]?.median0).toBe(151);
    expect(comparisonPoints([], 'en-GB')).toEqual([]);
  });

  it('announces progress in quarters only', () => {
    expect([0, 0.1, 0.25, 0.49, 0.5, 0.8, 0.999, 1, 1.2, -1].map(progressStep)).toEqual([
      0, 0, 25, 25, 50, 75, 75, 100, 100, 0,
    ]);
  });
});
