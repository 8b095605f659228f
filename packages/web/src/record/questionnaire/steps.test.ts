import type { QuestionnaireKind } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import type { StepId } from './steps.js';
import {
  continueStep,
  estimatedMinutes,
  nextStep,
  parseStep,
  previousStep,
  stepNumber,
  stepPath,
} from './steps.js';

const kinds: QuestionnaireKind[] = ['phq9', 'eq5d5l', 'prem'];

describe('questionnaire steps', () => {
  it('goes start → each questionnaire in the link’s order → check your answers → thank you', () => {
    const visited: StepId[] = ['start'];
    for (let step = nextStep(kinds, 'start'); step !== 'done'; step = nextStep(kinds, step))
      visited.push(step);
    expect(visited).toEqual(['start', 'phq9', 'eq5d5l', 'prem', 'check']);
  });

  it('goes back the same way, to the start page from the first questionnaire', () => {
    expect(previousStep(kinds, 'check')).toBe('prem');
    expect(previousStep(kinds, 'prem')).toBe('eq5d5l');
    expect(previousStep(kinds, 'eq5d5l')).toBe('phq9');
    expect(previousStep(kinds, 'phq9')).toBe('start');
    expect(previousStep(kinds, 'start')).toBe('start');
  });

  it('returns to check your answers after a change', () => {
    expect(continueStep(kinds, 'phq9', true)).toBe('check');
    expect(continueStep(kinds, 'phq9', false)).toBe('eq5d5l');
    expect(continueStep(kinds, 'prem', false)).toBe('check');
  });

  it('reads ?step=, treating unknown pages and questionnaires not in the link as the start', () => {
    expect(parseStep('eq5d5l', kinds)).toBe('eq5d5l');
    expect(parseStep('check', kinds)).toBe('check');
    expect(parseStep('done', kinds)).toBe('done');
    expect(parseStep('gad7', kinds)).toBe('start');
    expect(parseStep('nonsense', kinds)).toBe('start');
    expect(parseStep(null, kinds)).toBe('start');
  });

  it('builds each page’s address on the link, escaping the token', () => {
    expect(stepPath('abc.def', 'start')).toBe('/questionnaire/abc.def');
    expect(stepPath('abc', 'work_ability')).toBe('/questionnaire/abc?step=work_ability');
    expect(stepPath('abc', 'phq9', true)).toBe('/questionnaire/abc?step=phq9&change=1');
    expect(stepPath('a/b', 'check')).toBe('/questionnaire/a%2Fb?step=check');
  });

  it('numbers the questionnaires and estimates the time from those asked', () => {
    expect(stepNumber(kinds, 'eq5d5l')).toEqual({ number: 2, total: 3 });
    expect(estimatedMinutes(['work_ability'])).toBe(1);
    expect(estimatedMinutes(['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'])).toBe(10);
    expect(estimatedMinutes([])).toBe(1);
  });
});
