import type { EntryDataByKind, EntryKind, RecordEntry } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import type { DischargeValues } from './discharge-form.js';
import { checkDischargeValues, measuresRepeated, newDischargeValues } from './discharge-form.js';

let nextId = 0;
function makeEntry<K extends EntryKind>(
  kind: K,
  data: EntryDataByKind[K],
  scores: unknown = {},
): RecordEntry<K> {
  nextId += 1;
  return {
    id: `entry-${String(nextId)}`,
    kind,
    version: 1,
    data,
    scores,
    createdAt: '2026-04-01T10:00:00Z',
    createdBy: 'OT',
    updatedAt: '2026-04-01T10:00:00Z',
    updatedBy: 'OT',
  };
}

const assessment = (stage: 'initial' | 'discharge', was: number) =>
  makeEntry(
    'assessment',
    { stage, assessedOn: stage === 'initial' ? '2026-04-01' : '2026-05-01', notes: '' },
    { flags: [], workAbility: { score: was, band: 'poor' } },
  );

const makeValues = (overrides: Partial<DischargeValues> = {}): DischargeValues => ({
  ...newDischargeValues('2026-05-01'),
  reason: 'goals_met',
  adviceForGp: 'No further action',
  ...overrides,
});

const codes = (values: DischargeValues, entries: RecordEntry[] = [], pathway = 'work' as const) => {
  const checked = checkDischargeValues(values, entries, pathway);
  return checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`);
};

describe('discharge', () => {
  it('knows whether the outcome measures were repeated', () => {
    expect(measuresRepeated([])).toBe(false);
    expect(measuresRepeated([assessment('initial', 3)])).toBe(false);
    expect(measuresRepeated([assessment('initial', 3), assessment('discharge', 7)])).toBe(true);
  });

  it('sends the discharge with the PREM on by default and the work outcome on the work pathway', () => {
    const values = makeValues({
      avoided: ['gpAppointments', 'medication'],
      gpAppointmentsCount: '3',
      workStatus: 'in_work',
      workDetail: ' Back full time ',
      measuresNotRepeatedReason: 'Moved away before the last session',
    });
    expect(checkDischargeValues(values, [], 'work')).toEqual({
      ok: true,
      data: {
        dischargedOn: '2026-05-01',
        reason: 'goals_met',
        reasonDetail: '',
        avoided: {
          gpAppointments: true,
          gpAppointmentsCount: 3,
          secondaryCareReferral: false,
          medication: true,
        },
        workOutcome: { status: 'in_work', detail: 'Back full time' },
        adviceForGp: 'No further action',
        measuresNotRepeatedReason: 'Moved away before the last session',
        sendPrem: true,
      },
    });
    const other = checkDischargeValues(values, [], 'mental_health');
    expect(other.ok && other.data.workOutcome).toBeNull();
  });

  it('applies the core rules: measures repeated or a reason, a count, detail for other, advice', () => {
    expect(
      codes(makeValues({ reason: 'other', adviceForGp: ' ', avoided: ['gpAppointments'] })),
    ).toEqual([
      'measuresNotRepeatedReason:measures_not_repeated',
      'avoided.gpAppointmentsCount:count_needed',
      'reasonDetail:detail_needed',
      'adviceForGp:advice_needed',
    ]);
    const repeated = [assessment('initial', 3), assessment('discharge', 7)];
    expect(codes(makeValues(), repeated)).toEqual([]);
  });

  it('reports an unusable count once, and no detail until a reason is chosen', () => {
    expect(
      codes(makeValues({ reason: '', avoided: ['gpAppointments'], gpAppointmentsCount: 'lots' }), [
        assessment('initial', 3),
        assessment('discharge', 7),
      ]),
    ).toEqual(['reason:required', 'avoided.gpAppointmentsCount:out_of_range']);
  });
});
