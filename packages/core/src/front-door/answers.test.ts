import { describe, expect, it } from 'vitest';
import { fallsQuestionApplies } from './answers.js';

describe('fallsQuestionApplies', () => {
  it('applies only when falls or mobility is among the areas', () => {
    expect(fallsQuestionApplies(['home_daily_living', 'falls_mobility'])).toBe(true);
    expect(fallsQuestionApplies(['falls_mobility'])).toBe(true);
    expect(fallsQuestionApplies(['home_daily_living', 'work'])).toBe(false);
    expect(fallsQuestionApplies([])).toBe(false);
    expect(fallsQuestionApplies(undefined)).toBe(false);
  });
});
