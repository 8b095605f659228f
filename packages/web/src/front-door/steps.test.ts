import { describe, expect, it } from 'vitest';
import type { ReferralDraft } from './draft.js';
import { emptyAnswers, newDraft } from './draft.js';
import { continuePath, journeyNext, journeyPrevious } from './navigation.js';
import { nextStep, previousStep, questionSteps } from './steps.js';
import { makeDraftAnswers } from './test-answers.js';

const today = '2026-11-21';

function draftOf(overrides: Partial<ReferralDraft>): ReferralDraft {
  return { ...newDraft('key-1'), ...overrides };
}

describe('referral steps', () => {
  it('asks the emergency question straight after who needs help, then the rest in order', () => {
    expect(questionSteps(makeDraftAnswers())).toEqual([
      'who',
      'red-flags',
      'name',
      'date-of-birth',
      'nhs-number',
      'postcode',
      'practice',
      'contact',
      'areas',
      'difficulties',
      'since',
      'impact',
      'goals',
      'access',
      'equality',
    ]);
  });

  it('asks about the referrer, falls and work only when they apply', () => {
    const steps = questionSteps(
      makeDraftAnswers({ for: 'someone_else', areas: ['falls_mobility', 'work'] }),
    );
    expect(steps.slice(0, 4)).toEqual(['who', 'red-flags', 'about-you', 'name']);
    expect(steps).toContain('falls');
    expect(steps.indexOf('work')).toBe(steps.indexOf('falls') + 1);
  });

  it('after a ticked red flag asks name, phone and practice first, then the rest', () => {
    const answers = makeDraftAnswers({ redFlags: ['chest_pain'], noRedFlags: false });
    expect(questionSteps(answers).slice(0, 6)).toEqual([
      'who',
      'red-flags',
      'name',
      'contact',
      'practice',
      'date-of-birth',
    ]);
    expect(nextStep('red-flags', answers)).toBe('urgent-advice');
    expect(nextStep('practice', answers)).toBe('urgent-advice');
    expect(nextStep('urgent-advice', answers)).toBe('date-of-birth');
    expect(previousStep('date-of-birth', answers)).toBe('urgent-advice');
    expect(previousStep('urgent-advice', answers)).toBe('red-flags');
    expect(nextStep('red-flags', makeDraftAnswers())).toBe('name');
    expect(previousStep('name', makeDraftAnswers())).toBe('red-flags');
  });

  it('reaches the advice within two pages of Start: who, red flags, advice', () => {
    const answers = { ...emptyAnswers, for: 'self' as const, redFlags: ['stroke_signs' as const] };
    const draft = draftOf({ answers });
    expect(journeyNext('who', draft, today)).toBe('red-flags');
    expect(journeyNext('red-flags', draft, today)).toBe('urgent-advice');
  });

  it('asks the urgent details one by one from the advice page and comes back to it', () => {
    const answers = { ...emptyAnswers, for: 'self' as const, redFlags: ['chest_pain' as const] };
    const advice = { from: 'red-flags' as const, then: 'date-of-birth' as const };
    const asking = draftOf({ answers, advice });
    expect(journeyNext('urgent-advice', asking, today)).toBe('name');
    expect(journeyPrevious('name', asking)).toBe('urgent-advice');
    const named = draftOf({
      answers: { ...answers, givenName: 'Ffion', familyName: 'Hughes' },
      advice,
    });
    expect(journeyNext('name', named, today)).toBe('contact');
    const phoned = draftOf({ ...named, answers: { ...named.answers, phone: '07123 456789' } });
    expect(journeyNext('contact', phoned, today)).toBe('practice');
    const all = draftOf({ ...phoned, answers: { ...phoned.answers, practiceId: 'p-1' } });
    expect(journeyNext('practice', all, today)).toBe('urgent-advice');
    // Once the save has started, the rest of the questions follow the advice page.
    const saved = draftOf({
      ...all,
      urgent: { idempotencyKey: 'u', save: { status: 'saving' } },
    });
    expect(journeyNext('urgent-advice', saved, today)).toBe('date-of-birth');
  });

  it('asks someone asking for another who they are before the urgent save', () => {
    const answers = {
      ...emptyAnswers,
      for: 'someone_else' as const,
      redFlags: ['fall_injury' as const],
    };
    const draft = draftOf({ answers, advice: { from: 'red-flags', then: 'date-of-birth' } });
    expect(journeyNext('urgent-advice', draft, today)).toBe('about-you');
  });

  it('after free text the screen matched, the rest goes on from the page after it', () => {
    const answers = makeDraftAnswers({ difficulties: 'I want to end my life' });
    const draft = draftOf({ answers, advice: { from: 'difficulties', then: 'since' } });
    expect(journeyNext('urgent-advice', draft, today)).toBe('since');
    expect(journeyPrevious('urgent-advice', draft)).toBe('difficulties');
    expect(journeyPrevious('since', draft)).toBe('urgent-advice');
    // Without a phone number, the advice page asks for one first.
    const noPhone = draftOf({
      answers: { ...answers, phone: '', preferred: 'email' },
      advice: { from: 'difficulties', then: 'since' },
    });
    expect(journeyNext('urgent-advice', noPhone, today)).toBe('contact');
  });

  it('starts at who, ends at check your answers', () => {
    expect(previousStep('who', makeDraftAnswers())).toBeNull();
    expect(nextStep('access', makeDraftAnswers())).toBe('equality');
    expect(nextStep('equality', makeDraftAnswers())).toBe('check-answers');
    expect(previousStep('check-answers', makeDraftAnswers())).toBe('equality');
  });

  it('returns to check your answers after a change, by way of any question the change adds', () => {
    const d = (overrides: Parameters<typeof makeDraftAnswers>[0] = {}) =>
      draftOf({ answers: makeDraftAnswers(overrides) });
    expect(continuePath('name', d(), true, today)).toBe('/refer/check-answers');
    expect(continuePath('name', d(), false, today)).toBe('/refer/date-of-birth');
    expect(continuePath('areas', d({ areas: ['falls_mobility'] }), true, today)).toBe(
      '/refer/falls?change=1',
    );
    expect(continuePath('who', d({ for: 'someone_else' }), true, today)).toBe(
      '/refer/about-you?change=1',
    );
    const flagged = d({ redFlags: ['stroke_signs'], noRedFlags: false });
    expect(continuePath('red-flags', flagged, true, today)).toBe('/refer/urgent-advice?change=1');
    expect(continuePath('urgent-advice', flagged, true, today)).toBe('/refer/check-answers');
    // Changing the practice of a flagged request does not show the advice again.
    expect(continuePath('practice', flagged, true, today)).toBe('/refer/check-answers');
  });
});
