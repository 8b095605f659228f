import type { GoalData } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import type { ReviewValues } from './goal-review.js';
import {
  asGasScoreValue,
  checkReview,
  newReviewValues,
  reviewedGoal,
  reviewFieldPath,
} from './goal-review.js';

const codes = (
  checked: { ok: true } | { ok: false; problems: { path: string; code: string }[] },
) => (checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`));

const gasGoal: GoalData = {
  wording: 'Walk to the shop',
  agreed: true,
  agreedOn: '2026-04-01',
  measure: 'gas',
  copm: null,
  gas: { importance: 2, difficulty: 2, baseline: -1, expected: 'Walks there twice a week' },
  reviews: [{ on: '2026-04-15', gasScore: -1, performance: null, satisfaction: null, note: '' }],
  status: 'active',
};

describe('a goal review', () => {
  const review = (overrides: Partial<ReviewValues>, goal = gasGoal) =>
    checkReview({ ...newReviewValues('2026-05-01', goal), ...overrides }, goal);

  it('scores a GAS goal on its level, and adds the review after those before it', () => {
    const checked = review({
      gasScore: asGasScoreValue('1'),
      note: ' Did it ',
      status: 'achieved',
    });
    if (!checked.ok) throw new Error('expected a valid review');
    expect(checked.data).toEqual({
      review: {
        on: '2026-05-01',
        gasScore: 1,
        performance: null,
        satisfaction: null,
        note: 'Did it',
      },
      status: 'achieved',
    });
    const goal = reviewedGoal(gasGoal, checked.data);
    expect(goal.reviews.map((r) => r.on)).toEqual(['2026-04-15', '2026-05-01']);
    expect(goal.status).toBe('achieved');
    expect(goal.wording).toBe(gasGoal.wording);
  });

  it('asks for the score of the goal’s own measure', () => {
    expect(codes(review({}))).toEqual(['gasScore:required']);
    const copmGoal: GoalData = {
      ...gasGoal,
      measure: 'copm',
      gas: null,
      copm: { importance: 9, performance: 2, satisfaction: 2 },
    };
    expect(codes(review({ performance: '0' }, copmGoal))).toEqual([
      'performance:out_of_range',
      'satisfaction:required',
    ]);
    const checked = review({ performance: '6', satisfaction: '7' }, copmGoal);
    expect(checked.ok && checked.data.review).toMatchObject({
      gasScore: null,
      performance: 6,
      satisfaction: 7,
    });
  });

  it('starts from the goal’s status and accepts only GAS levels', () => {
    expect(newReviewValues('2026-05-01', gasGoal).status).toBe('active');
    expect(asGasScoreValue('-2')).toBe('-2');
    expect(asGasScoreValue('3')).toBe('');
  });

  it('names server problems with the review by the form’s fields', () => {
    expect(reviewFieldPath('reviews.1.gasScore')).toBe('gasScore');
    expect(reviewFieldPath('data.reviews.12.on')).toBe('on');
    expect(reviewFieldPath('status')).toBe('status');
  });
});
