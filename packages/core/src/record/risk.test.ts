import { describe, expect, it } from 'vitest';
import type { RiskData } from './entry-types.js';
import { checkRiskAssessment, suggestRiskLevel } from './risk.js';

const base: RiskData = {
  assessedOn: '2026-11-10',
  thoughts: 'none',
  thoughtsDetail: '',
  plans: 'none',
  plansDetail: '',
  intent: false,
  accessToMeans: false,
  previousAttempts: false,
  protectiveFactors: 'Family',
  level: 'low',
  levelReason: '',
  escalation: { to: 'none', detail: '', at: null },
  safetyPlan: {
    warningSigns: '',
    copingStrategies: '',
    peopleAndPlaces: '',
    peopleToAskForHelp: '',
    professionals: '',
    keepingSafe: '',
  },
};

describe('suggestRiskLevel (H-301)', () => {
  it.each([
    [{}, 'low'],
    [{ thoughts: 'passive' as const }, 'moderate'],
    [{ plans: 'vague' as const }, 'moderate'],
    [{ thoughts: 'active' as const }, 'moderate'],
    [{ thoughts: 'active' as const, accessToMeans: true }, 'high'],
    [{ thoughts: 'active' as const, previousAttempts: true }, 'high'],
    [{ plans: 'specific' as const }, 'high'],
    [{ intent: true }, 'high'],
  ])('%o suggests %s', (change, level) => {
    expect(suggestRiskLevel({ ...base, ...change })).toBe(level);
  });
});

describe('checkRiskAssessment (H-302)', () => {
  it('accepts a confirmed suggestion', () => {
    expect(checkRiskAssessment(base)).toEqual([]);
  });
  it('needs a reason when the clinician differs from the suggestion', () => {
    expect(checkRiskAssessment({ ...base, level: 'moderate' })).toEqual([
      { field: 'levelReason', problem: 'needed_when_differs' },
    ]);
    expect(checkRiskAssessment({ ...base, level: 'moderate', levelReason: 'Recent loss' })).toEqual(
      [],
    );
  });
  it('will not let a high risk go without escalation and what was agreed', () => {
    const high = { ...base, plans: 'specific' as const, level: 'high' as const };
    expect(checkRiskAssessment(high)).toEqual([
      { field: 'escalation.to', problem: 'high_needs_escalation' },
    ]);
    expect(
      checkRiskAssessment({ ...high, escalation: { to: 'crisis_team', detail: '', at: null } }),
    ).toEqual([{ field: 'escalation.detail', problem: 'escalation_needs_detail' }]);
    expect(
      checkRiskAssessment({
        ...high,
        escalation: { to: 'crisis_team', detail: 'Seen today', at: null },
      }),
    ).toEqual([]);
  });
});
