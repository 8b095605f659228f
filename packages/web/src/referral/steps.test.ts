import { describe, expect, it } from 'vitest';
import { continuePath } from './navigation.js';
import { nextStep, previousStep, questionSteps } from './steps.js';
import { makeDraftAnswers } from './test-answers.js';

const today = '2026-11-21';

describe('referral steps', () => {
  it('asks the questions in order, leaving out those that do not apply', () => {
    expect(questionSteps(makeDraftAnswers())).toEqual([
      'who',
      'name',
      'date-of-birth',
      'nhs-number',
      'postcode',
      'practice',
      'contact',
      'red-flags',
      'areas',
      'difficulties',
      'since',
      'impact',
      'goals',
      'access',
    ]);
  });

  it('asks about the referrer, falls and work only when they apply', () => {
    const steps = questionSteps(
      makeDraftAnswers({ for: 'someone_else', areas: ['falls_mobility', 'work'] }),
    );
    expect(steps.slice(0, 3)).toEqual(['who', 'about-you', 'name']);
    expect(steps).toContain('falls');
    expect(steps.indexOf('work')).toBe(steps.indexOf('falls') + 1);
  });

  it('goes from red flags to the urgent advice, then on to the areas, and back the same way', () => {
    const answers = makeDraftAnswers({ redFlags: ['chest_pain'], noRedFlags: false });
    expect(nextStep('red-flags', answers)).toBe('urgent-advice');
    expect(nextStep('urgent-advice', answers)).toBe('areas');
    expect(previousStep('areas', answers)).toBe('urgent-advice');
    expect(previousStep('urgent-advice', answers)).toBe('red-flags');
    expect(nextStep('red-flags', makeDraftAnswers())).toBe('areas');
    expect(previousStep('areas', makeDraftAnswers())).toBe('red-flags');
  });

  it('starts at who, ends at check your answers', () => {
    expect(previousStep('who', makeDraftAnswers())).toBeNull();
    expect(nextStep('access', makeDraftAnswers())).toBe('check-answers');
    expect(previousStep('check-answers', makeDraftAnswers())).toBe('access');
  });

  it('returns to check your answers after a change, by way of any question the change adds', () => {
    expect(continuePath('name', makeDraftAnswers(), true, today)).toBe('/refer/check-answers');
    expect(continuePath('name', makeDraftAnswers(), false, today)).toBe('/refer/date-of-birth');
    const withFalls = makeDraftAnswers({ areas: ['falls_mobility'] });
    expect(continuePath('areas', withFalls, true, today)).toBe('/refer/falls?change=1');
    const someoneElse = makeDraftAnswers({ for: 'someone_else' });
    expect(continuePath('who', someoneElse, true, today)).toBe('/refer/about-you?change=1');
    const flagged = makeDraftAnswers({ redFlags: ['stroke_signs'], noRedFlags: false });
    expect(continuePath('red-flags', flagged, true, today)).toBe('/refer/urgent-advice?change=1');
    expect(continuePath('urgent-advice', flagged, true, today)).toBe('/refer/check-answers');
  });
});
