import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIAGE_RULES, type TriageRuleSet } from './triage-rules.js';
import {
  makeAnswers,
  decide,
  PARTS,
  chosenPathwayRules,
  notedPathwayRules,
  SCENARIOS,
} from '../testing/triage-scenarios.js';

describe('triage scenarios from the source documents', () => {
  it('has at least 40 scenarios with distinct names, each explaining all three parts', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length);
    for (const { name, because } of SCENARIOS) {
      for (const part of PARTS) {
        expect(
          because.some((id) => id.startsWith(`${part}.`)),
          `${name}: ${part}`,
        ).toBe(true);
      }
    }
  });

  it.each(SCENARIOS)('$name', ({ given, route, expected, because, noted = [] }) => {
    const decision = decide(makeAnswers(given), route);
    expect([decision.pathway, decision.urgency, decision.tier]).toEqual(expected);
    const ids = {
      pathway: chosenPathwayRules(decision),
      urgency: decision.reasons.urgency.map((r) => r.rule),
      tier: decision.reasons.tier.map((r) => r.rule),
    };
    for (const part of PARTS) {
      for (const rule of because.filter((id) => id.startsWith(`${part}.`))) {
        expect(ids[part]).toContain(rule);
      }
    }
    expect(notedPathwayRules(decision).sort()).toEqual([...noted].sort());
    expect(decision.ruleVersion).toBe(DEFAULT_TRIAGE_RULES.version);
  });

  it('between them exercise every default rule', () => {
    const seen = new Set(
      SCENARIOS.flatMap(({ given, route }) => {
        const d = decide(makeAnswers(given), route);
        return [...d.reasons.pathway, ...d.reasons.urgency, ...d.reasons.tier].map((r) => r.rule);
      }),
    );
    const all = [
      ...DEFAULT_TRIAGE_RULES.rules.map((r) => r.id),
      DEFAULT_TRIAGE_RULES.defaults.pathway.id,
      DEFAULT_TRIAGE_RULES.defaults.urgency.id,
    ];
    expect(all.filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe('the rule version on each decision', () => {
  it('is the version of the rule set that decided, default or the service’s own', () => {
    const answers = makeAnswers({ areas: ['mood_anxiety'] });
    expect(decide(answers).ruleVersion).toBe('triage-2026.11.1');
    const local: TriageRuleSet = { ...DEFAULT_TRIAGE_RULES, version: 'local-2027.1' };
    const decision = decide(answers, 'self', local);
    expect(decision.ruleVersion).toBe('local-2027.1');
    expect({ ...decision, ruleVersion: 'x' }).toEqual({ ...decide(answers), ruleVersion: 'x' });
  });
});
