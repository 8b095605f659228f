import type { RiskData } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import type { RiskValues } from './risk-form.js';
import {
  checkRisk,
  initialDomains,
  withSuicide,
  levelDiffers,
  newRiskValues,
  riskDifferences,
  riskValuesOf,
  suggestedLevelOf,
} from './risk-form.js';

/** A completed low-risk assessment, with overrides. */
function makeRiskValues(overrides: Partial<RiskValues> = {}): RiskValues {
  return {
    ...newRiskValues('2026-05-01', 'Samaritans: 116 123'),
    thoughts: 'none',
    plans: 'none',
    intent: 'no',
    accessToMeans: 'no',
    previousAttempts: 'no',
    level: 'low',
    escalationTo: 'none',
    // The mental health pathway also asks about self-neglect and safeguarding (issue 16 item 7).
    selfNeglect: { present: 'no', level: '', concerns: '', plan: '' },
    safeguarding: { present: 'no', level: '', concerns: '', plan: '' },
    ...overrides,
  };
}

const codes = (values: RiskValues) => {
  const checked = checkRisk(values);
  return checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`);
};

describe('the suggested level', () => {
  it('waits until the five questions it rests on are answered', () => {
    expect(suggestedLevelOf(newRiskValues('2026-05-01', ''))).toBeNull();
    expect(suggestedLevelOf(makeRiskValues({ previousAttempts: '' }))).toBeNull();
  });

  it('follows the core rules as the answers change', () => {
    expect(suggestedLevelOf(makeRiskValues())).toBe('low');
    expect(suggestedLevelOf(makeRiskValues({ thoughts: 'passive' }))).toBe('moderate');
    expect(suggestedLevelOf(makeRiskValues({ plans: 'specific' }))).toBe('high');
    expect(suggestedLevelOf(makeRiskValues({ thoughts: 'active', accessToMeans: 'yes' }))).toBe(
      'high',
    );
  });

  it('asks for a reason only once a confirmed level differs from it', () => {
    expect(levelDiffers(makeRiskValues())).toBe(false);
    expect(levelDiffers(makeRiskValues({ level: 'moderate' }))).toBe(true);
    expect(levelDiffers(makeRiskValues({ level: '' }))).toBe(false);
  });
});

describe('checkRisk', () => {
  it('sends a complete assessment, trimmed, with no escalation time', () => {
    const checked = checkRisk(
      makeRiskValues({ protectiveFactors: '  Her dog  ', escalationDetail: 'ignored' }),
    );
    expect(checked).toMatchObject({
      ok: true,
      data: {
        assessedOn: '2026-05-01',
        thoughts: 'none',
        intent: false,
        protectiveFactors: 'Her dog',
        level: 'low',
        escalation: { to: 'none', detail: '', at: null },
        safetyPlan: { professionals: 'Samaritans: 116 123' },
      },
    });
  });

  it('names every unanswered question and nothing the clinical rules would say about stand-ins', () => {
    expect(codes(newRiskValues('', ''))).toEqual([
      'assessedOn:required',
      'thoughts:required',
      'plans:required',
      'intent:required',
      'accessToMeans:required',
      'previousAttempts:required',
      'selfNeglect.present:required',
      'safeguarding.present:required',
      'level:required',
      'escalation.to:required',
    ]);
  });

  it('needs a reason when the confirmed level differs from the suggestion', () => {
    expect(codes(makeRiskValues({ level: 'moderate' }))).toEqual([
      'levelReason:needed_when_differs',
    ]);
    expect(codes(makeRiskValues({ level: 'moderate', levelReason: 'Recent loss' }))).toEqual([]);
  });

  it('refuses a high level with no escalation, and an escalation without detail', () => {
    const high = { plans: 'specific' as const, level: 'high' as const };
    expect(codes(makeRiskValues(high))).toEqual(['escalation.to:high_needs_escalation']);
    expect(codes(makeRiskValues({ ...high, escalationTo: 'crisis_team' }))).toEqual([
      'escalation.detail:escalation_needs_detail',
    ]);
  });

  it('records when the escalation happened, with the time when one is given', () => {
    const escalated = makeRiskValues({
      plans: 'specific',
      level: 'high',
      escalationTo: 'same_day_gp',
      escalationDetail: 'Dr Jones, 4pm today',
      escalationOn: { day: '1', month: '5', year: '2026' },
      escalationTime: '9.05',
    });
    const checked = checkRisk(escalated);
    expect(checked.ok && checked.data.escalation).toEqual({
      to: 'same_day_gp',
      detail: 'Dr Jones, 4pm today',
      at: '2026-05-01T09:05',
    });
    expect(codes({ ...escalated, escalationTime: '' })).toEqual([]);
    expect(codes({ ...escalated, escalationTime: '25:00' })).toEqual([
      'escalation.at:invalid_time',
    ]);
    expect(
      codes({
        ...escalated,
        escalationOn: { day: '', month: '', year: '' },
        escalationTime: '10:00',
      }),
    ).toEqual(['escalation.at:required']);
  });
});

describe('a saved assessment in the form', () => {
  it('comes back as it was saved', () => {
    const checked = checkRisk(
      makeRiskValues({
        thoughts: 'active',
        thoughtsDetail: 'Thinks about it daily',
        accessToMeans: 'yes',
        level: 'high',
        escalationTo: 'crisis_team',
        escalationDetail: 'Crisis team visiting',
        escalationOn: { day: '2', month: '5', year: '2026' },
        escalationTime: '14:30',
      }),
    );
    if (!checked.ok) throw new Error('expected a valid assessment');
    expect(checkRisk(riskValuesOf(checked.data))).toEqual(checked);
  });

  it('says which parts someone else’s version changed', () => {
    const checked = checkRisk(makeRiskValues());
    if (!checked.ok) throw new Error('expected a valid assessment');
    const mine: RiskData = checked.data;
    const theirs: RiskData = {
      ...mine,
      level: 'moderate',
      levelReason: 'Low mood',
      protectiveFactors: 'Family',
      safetyPlan: { ...mine.safetyPlan, warningSigns: 'Not sleeping' },
    };
    expect(riskDifferences(mine, theirs)).toEqual(['level', 'assessment', 'warningSigns']);
    expect(riskDifferences(mine, mine)).toEqual([]);
  });
});

describe('risk by pathway (issue 16 item 7)', () => {
  const fallsValues = (overrides: Partial<RiskValues> = {}): RiskValues => ({
    ...newRiskValues('2026-05-01', 'Samaritans: 116 123', 'frailty_falls'),
    level: 'low',
    escalationTo: 'none',
    falls: { present: 'no', level: '', concerns: '', plan: '' },
    selfNeglect: { present: 'no', level: '', concerns: '', plan: '' },
    safeguarding: { present: 'no', level: '', concerns: '', plan: '' },
    ...overrides,
  });

  it('asks a falls patient no suicide questions and sends no safety plan', () => {
    expect(newRiskValues('2026-05-01', '', 'frailty_falls').domains).toEqual([
      'falls',
      'self_neglect',
      'safeguarding',
    ]);
    expect(codes(newRiskValues('2026-05-01', '', 'frailty_falls'))).toEqual([
      'falls.present:required',
      'selfNeglect.present:required',
      'safeguarding.present:required',
      'level:required',
      'escalation.to:required',
    ]);
    const checked = checkRisk(fallsValues());
    expect(checked).toMatchObject({
      ok: true,
      data: {
        level: 'low',
        domains: ['falls', 'self_neglect', 'safeguarding'],
        falls: { present: false, level: null, stayIndependent: null },
        safetyPlan: { professionals: '', warningSigns: '' },
      },
    });
    expect(suggestedLevelOf(fallsValues())).toBe('low');
  });

  it('gives a present falls risk its own level and plan, and suggests it', () => {
    const found = { present: 'yes' as const, level: 'moderate' as const, concerns: '', plan: '' };
    expect(codes(fallsValues({ falls: found, level: 'moderate' }))).toEqual([
      'falls.plan:domain_plan_required',
    ]);
    expect(suggestedLevelOf(fallsValues({ falls: { ...found, plan: 'Balance class' } }))).toBe(
      'moderate',
    );
  });

  it('adds suicide and self-harm for a falls patient whose record carries a risk flag', () => {
    expect(initialDomains('frailty_falls', false)).toEqual([
      'falls',
      'self_neglect',
      'safeguarding',
    ]);
    expect(initialDomains('frailty_falls', true)).toEqual([
      'suicide',
      'falls',
      'self_neglect',
      'safeguarding',
    ]);
    expect(initialDomains('mental_health', false)).toEqual([
      'suicide',
      'self_neglect',
      'safeguarding',
    ]);
    expect(withSuicide(['suicide', 'falls'], false)).toEqual(['falls']);
  });

  it('reads an assessment saved before risk domains as suicide only', () => {
    const old = checkRisk(makeRiskValues());
    if (!old.ok) throw new Error('expected a complete assessment');
    const { domains: _d, falls: _f, selfNeglect: _s, safeguarding: _g, ...before } = old.data;
    expect(riskValuesOf(before).domains).toEqual(['suicide']);
    // Changed now, it also covers what its pathway asks about.
    expect(riskValuesOf(before, 'mental_health').domains).toEqual([
      'suicide',
      'self_neglect',
      'safeguarding',
    ]);
  });
});
