import { describe, expect, it } from 'vitest';
import { PATHWAYS } from '../triage/triage-types.js';
import type { RiskData } from './entry-types.js';
import { checkRiskAssessment, suggestOverallLevel } from './risk.js';
import {
  assessesSuicide,
  riskDomainsFor,
  scoreStayIndependent,
  STAY_INDEPENDENT_ITEMS,
} from './risk-domains.js';

const noSuicideRisk = {
  thoughts: 'none',
  thoughtsDetail: '',
  plans: 'none',
  plansDetail: '',
  intent: false,
  accessToMeans: false,
  previousAttempts: false,
  protectiveFactors: '',
  safetyPlan: {
    warningSigns: '',
    copingStrategies: '',
    peopleAndPlaces: '',
    peopleToAskForHelp: '',
    professionals: '',
    keepingSafe: '',
  },
} as const;

const fallsPatient: RiskData = {
  assessedOn: '2026-11-10',
  ...noSuicideRisk,
  level: 'low',
  levelReason: '',
  escalation: { to: 'none', detail: '', at: null },
  domains: ['falls', 'self_neglect', 'safeguarding'],
  falls: { present: false, level: null, concerns: '', plan: '', stayIndependent: null },
  selfNeglect: { present: false, level: null, concerns: '', plan: '' },
  safeguarding: { present: false, level: null, concerns: '', plan: '' },
};

describe('risk by pathway (issue 16 item 7)', () => {
  it('asks a falls patient about falls, self-neglect and safeguarding, not suicide', () => {
    expect(riskDomainsFor('frailty_falls')).toEqual(['falls', 'self_neglect', 'safeguarding']);
    expect(riskDomainsFor('mental_health')).toContain('suicide');
    expect(riskDomainsFor('frailty_falls')).not.toContain('suicide');
    for (const pathway of PATHWAYS) expect(riskDomainsFor(pathway)).toContain('safeguarding');
  });

  it('shows the suicide safety plan only where suicide was assessed; older entries assessed suicide', () => {
    expect(assessesSuicide(fallsPatient)).toBe(false);
    expect(assessesSuicide({ domains: ['suicide', 'safeguarding'] })).toBe(true);
    // An entry saved before risk domains has none, and was a suicide risk assessment.
    expect(assessesSuicide({})).toBe(true);
  });

  it('saves a falls patient at low risk with no risk found, and needs no suicide answers', () => {
    expect(checkRiskAssessment(fallsPatient)).toEqual([]);
    expect(suggestOverallLevel(fallsPatient)).toBe('low');
  });

  it('gives each present risk its own level and plan, and suggests the highest level', () => {
    const found = {
      present: true,
      level: null,
      concerns: 'Two falls',
      plan: '',
      stayIndependent: null,
    };
    const falls: RiskData = { ...fallsPatient, falls: found };
    expect(checkRiskAssessment(falls)).toEqual([
      { field: 'falls.level', problem: 'domain_level_required' },
      { field: 'falls.plan', problem: 'domain_plan_required' },
    ]);
    const planned: RiskData = {
      ...falls,
      falls: { ...found, level: 'moderate', plan: 'Strength and balance; pendant alarm' },
      level: 'moderate',
    };
    expect(suggestOverallLevel(planned)).toBe('moderate');
    expect(checkRiskAssessment(planned)).toEqual([]);
    // Saying low when a moderate falls risk was found needs a reason.
    expect(checkRiskAssessment({ ...planned, level: 'low' })).toEqual([
      { field: 'levelReason', problem: 'needed_when_differs' },
    ]);
    // A high safeguarding risk must be escalated like any high risk.
    const high: RiskData = {
      ...planned,
      safeguarding: { present: true, level: 'high', concerns: 'Financial abuse', plan: 'Refer' },
      level: 'high',
    };
    expect(checkRiskAssessment(high)).toEqual([
      { field: 'escalation.to', problem: 'high_needs_escalation' },
    ]);
  });

  it('refuses an assessment that leaves out a domain its pathway asks about', () => {
    expect(checkRiskAssessment(fallsPatient, 'frailty_falls')).toEqual([]);
    expect(
      checkRiskAssessment({ ...fallsPatient, domains: ['falls', 'safeguarding'] }, 'frailty_falls'),
    ).toContainEqual({
      field: 'domains',
      problem: 'pathway_domain_missing',
    });
    // Adding suicide to a falls assessment is allowed; an older entry (no domains) is not judged.
    const { domains: _, ...older } = fallsPatient;
    expect(checkRiskAssessment(older, 'mental_health')).not.toContainEqual(
      expect.objectContaining({ field: 'domains' }),
    );
  });

  it('asks for every domain it names', () => {
    const { selfNeglect: _, ...missing } = fallsPatient;
    expect(checkRiskAssessment(missing)).toEqual([
      { field: 'selfNeglect.present', problem: 'domain_required' },
    ]);
  });
});

// CDC STEADI "Stay Independent" (Rubenstein et al. 2011; LOINC 97874-2): "yes" to items 1 and 2
// scores 2, to items 3 to 12 scores 1; total 0 to 14; 4 or more may be at risk of falling.
describe('STEADI Stay Independent falls screen (issue 16 item 7)', () => {
  const answers = (...yes: number[]) => STAY_INDEPENDENT_ITEMS.map((_, i) => yes.includes(i + 1));

  it.each([
    [[], 0, false],
    [[1], 2, false],
    [[1, 2], 4, true],
    [[3, 4, 5], 3, false],
    [[3, 4, 5, 12], 4, true],
    [[2, 3], 3, false],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 14, true],
  ])('yes to %o scores %i (at risk: %s)', (yes, score, atRisk) => {
    expect(scoreStayIndependent(answers(...yes))).toEqual({ score, atRisk });
  });

  it('has twelve statements and refuses any other number of answers', () => {
    expect(STAY_INDEPENDENT_ITEMS).toHaveLength(12);
    expect(() => scoreStayIndependent([true])).toThrow(RangeError);
  });
});
