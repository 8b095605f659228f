import { describe, expect, it } from 'vitest';
import { gasTScore } from '../instruments/index.js';
import type { AssessmentScores } from './assessment-scoring.js';
import type { EntryDataByKind, EntryKind, GoalData } from './entry-types.js';
import {
  canAddEntry,
  outcomeSeries,
  recordReadLevel,
  recordViewFor,
  summariseEpisode,
  type RecordEntry,
} from './record-view.js';

let n = 0;
function entry<K extends EntryKind>(
  kind: K,
  data: EntryDataByKind[K],
  scores: unknown = {},
): RecordEntry {
  n += 1;
  return {
    id: `e${n}`,
    kind,
    version: 1,
    data,
    scores,
    createdAt: '2026-11-01T09:00:00Z',
    createdBy: 'OT',
    updatedAt: '2026-11-01T09:00:00Z',
    updatedBy: 'OT',
  };
}

const assessment = (on: string, scores: Partial<AssessmentScores>) =>
  entry(
    'assessment',
    { stage: 'initial', assessedOn: on, notes: 'private note' },
    { flags: [], ...scores },
  );

const goal = (baseline: -1 | -2, reviewScore: -2 | -1 | 0 | 1 | 2 | null): GoalData => ({
  wording: 'Walk to the shop',
  agreed: true,
  agreedOn: '2026-11-01',
  measure: 'gas',
  copm: null,
  gas: { importance: 1, difficulty: 1, baseline, expected: 'Walks there with a stick' },
  reviews:
    reviewScore === null
      ? []
      : [
          {
            on: '2026-11-15',
            gasScore: reviewScore,
            performance: null,
            satisfaction: null,
            note: '',
          },
        ],
  status: 'active',
});

describe('recordViewFor (H-305)', () => {
  it('gives OTs the record, clinicians a summary, and others nothing', () => {
    expect(recordViewFor(['ot'])).toBe('full');
    expect(recordViewFor(['clinician', 'ot'])).toBe('full');
    expect(recordViewFor(['clinician'])).toBe('summary');
    expect(recordViewFor(['navigator'])).toBe('none');
    expect(recordViewFor(['lead', 'admin'])).toBe('none');
    // A summary is read at the clinical level; the record itself (and a refusal) at the record level.
    expect(recordReadLevel('summary')).toBe('clinical');
    expect(recordReadLevel('full')).toBe('record');
    expect(recordReadLevel('none')).toBe('record');
  });
  it('takes only late notes and the person’s answers once an episode is closed', () => {
    expect(canAddEntry('assessment', 'open')).toBe(true);
    expect(canAddEntry('discharge', 'open')).toBe(false);
    expect(canAddEntry('assessment', 'closed')).toBe(false);
    expect(canAddEntry('contact', 'closed')).toBe(true);
    expect(canAddEntry('questionnaire', 'closed')).toBe(true);
  });
});

describe('outcomeSeries (H-303)', () => {
  it('orders each measure by date and gives the change from first to last', () => {
    const series = outcomeSeries([
      assessment('2026-11-20', { phq9: { total: 6, severity: 'mild', item9RiskFlag: false } }),
      assessment('2026-11-01', { phq9: { total: 14, severity: 'moderate', item9RiskFlag: true } }),
    ]);
    expect(series).toEqual([
      expect.objectContaining({
        measure: 'phq9',
        first: { on: '2026-11-01', value: 14, qualifier: 'moderate' },
        last: { on: '2026-11-20', value: 6, qualifier: 'mild' },
        change: -8,
      }),
    ]);
  });
  it('never subtracts EQ-5D indices from different value sets', () => {
    const index = (value: number, valueSet: 'UK_5L_2026' | 'ENGLAND_5L_2018') => ({
      eq5d5l: {
        state: '11111',
        vas: null,
        index: { value, valueSet, label: { en: '', cy: '' } },
        indexProblem: null,
      },
    });
    const mixed = outcomeSeries([
      assessment('2026-11-01', index(0.5, 'ENGLAND_5L_2018')),
      assessment('2026-11-20', index(0.8, 'UK_5L_2026')),
    ]);
    expect(mixed[0]).toMatchObject({ measure: 'eq5d_index', change: null });
    const same = outcomeSeries([
      assessment('2026-11-01', index(0.5, 'UK_5L_2026')),
      assessment('2026-11-20', index(0.8, 'UK_5L_2026')),
    ]);
    expect(same[0]).toMatchObject({ change: 0.3 });
  });
  it('scores goal attainment over all GAS goals at baseline and at their latest review (INSTRUMENTS.md §6)', () => {
    const goals = [goal(-1, 0), goal(-1, 1), goal(-1, -1)];
    const [gas] = outcomeSeries(goals.map((g) => entry('goal', g)));
    // Three unweighted goals at −1 give 36.3069; at (0, +1, −1) the T-score is 50.
    expect(gas?.first.value).toBeCloseTo(36.31, 2);
    expect(gas?.last.value).toBeCloseTo(gasTScore([{ score: 0 }, { score: 1 }, { score: -1 }]), 2);
    expect(gas?.last.value).toBe(50);
  });
});

describe('summariseEpisode', () => {
  it('carries outcomes, risk and actions but no notes', () => {
    const summary = summariseEpisode([
      entry('contact', {
        occurredOn: '2026-11-02',
        mode: 'phone',
        minutes: 20,
        note: 'private note',
      }),
      assessment('2026-11-01', {
        phq9: { total: 4, severity: 'none_minimal', item9RiskFlag: true },
        flags: ['phq9_item9'],
      }),
    ]);
    expect(summary).toMatchObject({ contacts: 1, lastContactOn: '2026-11-02', riskFlagged: true });
    expect(JSON.stringify(summary)).not.toContain('private note');
  });

  it('shows the GP each risk found at the latest assessment with its own level (issue 16 item 7)', () => {
    const noSuicideRisk = {
      thoughts: 'none',
      thoughtsDetail: '',
      plans: 'none',
      plansDetail: '',
      intent: false,
      accessToMeans: false,
      previousAttempts: false,
      protectiveFactors: '',
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
    } as const;
    const summary = summariseEpisode([
      entry('risk', { ...noSuicideRisk, assessedOn: '2026-10-01', level: 'low', domains: ['falls'] }),
      entry('risk', {
        ...noSuicideRisk,
        assessedOn: '2026-11-03',
        level: 'moderate',
        domains: ['falls', 'self_neglect', 'safeguarding'],
        falls: {
          present: true,
          level: 'high',
          concerns: 'Two falls at night',
          plan: 'Strength and balance',
          stayIndependent: null,
        },
        selfNeglect: { present: false, level: null, concerns: '', plan: '' },
        safeguarding: { present: true, level: 'moderate', concerns: 'Carer strain', plan: 'Refer' },
      }),
    ]);
    // The latest assessment's risks, in the order falls, self-neglect, safeguarding; an absent
    // risk (self-neglect) is not listed, and the concerns and plans stay in the full record.
    expect(summary.risk).toEqual({
      level: 'moderate',
      escalation: 'none',
      assessedOn: '2026-11-03',
      domains: [
        { domain: 'falls', level: 'high' },
        { domain: 'safeguarding', level: 'moderate' },
      ],
    });
  });
});
