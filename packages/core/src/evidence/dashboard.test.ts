/**
 * The evidence dashboard composed from a small cohort whose every figure is worked out by hand
 * below. Period Monday 5 January 2026 to Sunday 18 January 2026; today Tuesday 20 January.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceDashboard, Figure } from '../contracts/evidence.js';
import { FACTS, groups, imd, Q, request, TODAY } from '../testing/evidence-cohort.js';
import { evidenceDashboard, type ComposedDashboard } from './dashboard.js';
import type { EvidenceFacts, RequestFact } from './evidence-facts.js';

function figure(d: ComposedDashboard | EvidenceDashboard, key: string): Figure {
  const f = d.sections.flatMap((s) => s.figures).find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${key}`);
  return f;
}
const value = (d: ComposedDashboard, key: string) => figure(d, key).value;

describe('evidenceDashboard for an OT (exact figures)', () => {
  const d = evidenceDashboard(FACTS, Q, { patientAccess: true, today: TODAY });

  it('counts access and activity', () => {
    // Received in the period: p1–p4 (p5's request was in December).
    expect(figure(d, 'requests')).toMatchObject({ value: 4, suppressed: false });
    // 4 people ÷ (1,000 + 2,000) registered × 1,000 = 1.333.
    expect(value(d, 'uptake-per-1000')).toBeCloseTo(1.3333, 4);
    // Decisions of the 4: accepted 2, signposted 1, not yet triaged 1.
    expect(figure(d, 'triage-accepted')).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
    });
    expect(value(d, 'triage-signposted')).toBe(0.25);
    expect(value(d, 'triage-untriaged')).toBe(0.25);
    expect(value(d, 'triage-declined')).toBe(0);
    // Triaged in the period: 1, 3 and 0 days. Sorted 0, 1, 3: median 1; p90 h = 2 × 0.9 = 1.8
    // → 1 + 0.8 × (3 − 1) = 2.6 (type 7).
    expect(value(d, 'days-to-triage-median')).toBe(1);
    expect(value(d, 'days-to-triage-p90')).toBeCloseTo(2.6, 10);
    // First seen in the period: p1 after 7 days, p5 after 43. Median 25 days = 3.571 weeks; p90
    // h = 0.9 → 7 + 0.9 × 36 = 39.4 days = 5.629 weeks.
    expect(value(d, 'weeks-to-first-median')).toBeCloseTo(25 / 7, 10);
    expect(value(d, 'weeks-to-first-p90')).toBeCloseTo(39.4 / 7, 10);
    // Within 2 weeks (≤ 14 days) and 6 weeks (≤ 42): 7 only; within 18 (≤ 126): both.
    expect(figure(d, 'within-2-weeks')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figure(d, 'within-6-weeks')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figure(d, 'within-18-weeks')).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    // Attended 3, missed 1, the cancellation not counted: 1 ÷ 4. Wilson 1/4: 0.0456–0.6994.
    const dna = figure(d, 'dna-rate');
    expect(dna).toMatchObject({ value: 0.25, numerator: 1, denominator: 4 });
    expect(dna.lower).toBeCloseTo(0.0456, 4);
    expect(dna.upper).toBeCloseTo(0.6994, 4);
    // Discharged: E5 (2 sessions) and E6 (1). Mean 1.5, SD 0.7071, t(0.975, 1) = 12.706:
    // 1.5 ± 12.706 × 0.7071 / √2 = 1.5 ± 6.353.
    expect(value(d, 'episodes-discharged')).toBe(2);
    const sessions = figure(d, 'sessions-per-episode');
    expect(sessions.value).toBe(1.5);
    expect(sessions.lower).toBeCloseTo(-4.853, 2);
    expect(sessions.upper).toBeCloseTo(7.853, 2);
    expect(figure(d, 'single-contact-discharges')).toMatchObject({ numerator: 1, denominator: 2 });
    // Hidden wait: p5's episode, 13 → 16 January, 3 days (p1 has no second contact yet).
    expect(value(d, 'hidden-wait-median')).toBe(3);
  });

  it('gives paired outcomes per instrument and the NHS Talking Therapies rates', () => {
    // E5: PHQ-9 15 → 8 (−7), GAD-7 12 → 6 (−6), two sessions attended: finished. Caseness at
    // first (15 ≥ 10); at last 8 < 10 and 6 < 8: recovered. PHQ-9 down 7 ≥ 6: reliably improved,
    // no deterioration; so reliably recovered.
    expect(value(d, 'tt-finished')).toBe(1);
    expect(value(d, 'tt-recovery')).toBe(1);
    expect(value(d, 'tt-reliable-improvement')).toBe(1);
    expect(value(d, 'tt-reliable-deterioration')).toBe(0);
    expect(value(d, 'tt-reliable-recovery')).toBe(1);
    const phq = d.outcomes.find((o) => o.measure === 'phq9');
    expect(phq).toMatchObject({ paired: 1, missing: 0, meanFirst: 15, meanLast: 8 });
    expect(phq?.change).toMatchObject({ value: -7, lower: null, denominator: 1 });
    expect(phq?.reliablyImproved).toMatchObject({ numerator: 1, denominator: 1 });
    expect(d.outcomes.find((o) => o.measure === 'gad7')?.reliablyImproved?.value).toBe(1);
    // Work Ability 3 → 7: +4; one pair, so no baseline SD and no reliable change figure.
    const was = d.outcomes.find((o) => o.measure === 'work_ability');
    expect(was?.change.value).toBe(4);
    expect(was?.reliablyImproved).toBeNull();
    // EQ-5D index 0.5 → 0.8 within one value set, labelled with it.
    const eq = d.outcomes.find((o) => o.measure === 'eq5d_index');
    expect(eq?.qualifier).toBe('england_2018');
    expect(eq?.change.value).toBeCloseTo(0.3, 10);
    // 32211 → 21111: three dimensions better, none worse: better (Devlin et al. 2010).
    expect(value(d, 'eq5d-better')).toBe(1);
    expect(value(d, 'eq5d-worse')).toBe(0);
    // No COPM or GAS recorded: nobody counted.
    expect(figure(d, 'copm-important-change')).toMatchObject({ value: null, denominator: 0 });
    expect(value(d, 'gas-achieved')).toBeNull();
    // Main measure: E5 PHQ-9 improved; E6 has only the WAS without a reliable rule: 1 ÷ 1.
    expect(figure(d, 'improved-main-measure')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('counts work, what was avoided and experience', () => {
    // E6: off sick at the start, in work at discharge; one Health and Work Report.
    expect(figure(d, 'work-off-sick-start')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(figure(d, 'work-off-sick-discharge')).toMatchObject({ numerator: 0, denominator: 1 });
    expect(figure(d, 'work-returned-or-stayed')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(value(d, 'health-work-reports')).toBe(1);
    // E5 only: self-management, 2 GP appointments avoided, a CMHT referral avoided.
    expect(figure(d, 'self-management')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figure(d, 'gp-appointments-avoided')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(value(d, 'gp-appointments-avoided-count')).toBe(2);
    expect(figure(d, 'secondary-care-avoided')).toMatchObject({ numerator: 1, denominator: 2 });
    // Two PREMs: very good and poor. Positive 1 ÷ 2; the comment shown to an OT.
    expect(value(d, 'prems-answered')).toBe(2);
    expect(value(d, 'prem-positive')).toBe(0.5);
    expect(d.comments).toEqual([{ on: '2026-01-18', text: 'Really helped' }]);
    expect(d.disclosure).toBeNull();
  });

  it('breaks down by deprivation with the slope index of inequality', () => {
    const q = d.breakdowns.find((b) => b.key === 'imd-quintile');
    expect(q?.index).toBe('IMD2019');
    const requests = (group: string) =>
      q?.rows.find((r) => r.group === group)?.figures.find((f) => f.key === 'requests')?.value;
    // Received: deciles 1, 2 (Q1), 5 (Q3), 10 (Q5).
    expect(['1', '2', '3', '4', '5'].map(requests)).toEqual([2, 0, 1, 0, 1]);
    expect(q?.unknown).toBe(0);
    // DNA: Q1 0 of 1 (p1), Q2 1 of 3 (p5). PHS SII on two groups, populations 1 and 3: shares
    // 0.25, 0.75, ranks 0.125, 0.625, mean rank 0.5, mean rate 0.25; Sxx = 0.046875,
    // Sxy = 0.03125, slope 0.6667, SII = −0.6667 (the less deprived quintile misses more);
    // RII = −0.6667 / 0.25 = −2.667. No CI with two groups.
    const dna = d.inequality.find((i) => i.key === 'dna-rate');
    expect(dna?.sii.value).toBeCloseTo(-2 / 3, 10);
    expect(dna?.sii.lower).toBeNull();
    expect(dna?.rii.value).toBeCloseTo(-8 / 3, 10);
    // Improvement: only Q2 has an episode with a main measure, so no gradient.
    expect(d.inequality.find((i) => i.key === 'improved-main-measure')?.sii.value).toBeNull();
    const practice = d.breakdowns.find((b) => b.key === 'practice');
    // Oak: p1, p2 → 2 ÷ 1,000 × 1,000 = 2.0; Ash: p3, p4 → 2 ÷ 2,000 × 1,000 = 1.0.
    expect(
      practice?.rows.map((r) => [
        r.name,
        r.figures.find((f) => f.key === 'uptake-per-1000')?.value,
      ]),
    ).toEqual([
      ['Oak Practice', 2],
      ['Ash Practice', 1],
    ]);
    // Core20 (IMD deciles 1–2): p1, p2; others p3, p4.
    const core20 = d.breakdowns.find((b) => b.key === 'core20');
    expect(core20?.rows.map((r) => r.figures[0]?.value)).toEqual([2, 2]);
    // Age bands: 40 → 30-44, 70 → 65-74, 25 → 18-29, p4 unknown.
    const age = d.breakdowns.find((b) => b.key === 'age-band');
    expect(age?.unknown).toBe(1);
    expect(age?.rows.filter((r) => r.figures[0]?.value).map((r) => r.group)).toEqual([
      '18-29',
      '30-44',
      '65-74',
    ]);
  });

  it('gives a weekly trend of requests, first appointments, attendances and who waits', () => {
    // Week of 5 Jan: received p1–p4; at Sunday 11 Jan waiting p1, p2, p4 and p5 (p3 was
    // signposted); longest p5, 1 Dec → 11 Jan = 41 days = 5 completed weeks.
    // Week of 12 Jan: first seen p1 (12th), p5 (13th); attended 12th, 13th, 16th; at Sunday 18
    // Jan waiting p2 (13 days) and p4 (11 days): longest 1 week.
    expect(d.trend).toEqual([
      {
        week: '2026-01-05',
        requests: 4,
        firstAppointments: 0,
        attended: 0,
        waiting: 4,
        longestWaitWeeks: 5,
      },
      {
        week: '2026-01-12',
        requests: 0,
        firstAppointments: 2,
        attended: 3,
        waiting: 2,
        longestWaitWeeks: 1,
      },
    ]);
  });

  it('narrows to a practice and a pathway', () => {
    const oak = evidenceDashboard(
      FACTS,
      { ...Q, practiceId: 'P1' },
      { patientAccess: true, today: TODAY },
    );
    expect(value(oak, 'requests')).toBe(2);
    // 2 people ÷ 1,000 × 1,000.
    expect(value(oak, 'uptake-per-1000')).toBe(2);
    expect(value(oak, 'episodes-discharged')).toBe(1);
    const work = evidenceDashboard(
      FACTS,
      { ...Q, pathway: 'work' },
      { patientAccess: true, today: TODAY },
    );
    expect(value(work, 'requests')).toBe(0);
    expect(value(work, 'episodes-discharged')).toBe(1);
    expect(value(work, 'prems-answered')).toBe(1);
  });

  it('defines every figure it returns, in English and Welsh', () => {
    const keys = new Set(d.definitions.map((x) => x.key));
    const used = [
      ...d.sections.flatMap((s) => s.figures),
      ...d.outcomes.flatMap((o) => [o.change, o.reliablyImproved, o.reliablyDeteriorated]),
      ...d.breakdowns.flatMap((b) => b.rows.flatMap((r) => r.figures)),
      ...d.inequality.flatMap((i) => [i.sii, i.rii]),
    ].flatMap((f) => (f ? [f.key] : []));
    for (const key of used) expect(keys, key).toContain(key);
    for (const def of d.definitions) {
      expect(def.title.cy.length, def.key).toBeGreaterThan(0);
      expect(def.definition.cy, def.key).not.toBe(def.definition.en);
    }
  });
});

describe('the figures added for issue 12: OT-weeks, costs, medication, channel, decile, comparison', () => {
  const d = evidenceDashboard(FACTS, Q, { patientAccess: true, today: TODAY });

  it('counts contacts per OT-week against the benchmark of 32 (seed 002)', () => {
    // Attended in the period: 12 Jan (ot-a), 13 Jan (ot-a), 16 Jan (ot-b), all in the week of
    // Monday 12 January; the missed one on 15 Jan (ot-b) is no contact. OT-weeks: (ot-a, 12 Jan)
    // and (ot-b, 12 Jan) = 2. 3 ÷ 2 = 1.5.
    expect(figure(d, 'contacts-per-ot-week')).toMatchObject({
      value: 1.5,
      numerator: 3,
      denominator: 2,
      unit: 'count',
      benchmark: 32,
    });
  });

  it('gives medication avoided and the PSSRU 2020 cost comparison from what was recorded', () => {
    // E5 recorded medication avoided, E6 not: 1 ÷ 2.
    expect(figure(d, 'medication-avoided')).toMatchObject({ numerator: 1, denominator: 2 });
    // GP: 2 appointments recorded as avoided (E5) × 9.22 min ÷ 60 × £184 = £56.549 → £56.55;
    // low 6.915 min → £42.412 → £42.41; high 11.525 min → £70.687 → £70.69.
    const gp = figure(d, 'cost-gp-avoided');
    expect(gp).toMatchObject({ unit: 'gbp', numerator: 2, denominator: 2, suppressed: false });
    expect(gp.value).toBeCloseTo(56.55, 2);
    expect(gp.lower).toBeCloseTo(42.41, 2);
    expect(gp.upper).toBeCloseTo(70.69, 2);
    // OT: 3 contacts (E5 2, E6 1); E5's one recorded at 45 minutes, the other two at the default
    // 30: 105 minutes ÷ 60 × £120 = £210 under every assumption (the OT range is 30–30).
    expect(figure(d, 'cost-ot')).toMatchObject({
      value: 210,
      lower: 210,
      upper: 210,
      numerator: 3,
      denominator: 2,
    });
    // Net: 56.549 − 210 = −£153.45; low 42.412 − 210 = −£167.59; high 70.687 − 210 = −£139.31.
    const net = figure(d, 'cost-net');
    expect(net.value).toBeCloseTo(-153.45, 2);
    expect(net.lower).toBeCloseTo(-167.59, 2);
    expect(net.upper).toBeCloseTo(-139.31, 2);
    // Per discharged episode (2): −£76.73, −£83.79, −£69.66.
    const each = figure(d, 'cost-net-per-episode');
    expect(each.value).toBeCloseTo(-76.73, 2);
    expect(each.lower).toBeCloseTo(-83.79, 2);
    expect(each.upper).toBeCloseTo(-69.66, 2);
    const def = d.definitions.find((x) => x.key === 'cost-gp-avoided');
    expect(def?.definition.en).toContain('as avoided by the OT at discharge');
    expect(def?.definition.en).toContain('Unit Costs of Health and Social Care 2020');
    expect(def?.definition.en).toContain('price year 2020');
    expect(def?.definition.cy).toContain('blwyddyn brisiau 2020');
  });

  it('breaks requests down by channel and by IMD decile', () => {
    const rows = (key: string) =>
      d.breakdowns
        .find((b) => b.key === key)
        ?.rows.map((r) => [r.group, r.name, r.figures.find((f) => f.key === 'requests')?.value]);
    // p1 online, p2 phone, p3 from another system, p4 a clinician's referral; desk none.
    expect(rows('channel')).toEqual([
      ['online', null, 1],
      ['phone', null, 1],
      ['desk', null, 0],
      ['clinician_referral', null, 1],
      ['community-care-record', 'community-care-record', 1],
    ]);
    // Deciles 1, 2, 5 and 10 (IMD 2019 only).
    const decile = d.breakdowns.find((b) => b.key === 'imd-decile');
    expect(decile?.index).toBe('IMD2019');
    expect(decile?.rows.map((r) => r.figures[0]?.value)).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 0, 1]);
    // DNA by decile: p5 (decile 3) missed 1 of 3; p1 (decile 1) 0 of 1.
    expect(decile?.rows[2]?.figures[1]).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('never puts a WIMD 2019 decile in an IMD 2019 breakdown', () => {
    const facts: EvidenceFacts = {
      ...FACTS,
      requests: [
        ...FACTS.requests,
        request({
          personId: 'w1',
          receivedOn: '2026-01-06',
          groups: groups({ deprivation: { index: 'WIMD2019', decile: 1 } }),
        }),
      ],
    };
    const decile = evidenceDashboard(facts, Q, {
      patientAccess: true,
      today: TODAY,
    }).breakdowns.find((b) => b.key === 'imd-decile');
    // Most are IMD 2019: the Welsh decile 1 is unknown, not in decile 1.
    expect(decile?.rows[0]?.figures[0]?.value).toBe(1);
    expect(decile?.unknown).toBe(1);
  });

  it('composes the headline sections of a comparison period', () => {
    const c = evidenceDashboard(
      FACTS,
      { ...Q, compareFrom: '2025-12-01', compareTo: '2025-12-31' },
      { patientAccess: true, today: TODAY },
    );
    expect(c.query).toMatchObject({ compareFrom: '2025-12-01', compareTo: '2025-12-31' });
    expect(c.comparison?.from).toBe('2025-12-01');
    // The same sections and figure keys as the period's own.
    expect(c.comparison?.sections.map((s) => s.figures.map((f) => f.key))).toEqual(
      c.sections.map((s) => s.figures.map((f) => f.key)),
    );
    const then = (key: string) =>
      c.comparison?.sections.flatMap((s) => s.figures).find((f) => f.key === key);
    // December: p5's request (1 December), triaged the next day; nothing discharged.
    expect(then('requests')?.value).toBe(1);
    expect(then('days-to-triage-median')?.value).toBe(1);
    expect(then('episodes-discharged')?.value).toBe(0);
    expect(then('cost-net')).toMatchObject({ value: null, suppressed: false });
    // The period's own figures are unchanged, and without a comparison there is none.
    expect(value(c, 'requests')).toBe(4);
    expect(d.comparison).toBeNull();
  });

  it('hides the costs and the contacts per OT-week from a lead when their counts are small', () => {
    const lead = evidenceDashboard(FACTS, Q, { patientAccess: false, today: TODAY });
    for (const key of ['cost-gp-avoided', 'cost-ot', 'cost-net', 'cost-net-per-episode'])
      expect(figure(lead, key)).toMatchObject({ value: null, suppressed: true });
    expect(figure(lead, 'contacts-per-ot-week')).toMatchObject({ value: null, suppressed: true });
  });
});

describe('evidenceDashboard for a lead (disclosure control)', () => {
  it('suppresses every count of 1–7 and hides the comments', () => {
    const d = evidenceDashboard(FACTS, Q, { patientAccess: false, today: TODAY });
    // 4 requests, 2 discharges, 2 PREMs: all 1–7, so suppressed, and every rate made from them.
    expect(figure(d, 'requests')).toMatchObject({ value: null, numerator: null, suppressed: true });
    expect(figure(d, 'dna-rate')).toMatchObject({ value: null, suppressed: true });
    // A median of 3 values is not shown.
    expect(figure(d, 'days-to-triage-median')).toMatchObject({ value: null, suppressed: true });
    expect(d.outcomes.find((o) => o.measure === 'phq9')).toMatchObject({
      paired: null,
      meanFirst: null,
    });
    expect(d.trend[0]).toMatchObject({ requests: null, waiting: null, longestWaitWeeks: null });
    expect(d.inequality.every((i) => i.sii.suppressed)).toBe(true);
    expect(d.comments).toBeNull();
    expect(d.disclosure?.rule).toContain('NHS Digital');
  });

  it('rounds to 5, takes rates from rounded counts and suppresses a second cell in a breakdown', () => {
    // 24 requests: 12 from decile 1 (Q1), 3 from decile 3 (Q2), 9 from decile 5 (Q3).
    const many = (n: number, decile: number, from: number): RequestFact[] =>
      Array.from({ length: n }, (_, i) =>
        request({
          personId: `q${String(from + i)}`,
          receivedOn: '2026-01-06',
          triagedOn: '2026-01-07',
          decision: i % 2 === 0 ? 'accepted' : 'signposted',
          groups: groups({ deprivation: imd(decile) }),
        }),
      );
    const facts: EvidenceFacts = {
      ...FACTS,
      requests: [...many(12, 1, 0), ...many(3, 3, 100), ...many(9, 5, 200)],
    };
    const d = evidenceDashboard(facts, Q, { patientAccess: false, today: TODAY });
    // 24 → 25. Accepted: 6 + 2 + 5 = 13 → 15; rate 15 / 25 = 0.6 from the rounded counts.
    expect(figure(d, 'requests')).toMatchObject({ value: 25, suppressed: false });
    expect(figure(d, 'triage-accepted')).toMatchObject({
      value: 0.6,
      numerator: 15,
      denominator: 25,
    });
    // Q2's 3 is suppressed; alone it could be worked back from 25 − 10 − 10, so the smallest
    // other non-zero cell (Q3's 9) is hidden too. Q1 12 → 10; Q4, Q5 and unknown are 0.
    const q = d.breakdowns.find((b) => b.key === 'imd-quintile');
    expect(q?.rows.map((r) => r.figures.find((f) => f.key === 'requests')?.value)).toEqual([
      10,
      null,
      null,
      0,
      0,
    ]);
    expect(q?.unknown).toBe(0);
    // 24 people over 3,000 registered: 25 / 3,000 × 1,000 = 8.333 per 1,000.
    expect(value(d, 'uptake-per-1000')).toBeCloseTo(8.3333, 4);
    // Days to triage: 24 values of 1 day; a median over 8 or more is shown.
    expect(figure(d, 'days-to-triage-median')).toMatchObject({ value: 1, denominator: 25 });
  });
});
