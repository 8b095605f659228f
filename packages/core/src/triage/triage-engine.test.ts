import { describe, expect, it } from 'vitest';
import type { RequestAnswers } from '../front-door/answers.js';
import { triage } from './triage.js';
import { DEFAULT_TRIAGE_RULES, type TriageRuleSet } from './triage-rules.js';

// How the engine combines rules, whatever they say. The clinical scenarios are in triage.test.ts.

/** A plain self-referral; each test overrides what it is about. */
function makeAnswers(overrides: Partial<RequestAnswers> = {}): RequestAnswers {
  return {
    for: 'self',
    person: {
      givenName: 'Sam',
      familyName: 'Evans',
      dateOfBirth: '1976-05-20',
      postcode: 'LL57 2PW',
    },
    contact: { email: 'sam@example.org', preferred: 'email' },
    practiceId: crypto.randomUUID(),
    redFlags: [],
    areas: ['home_daily_living'],
    difficulties: 'Cooking and cleaning',
    since: '3_to_12_months',
    impact: 'quite_a_lot',
    goals: 'Cook for myself again',
    access: { interpreter: false, needs: [] },
    ...overrides,
  };
}

const decide = (
  answers: RequestAnswers,
  route: 'self' | 'navigator' = 'self',
  rules?: TriageRuleSet,
) => triage({ answers, route, today: '2026-11-16' }, rules);
const notedPathwayRules = (d: ReturnType<typeof triage>) =>
  d.reasons.pathway.filter((r) => r.text.en.startsWith('Also noted: ')).map((r) => r.rule);

describe('triage with other rule sets', () => {
  const withoutRedFlagRule: TriageRuleSet = {
    ...DEFAULT_TRIAGE_RULES,
    version: 'local-2027.1',
    rules: DEFAULT_TRIAGE_RULES.rules.filter((r) => r.id !== 'urgency.red-flag'),
  };

  it('honours a service’s own weights', () => {
    const answers = makeAnswers({ areas: ['mood_anxiety'], workStatus: 'off_sick' });
    expect(decide(answers).pathway).toBe('work');
    const moodFirst: TriageRuleSet = {
      ...DEFAULT_TRIAGE_RULES,
      version: 'local-mood-first',
      rules: DEFAULT_TRIAGE_RULES.rules.map((r) =>
        r.id === 'pathway.mood'
          ? { ...r, then: { kind: 'vote', pathway: 'mental_health', weight: 5 } }
          : r,
      ),
    };
    const decision = decide(answers, 'self', moodFirst);
    expect(decision.pathway).toBe('mental_health');
    expect(notedPathwayRules(decision)).toEqual(['pathway.off-sick']);
  });

  it('still makes a red flag a crisis when a rule set forgets to, and says so', () => {
    const decision = decide(makeAnswers({ redFlags: ['chest_pain'] }), 'self', withoutRedFlagRule);
    expect(decision.urgency).toBe('crisis');
    expect(decision.reasons.urgency.map((r) => r.rule)).toEqual(['safety.red-flag']);
    expect(decision.tier).toBe('individualised');
  });

  it('adds no safety reason when the rule set already made it a crisis', () => {
    const decision = decide(makeAnswers({ redFlags: ['stroke_signs'] }));
    expect(decision.reasons.urgency.map((r) => r.rule)).toEqual(['urgency.red-flag']);
  });

  it('falls back to the defaults, with their reasons, when no rule applies', () => {
    const empty: TriageRuleSet = { ...DEFAULT_TRIAGE_RULES, version: 'empty', rules: [] };
    const decision = decide(makeAnswers({ areas: ['work'] }), 'self', empty);
    expect(decision).toMatchObject({
      pathway: 'daily_living',
      urgency: 'routine',
      tier: 'individualised',
    });
    expect(decision.reasons.pathway.map((r) => r.rule)).toEqual(['pathway.default']);
    expect(decision.reasons.tier.map((r) => r.rule)).toEqual(['tier.default']);
    expect(decide(makeAnswers({ redFlags: ['fall_injury'] }), 'self', empty).urgency).toBe(
      'crisis',
    );
  });
});

describe('triage decisions and their reasons', () => {
  it('decides the same whether the person or a care navigator fills in the form', () => {
    const answers = makeAnswers({ areas: ['falls_mobility'], fallsInLastYear: 'one' });
    expect(decide(answers, 'navigator')).toEqual(decide(answers, 'self'));
  });

  it('lists the rules for the chosen pathway first, then the others as notes in both languages', () => {
    const decision = decide(
      makeAnswers({ areas: ['mood_anxiety', 'work'], workStatus: 'off_sick' }),
    );
    expect(decision.reasons.pathway.map((r) => r.rule)).toEqual([
      'pathway.work-area',
      'pathway.off-sick',
      'pathway.mood',
    ]);
    const note = decision.reasons.pathway[2]!.text;
    expect(note.en).toBe('Also noted: Finds mood, stress or anxiety hard');
    expect(note.cy).toBe('Nodwyd hefyd: Yn cael trafferth gyda hwyliau, straen neu orbryder');
  });

  it('names the facts in plain English and Welsh', () => {
    const decision = decide(
      makeAnswers({ areas: ['falls_mobility'], fallsInLastYear: 'two_or_more' }),
    );
    expect(decision.reasons.pathway).toContainEqual({
      rule: 'pathway.repeat-falls',
      text: {
        en: 'Reported two or more falls in the last year',
        cy: 'Wedi cwympo ddwywaith neu fwy yn y flwyddyn ddiwethaf',
      },
    });
  });

  it('has every default reason in English and Welsh, none left untranslated', () => {
    const { rules, defaults } = DEFAULT_TRIAGE_RULES;
    const texts = [...rules, defaults.pathway, defaults.urgency, defaults.tier].map(
      (r) => r.reason,
    );
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.cy.trim()).not.toBe('');
      expect(text.cy).not.toBe(text.en);
    }
  });

  it('leaves impact rules silent, and uses the tier default, for an impact it does not know', () => {
    const odd = {
      ...makeAnswers({ areas: ['home_daily_living'] }),
      impact: 'enormous',
    } as unknown as RequestAnswers;
    const decision = decide(odd);
    expect(decision.tier).toBe('individualised');
    expect(decision.reasons.tier.map((r) => r.rule)).toEqual(['tier.default']);
  });
});
