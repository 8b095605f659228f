import { describe, expect, it } from 'vitest';
import { gasTScore } from '../instruments/gas.js';
import { checkRiskAssessment, suggestOverallLevel } from '../record/risk.js';
import { riskDomainsFor } from '../record/risk-domains.js';
import {
  demoGasGoal,
  demoGasScore,
  demoHealthWorkReport,
  demoPremAnswers,
  demoRiskAssessment,
  givesHealthWorkReport,
} from './clinical-record.js';
import { Random } from './random.js';
import { DEFAULT_PARAMETERS, NEED_PATHWAYS } from './service-parameters.js';
import { type Measures } from './simulator.js';

const measures = (over: Partial<Measures> = {}): Measures => ({
  eq5d: { mobility: 2, selfCare: 1, usualActivities: 3, painDiscomfort: 2, anxietyDepression: 3 },
  vas: 55,
  phq9: [1, 2, 1, 1, 0, 1, 1, 0, 0],
  gad7: [1, 1, 1, 0, 1, 0, 1],
  workStatus: 'sick_leave_fit_note',
  adjustments: false,
  was: 4,
  cfs: 6,
  copmPerformance: 4,
  copmSatisfaction: 3,
  sixCitAddressErrors: 2,
  ...over,
});

const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;

describe('the demo OT’s risk assessments', () => {
  it('cover the pathway’s domains, pass the rules a real one must meet, and carry the suggested level', () => {
    const random = new Random('risk');
    for (const need of NEED_PATHWAYS)
      for (const crisis of [false, true])
        for (const item9 of [0, 2]) {
          const phq9 = [1, 2, 1, 1, 0, 1, 1, 0, item9];
          const r = demoRiskAssessment(random, need, crisis, measures({ phq9 }), '2026-06-02');
          expect(r.domains).toEqual(riskDomainsFor(need));
          expect(checkRiskAssessment(r, need), `${need} ${String(crisis)}`).toEqual([]);
          expect(r.level).toBe(suggestOverallLevel(r));
          expect(r.level).not.toBe('high');
          // Thoughts of suicide only where the pathway asks, for a crisis or PHQ-9 item 9 above 0,
          // and then always with a safety plan.
          const asks = riskDomainsFor(need).includes('suicide');
          expect(r.thoughts).toBe(asks && (crisis || item9 > 0) ? 'passive' : 'none');
          if (r.thoughts === 'passive') expect(r.safetyPlan.professionals).not.toBe('');
        }
  });

  it('finds a falls risk for everyone on the frailty and falls pathway, with the 12 STEADI answers', () => {
    const r = demoRiskAssessment(
      new Random('falls'),
      'frailty_falls',
      false,
      measures(),
      '2026-06-02',
    );
    expect(r.falls?.present).toBe(true);
    expect(r.falls?.stayIndependent).toHaveLength(12);
    // CFS 6 on frailty: moderate (Everyday suggests the highest level present).
    expect(r.level).toBe('moderate');
  });
});

describe('the demo’s GAS goals', () => {
  it('centre on the expected level, so the mean T-score of people who did not get worse is near 50', () => {
    // Turner-Stokes 2009: a T-score of 50 is every goal attained as expected.
    const random = new Random('gas');
    const t = Array.from({ length: 2000 }, () => {
      const gas = demoGasGoal(random);
      const score = demoGasScore(random, { worse: false }, gas.baseline);
      return gasTScore([{ weight: gas.importance * gas.difficulty, score }]);
    });
    const mean = t.reduce((a, b) => a + b, 0) / t.length;
    expect(mean).toBeGreaterThan(50);
    expect(mean).toBeLessThan(58);
  });
  it('leaves people who got worse at or below their baseline', () => {
    const random = new Random('gas-worse');
    for (let i = 0; i < 200; i += 1) {
      const baseline = random.chance(0.5) ? -1 : -2;
      expect(demoGasScore(random, { worse: true }, baseline)).toBeLessThanOrEqual(baseline);
    }
  });
});

describe('the demo’s Health and Work Reports and PREM answers', () => {
  it('gives a report to about the set share of people off sick on the work pathway, and to no one else', () => {
    const random = new Random('hwr');
    const off = Array.from({ length: 2000 }, () =>
      givesHealthWorkReport(random, DEFAULT_PARAMETERS, 'work', measures()),
    );
    expect(
      Math.abs(share(off) - DEFAULT_PARAMETERS.record.healthWorkReportWhenOffSick.value),
    ).toBeLessThan(0.04);
    expect(
      givesHealthWorkReport(
        random,
        DEFAULT_PARAMETERS,
        'work',
        measures({ workStatus: 'in_work' }),
      ),
    ).toBe(false);
    expect(givesHealthWorkReport(random, DEFAULT_PARAMETERS, 'memory', measures())).toBe(false);
  });
  it('writes a report whose period and review run from the day it is issued', () => {
    const practitioner = {
      name: 'Olivia Hughes',
      profession: 'occupational_therapist' as const,
      hcpcNumber: 'OT61234',
      organisation: 'North Trafford PCN',
      contact: '0161 496 0000',
    };
    const r = demoHealthWorkReport(new Random('hwr-2'), '2026-06-02', practitioner);
    expect(r.issuedOn).toBe('2026-06-02');
    expect(r.period.from).toBe('2026-06-02');
    expect(r.review.date).toBe(r.period.to);
    expect(r.period.to > r.period.from).toBe(true);
  });
  it('answers the PREM at about the set response rate, mostly positively', () => {
    const random = new Random('prem');
    const answers = Array.from({ length: 4000 }, () =>
      demoPremAnswers(random, DEFAULT_PARAMETERS, { worse: false }),
    );
    const given = answers.flatMap((a) => (a ? [a] : []));
    expect(
      Math.abs(given.length / answers.length - DEFAULT_PARAMETERS.record.premResponse.value),
    ).toBeLessThan(0.03);
    const positive = share(
      given.map((a) => a.experience === 'very_good' || a.experience === 'good'),
    );
    expect(Math.abs(positive - DEFAULT_PARAMETERS.record.premPositive.value)).toBeLessThan(0.03);
  });
});
