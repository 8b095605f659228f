/**
 * The people behind a figure, on the cohort of dashboard.test.ts: each list is the figure's
 * numerator there, worked by hand; and the query contracts' field-level refusals.
 */
import { describe, expect, it } from 'vitest';
import { ZEvidencePeopleQuery, ZEvidenceQuery } from '../contracts/evidence.js';
import { FACTS, Q } from '../testing/evidence-cohort.js';
import { figurePeople, type FigurePeopleFacts, type FigurePeopleQuery } from './figure-people.js';

// Each fact's subject: its person (requests) or a label naming what was counted.
const facts: FigurePeopleFacts<string> = {
  requests: FACTS.requests.map((r) => ({ ...r, subject: r.personId })),
  appointments: FACTS.appointments.map((a) => ({ ...a, subject: `appointment ${a.on}` })),
  episodes: FACTS.episodes.map((e) => ({ ...e, subject: `episode ${e.dischargedOn}` })),
};
const people = (q: Omit<FigurePeopleQuery, 'from' | 'to'>) =>
  figurePeople(facts, { ...Q, ...q }).subjects;

describe('figurePeople', () => {
  it('lists the numerator of each figure it supports', () => {
    // Requests received in the period: p1–p4 (4), not p5 (December).
    expect(people({ figure: 'requests' })).toEqual(['p1', 'p2', 'p3', 'p4']);
    // Did not attend: the one missed appointment, 15 January (numerator 1 of the rate 1 ÷ 4).
    expect(people({ figure: 'dna-rate' })).toEqual(['appointment 2026-01-15']);
    // Discharged: E5 (17 Jan) and E6 (10 Jan).
    expect(people({ figure: 'episodes-discharged' })).toEqual([
      'episode 2026-01-17',
      'episode 2026-01-10',
    ]);
    // Improved on the main measure and reliably improved on PHQ-9: E5 only (15 → 8).
    expect(people({ figure: 'improved-main-measure' })).toEqual(['episode 2026-01-17']);
    expect(people({ figure: 'reliable-improvement-phq9' })).toEqual(['episode 2026-01-17']);
  });

  it('keeps to a breakdown row, a practice and a pathway', () => {
    // IMD quintile 1 (deciles 1–2): p1 and p2, as the breakdown's row counts 2.
    expect(people({ figure: 'requests', group: 'imd-quintile:1' })).toEqual(['p1', 'p2']);
    expect(figurePeople(facts, { ...Q, figure: 'requests', group: 'imd-quintile:1' }).index).toBe(
      'IMD2019',
    );
    expect(people({ figure: 'requests', group: 'channel:phone' })).toEqual(['p2']);
    expect(people({ figure: 'requests', group: 'imd-decile:10' })).toEqual(['p4']);
    // Under WIMD 2019 nobody here is in quintile 1: indices are never mixed.
    expect(people({ figure: 'requests', group: 'imd-quintile:1', index: 'WIMD2019' })).toEqual([]);
    expect(people({ figure: 'dna-rate', group: 'imd-quintile:2' })).toEqual([
      'appointment 2026-01-15',
    ]);
    expect(people({ figure: 'requests', practiceId: 'P2' })).toEqual(['p3', 'p4']);
    expect(people({ figure: 'episodes-discharged', pathway: 'work' })).toEqual([
      'episode 2026-01-10',
    ]);
  });
});

describe('the evidence query contracts', () => {
  const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    r.error?.issues.map((i) => i.path.join('.')) ?? [];

  it('takes a comparison period with both ends, ending before the period starts', () => {
    expect(
      ZEvidenceQuery.safeParse({ ...Q, compareFrom: '2025-12-01', compareTo: '2026-01-04' })
        .success,
    ).toBe(true);
    expect(issues(ZEvidenceQuery.safeParse({ ...Q, compareFrom: '2025-12-01' }))).toEqual([
      'compareTo',
    ]);
    expect(issues(ZEvidenceQuery.safeParse({ ...Q, compareTo: '2025-12-01' }))).toEqual([
      'compareFrom',
    ]);
    // Overlapping the period, or backwards.
    expect(
      issues(
        ZEvidenceQuery.safeParse({ ...Q, compareFrom: '2025-12-01', compareTo: '2026-01-05' }),
      ),
    ).toEqual(['compareTo']);
    expect(
      issues(
        ZEvidenceQuery.safeParse({ ...Q, compareFrom: '2025-12-10', compareTo: '2025-12-01' }),
      ),
    ).toEqual(['compareTo']);
  });

  it('takes a known figure and a group named by a breakdown key', () => {
    expect(ZEvidencePeopleQuery.safeParse({ ...Q, figure: 'dna-rate' }).success).toBe(true);
    expect(issues(ZEvidencePeopleQuery.safeParse({ ...Q, figure: 'tt-recovery' }))).toEqual([
      'figure',
    ]);
    expect(
      issues(ZEvidencePeopleQuery.safeParse({ ...Q, figure: 'requests', group: 'postcode:LA9' })),
    ).toEqual(['group']);
  });
});
