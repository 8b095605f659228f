import { describe, expect, it } from 'vitest';
import type { GoalValues } from './goal-form.js';
import { checkGoal, newGoalValues } from './goal-form.js';

const makeGoalValues = (overrides: Partial<GoalValues> = {}): GoalValues => ({
  ...newGoalValues('2026-05-01'),
  wording: ' I want to get back to work ',
  ...overrides,
});

const codes = (
  checked: { ok: true } | { ok: false; problems: { path: string; code: string }[] },
) => (checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`));

describe('checkGoal', () => {
  it('sends a GAS goal, agreed today, active with no reviews', () => {
    const checked = checkGoal(
      makeGoalValues({
        measure: 'gas',
        gasImportance: '3',
        gasDifficulty: '2',
        gasBaseline: '-2',
        gasExpected: 'Back at work three days a week',
      }),
    );
    expect(checked).toEqual({
      ok: true,
      data: {
        wording: 'I want to get back to work',
        agreed: true,
        agreedOn: '2026-05-01',
        measure: 'gas',
        copm: null,
        gas: {
          importance: 3,
          difficulty: 2,
          baseline: -2,
          expected: 'Back at work three days a week',
        },
        reviews: [],
        status: 'active',
      },
    });
  });

  it('sends a COPM goal, not yet agreed, with no date', () => {
    const checked = checkGoal(
      makeGoalValues({
        agreed: false,
        agreedOn: { day: '', month: '', year: '' },
        measure: 'copm',
        copmImportance: '8',
        copmPerformance: '3',
        copmSatisfaction: '2',
      }),
    );
    expect(checked.ok && checked.data).toMatchObject({
      agreed: false,
      agreedOn: null,
      gas: null,
      copm: { importance: 8, performance: 3, satisfaction: 2 },
    });
  });

  it('says what is missing or out of range, on the measure chosen only', () => {
    expect(
      codes(
        checkGoal({
          ...newGoalValues('2026-05-01'),
          agreedOn: { day: '31', month: '2', year: '2026' },
        }),
      ),
    ).toEqual(['wording:required', 'agreedOn:invalid_date', 'measure:required']);
    expect(
      codes(
        checkGoal(
          makeGoalValues({ measure: 'copm', copmImportance: '11', copmPerformance: '2.5' }),
        ),
      ),
    ).toEqual([
      'copm.importance:out_of_range',
      'copm.performance:out_of_range',
      'copm.satisfaction:required',
    ]);
    expect(codes(checkGoal(makeGoalValues({ measure: 'gas', gasImportance: '1' })))).toEqual([
      'gas.difficulty:required',
      'gas.baseline:required',
      'gas.expected:required',
    ]);
  });
});
