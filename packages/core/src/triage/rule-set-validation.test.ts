import { describe, expect, it } from 'vitest';
import { validateTriageRuleSet } from './rule-set-validation.js';
import { DEFAULT_TRIAGE_RULES } from './triage-rules.js';

/** The default rule set as a service would upload it: plain JSON, safe to edit. */
const uploaded = (): Record<string, unknown> & { rules: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(DEFAULT_TRIAGE_RULES)) as Record<string, unknown> & {
    rules: Record<string, unknown>[];
  };

function problemsOf(value: unknown): string[] {
  const result = validateTriageRuleSet(value);
  return result.ok ? [] : result.problems;
}

describe('validateTriageRuleSet', () => {
  it('accepts the default rule set, also after a trip through JSON', () => {
    expect(validateTriageRuleSet(DEFAULT_TRIAGE_RULES)).toEqual({
      ok: true,
      rules: DEFAULT_TRIAGE_RULES,
    });
    expect(validateTriageRuleSet(uploaded()).ok).toBe(true);
  });

  it('refuses things that are not rule sets', () => {
    for (const value of [null, undefined, 42, 'rules', [], [DEFAULT_TRIAGE_RULES]]) {
      expect(problemsOf(value)).toEqual(['the rule set must be an object']);
    }
    expect(problemsOf({})).toEqual(
      expect.arrayContaining([
        'version must be non-empty text',
        'rules must be a list',
        'defaults must be { pathway, urgency, tier }',
      ]),
    );
  });

  it('finds duplicate ids, and refuses the engine’s own safety ids', () => {
    const set = uploaded();
    set.rules.push({ ...set.rules[0]! });
    set.rules.push({ ...set.rules[1]!, id: 'safety.red-flag' });
    const problems = problemsOf(set);
    expect(problems).toContainEqual(expect.stringContaining('(pathway.self-harm): duplicate id'));
    expect(problems).toContainEqual(expect.stringContaining('ids starting "safety."'));
  });

  it('finds unknown pathways, urgencies, tiers, areas and other values', () => {
    const set = uploaded();
    set.rules[0] = { ...set.rules[0]!, then: { kind: 'vote', pathway: 'physio', weight: 1 } };
    set.rules[1] = { ...set.rules[1]!, when: { areasAny: ['gardening'], impactAtLeast: 'huge' } };
    set.rules.push({
      id: 'x.urgency',
      when: { routeAny: ['carrier_pigeon'], sinceAny: [] },
      then: { kind: 'urgency', urgency: 'whenever' },
      reason: { en: 'x', cy: 'x' },
    });
    set.rules.push({
      id: 'x.tier',
      when: { ageAtLeast: -1 },
      then: { kind: 'tier', tier: 'platinum' },
      reason: { en: 'x', cy: 'x' },
    });
    const problems = problemsOf(set).join('\n');
    expect(problems).toContain('then.pathway: unknown pathway "physio"');
    expect(problems).toContain('when.areasAny: unknown value "gardening"');
    expect(problems).toContain('when.impactAtLeast: unknown value "huge"');
    expect(problems).toContain('when.routeAny: unknown value "carrier_pigeon"');
    expect(problems).toContain('when.sinceAny must be a non-empty list');
    expect(problems).toContain('then.urgency: unknown urgency "whenever"');
    expect(problems).toContain('then.tier: unknown tier "platinum"');
    expect(problems).toContain('when.ageAtLeast must be a whole number of years');
  });

  it('refuses an unknown clause rather than letting a typo make a rule apply to everyone', () => {
    const set = uploaded();
    set.rules[2] = { ...set.rules[2]!, when: { areaAny: ['falls_mobility'] } };
    expect(problemsOf(set)).toContainEqual(expect.stringContaining('unknown clause "areaAny"'));
  });

  it('requires reasons in English and Welsh', () => {
    const set = uploaded();
    set.rules[0] = { ...set.rules[0]!, reason: { en: 'Thoughts of self-harm', cy: ' ' } };
    set.rules[1] = { ...set.rules[1]!, reason: { en: 'A fall with injury' } };
    set.rules[2] = { ...set.rules[2]!, reason: 'Falls' };
    const problems = problemsOf(set).join('\n');
    expect(problems).toContain('(pathway.self-harm).reason.cy must be non-empty Welsh text');
    expect(problems).toContain('(pathway.fall-injury).reason.cy must be non-empty Welsh text');
    expect(problems).toContain('(pathway.falls-area).reason must be { en, cy }');
  });

  it('refuses clauses about decisions not yet made, and weights that are not positive', () => {
    const set = uploaded();
    set.rules[0] = { ...set.rules[0]!, when: { pathwayAny: ['work'] } };
    set.rules[1] = { ...set.rules[1]!, then: { kind: 'vote', pathway: 'work', weight: 0 } };
    set.rules.push({
      id: 'x.urgency',
      when: {},
      unless: [{ urgencyAny: ['crisis'] }],
      then: { kind: 'urgency', urgency: 'urgent' },
      reason: { en: 'x', cy: 'y' },
    });
    const problems = problemsOf(set).join('\n');
    expect(problems).toContain('when.pathwayAny: not yet decided when a vote rule runs');
    expect(problems).toContain('(pathway.fall-injury).then.weight must be a number above 0');
    expect(problems).toContain('unless[0].urgencyAny: not yet decided when a urgency rule runs');
  });

  it('requires a tie order naming each pathway once, and known defaults', () => {
    const set = uploaded();
    set.pathwayTieOrder = ['work', 'work', 'memory'];
    set.defaults = {
      pathway: { id: 'd.p', value: 'anywhere', reason: { en: 'a', cy: 'b' } },
      urgency: { id: 'd.u', value: 'routine', reason: { en: 'a', cy: 'b' } },
      tier: { id: 'd.t', value: 'individualised', reason: { en: 'a', cy: 'b' } },
    };
    const problems = problemsOf(set).join('\n');
    expect(problems).toContain('pathwayTieOrder must list each pathway once');
    expect(problems).toContain('defaults.pathway.value: unknown value "anywhere"');
  });

  it('reports unknown fields on a rule', () => {
    const set = uploaded();
    set.rules[0] = { ...set.rules[0]!, priority: 1 };
    expect(problemsOf(set)).toContainEqual(expect.stringContaining('unknown field "priority"'));
  });
});
