/**
 * Paired change. RCI: the formula of Jacobson NS, Truax P, J Consult Clin Psychol
 * 1991;59(1):12–19, worked by hand (SD 5, r 0.84: SEdiff = 5·√2·0.4 = 2.8284). COPM: the
 * "two or more points" rule (Law et al., COPM manual; thecopm.ca FAQ). GAS: T = 50 for goals
 * all at 0 and 40 for one goal at −1 (Turner-Stokes 2009). EQ-5D: the four Paretian classes
 * of Devlin, Parkin & Browne, Health Econ 2010;19:886–905 (Table/Figure 1 definitions).
 */
import { describe, expect, it } from 'vitest';
import { eq5dIndex } from '../instruments/eq5d.js';
import {
  copmImportantChange,
  eq5dIndexChange,
  eq5dParetoChange,
  eq5dParetoSummary,
  gasAchieved,
  pairedChange,
  RCI_RELIABILITIES,
  reliableChangeIndex,
} from './change.js';
import { EvidenceInputError } from './evidence-error.js';

describe('pairedChange', () => {
  it('hand-worked: pairs 10→6, 8→8, 12→5 and two incomplete → n 3, missing 2, mean −11/3', () => {
    const result = pairedChange([
      { first: 10, last: 6 },
      { first: 8, last: 8 },
      { first: 12, last: 5 },
      { first: 9, last: null },
      { first: null, last: 3 },
    ]);
    expect(result.nPaired).toBe(3);
    expect(result.nMissing).toBe(2);
    expect(result.change?.mean).toBeCloseTo(-11 / 3, 12);
    // SD of −4, 0, −7 = √(37/3) = 3.5119; t(0.975, 2) = 4.303
    expect(result.change?.sd).toBeCloseTo(3.511885, 5);
    expect(result.change?.lower).toBeCloseTo(-11 / 3 - (4.302653 * 3.511885) / Math.sqrt(3), 3);
  });

  it('nothing paired gives no change', () => {
    expect(pairedChange([{ first: 1, last: null }]).change).toBeNull();
  });
});

describe('reliableChangeIndex (Jacobson & Truax 1991)', () => {
  it('20 → 10, SD 5, r 0.84: RCI −3.5355, reliable decrease', () => {
    const result = reliableChangeIndex(20, 10, 5, 0.84);
    expect(result.standardErrorOfDifference).toBeCloseTo(2.828427, 6);
    expect(result.rci).toBeCloseTo(-3.535534, 6);
    expect(result.reliable).toBe(true);
    expect(result.direction).toBe('decrease');
  });

  it('20 → 15 with the same SD and r: RCI −1.77, not reliable', () => {
    const result = reliableChangeIndex(20, 15, 5, RCI_RELIABILITIES.phq9.r);
    expect(result.rci).toBeCloseTo(-1.767767, 6);
    expect(result.reliable).toBe(false);
    expect(result.direction).toBe('none');
  });

  it('refuses SD 0 and r = 1', () => {
    expect(() => reliableChangeIndex(1, 2, 0, 0.8)).toThrow(EvidenceInputError);
    expect(() => reliableChangeIndex(1, 2, 1, 1)).toThrow(EvidenceInputError);
  });

  it('marks which reliabilities are our assumptions', () => {
    expect(RCI_RELIABILITIES.phq9.assumption).toBe(false);
    expect(RCI_RELIABILITIES.workAbilityScore.assumption).toBe(true);
  });
});

describe('copmImportantChange (≥ 2 points)', () => {
  it('4.2 → 6.2 and 3.0 → 5.5: both improved by ≥ 2', () => {
    const result = copmImportantChange(
      { performance: 4.2, satisfaction: 3 },
      { performance: 6.2, satisfaction: 5.5 },
    );
    expect(result).toMatchObject({
      performanceChange: 2,
      satisfactionChange: 2.5,
      importantImprovement: true,
    });
  });

  it('performance +2.5 but satisfaction +1.8 is not an important improvement', () => {
    const result = copmImportantChange(
      { performance: 4, satisfaction: 4 },
      { performance: 6.5, satisfaction: 5.8 },
    );
    expect(result.performanceImproved).toBe(true);
    expect(result.satisfactionImproved).toBe(false);
    expect(result.importantImprovement).toBe(false);
  });
});

describe('gasAchieved (T ≥ 50)', () => {
  it('goals all at 0 → 50, achieved; one at −1 → 40, not', () => {
    expect(gasAchieved([{ score: 0 }, { score: 0 }])).toMatchObject({ tScore: 50, achieved: true });
    const one = gasAchieved([{ score: -1 }]);
    expect(one.tScore).toBeCloseTo(40, 10);
    expect(one.achieved).toBe(false);
  });
});

describe('EQ-5D Paretian classification (Devlin, Parkin & Browne 2010)', () => {
  it.each([
    ['21111', '11111', 'better'],
    ['11111', '11121', 'worse'],
    ['21111', '11112', 'mixed'],
    ['33333', '33333', 'unchanged'],
  ] as const)('%s → %s is %s', (first, last, cls) => {
    expect(eq5dParetoChange(first, last).class).toBe(cls);
  });

  it('summarises counts', () => {
    expect(
      eq5dParetoSummary([
        { first: '21111', last: '11111' },
        { first: '21111', last: '11111' },
        { first: '11111', last: '11111' },
      ]).counts,
    ).toEqual({ better: 2, worse: 0, mixed: 0, unchanged: 1 });
  });
});

describe('eq5dIndexChange', () => {
  it('takes the difference within one value set', () => {
    const first = eq5dIndex(
      { mobility: 2, selfCare: 1, usualActivities: 2, painDiscomfort: 3, anxietyDepression: 2 },
      'ENGLAND_5L_2018',
    );
    const last = eq5dIndex(
      { mobility: 1, selfCare: 1, usualActivities: 1, painDiscomfort: 2, anxietyDepression: 1 },
      'ENGLAND_5L_2018',
    );
    const result = eq5dIndexChange(first, last);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.change).toBeCloseTo(last.value - first.value, 3);
  });

  it('refuses to mix value sets, with a reason', () => {
    const p = {
      mobility: 2,
      selfCare: 1,
      usualActivities: 2,
      painDiscomfort: 3,
      anxietyDepression: 2,
    } as const;
    const result = eq5dIndexChange(
      eq5dIndex(p, 'ENGLAND_5L_2018'),
      eq5dIndex(p, 'VANHOUT_CW_2012'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toMatch(/different value sets/);
  });
});
