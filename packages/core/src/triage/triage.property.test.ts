import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_NEEDS,
  AREAS,
  CONTACT_METHODS,
  DURATIONS,
  FALLS_IN_LAST_YEAR,
  IMPACTS,
  RED_FLAGS,
  ROUTES,
  WORK_STATUSES,
  type RequestAnswers,
  type Route,
} from '../front-door/answers.js';
import { validateTriageRuleSet } from './rule-set-validation.js';
import { triage } from './triage.js';
import { DEFAULT_TRIAGE_RULES, type TriageRuleSet } from './triage-rules.js';
import { PATHWAYS, TIERS, URGENCIES, type TriageInput } from './triage-types.js';

/** Real dates, and the odd ones a form or an import can produce. */
const dateText = fc.oneof(
  fc
    .date({ min: new Date('1890-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('', 'unknown', '2026-02-30', '1950-13-01', '0000-00-00', '99999-01-01', '--'),
  fc.string(),
);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const answers: fc.Arbitrary<RequestAnswers> = fc.record({
  for: fc.constantFrom('self', 'someone_else'),
  personAgreed: optional(fc.boolean()),
  person: fc.record({
    givenName: fc.string(),
    familyName: fc.string(),
    dateOfBirth: dateText,
    postcode: fc.string(),
  }),
  contact: fc.record({
    phone: optional(fc.string()),
    email: optional(fc.string()),
    preferred: fc.constantFrom(...CONTACT_METHODS),
  }),
  practiceId: fc.oneof(fc.uuid(), fc.string()),
  redFlags: fc.subarray([...RED_FLAGS]),
  areas: fc.subarray([...AREAS]),
  difficulties: fc.string(),
  since: fc.constantFrom(...DURATIONS),
  impact: fc.constantFrom(...IMPACTS),
  goals: fc.string(),
  fallsInLastYear: optional(fc.constantFrom(...FALLS_IN_LAST_YEAR)),
  workStatus: optional(fc.constantFrom(...WORK_STATUSES)),
  clinicalReason: optional(fc.string()),
  access: fc.record({
    interpreter: fc.boolean(),
    language: optional(fc.string()),
    needs: fc.subarray([...ACCESS_NEEDS]),
  }),
});

const inputs: fc.Arbitrary<TriageInput> = fc.record({
  answers,
  route: fc.constantFrom(...ROUTES),
  today: dateText,
});

const withRedFlag = fc
  .tuple(inputs, fc.subarray([...RED_FLAGS], { minLength: 1 }))
  .map(([input, redFlags]) => ({ ...input, answers: { ...input.answers, redFlags } }));

const withoutRedFlagRule: TriageRuleSet = {
  ...DEFAULT_TRIAGE_RULES,
  version: 'local-no-red-flag-rule',
  rules: DEFAULT_TRIAGE_RULES.rules.filter((r) => r.id !== 'urgency.red-flag'),
};

describe('triage for any request', () => {
  it('never throws and always decides a known pathway, urgency and tier, each with a reason', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const d = triage(input);
        expect(PATHWAYS).toContain(d.pathway);
        expect(URGENCIES).toContain(d.urgency);
        expect(TIERS).toContain(d.tier);
        expect(d.reasons.pathway.length).toBeGreaterThan(0);
        expect(d.reasons.urgency.length).toBeGreaterThan(0);
        expect(d.reasons.tier.length).toBeGreaterThan(0);
        for (const r of [...d.reasons.pathway, ...d.reasons.urgency, ...d.reasons.tier]) {
          expect(r.text.en).not.toBe('');
          expect(r.text.cy).not.toBe('');
        }
        expect(d.ruleVersion).toBe(DEFAULT_TRIAGE_RULES.version);
      }),
      { numRuns: 2000 },
    );
  });

  it('makes any red flag a crisis, also under a rule set without the red-flag rule', () => {
    fc.assert(
      fc.property(withRedFlag, (input) => {
        expect(triage(input).urgency).toBe('crisis');
        const custom = triage(input, withoutRedFlagRule);
        expect(custom.urgency).toBe('crisis');
        expect(custom.reasons.urgency.map((r) => r.rule)).toContain('safety.red-flag');
      }),
      { numRuns: 1000 },
    );
  });

  it('with the defaults: crisis only for red flags, one-to-one whenever it is not routine, and thoughts of self-harm go to mental health', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const d = triage(input);
        expect(d.urgency === 'crisis').toBe(input.answers.redFlags.length > 0);
        if (d.urgency !== 'routine') expect(d.tier).toBe('individualised');
        if (input.answers.redFlags.includes('self_harm_thoughts')) {
          expect(d.pathway).toBe('mental_health');
        }
        if (d.pathway === 'signpost' && d.urgency !== 'crisis') expect(d.tier).toBe('universal');
      }),
      { numRuns: 2000 },
    );
  });

  it('survives lists, values and routes that a client should never send', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.anything(),
        fc.anything(),
        fc.string(),
        (input, areas, impact, route) => {
          const answers = { ...input.answers, areas, impact } as unknown as RequestAnswers;
          const d = triage({ ...input, answers, route: route as Route });
          expect(PATHWAYS).toContain(d.pathway);
          expect(URGENCIES).toContain(d.urgency);
          expect(TIERS).toContain(d.tier);
        },
      ),
    );
  });
});

describe('the default rule set as data', () => {
  it('passes its own validation', () => {
    expect(validateTriageRuleSet(DEFAULT_TRIAGE_RULES).ok).toBe(true);
  });

  it('decides the same after a round trip through JSON', () => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_TRIAGE_RULES)) as unknown;
    const checked = validateTriageRuleSet(stored);
    if (!checked.ok) throw new Error(checked.problems.join('\n'));
    fc.assert(
      fc.property(inputs, (input) => {
        expect(triage(input, checked.rules)).toEqual(triage(input));
      }),
      { numRuns: 1000 },
    );
  });
});
