import { describe, expect, it } from 'vitest';
import { checkIntervention, newInterventionValues } from './intervention-form.js';

describe('checkIntervention', () => {
  const base = newInterventionValues('2026-05-01');

  it('sends an intervention with the goals it serves from this episode only', () => {
    const checked = checkIntervention(
      { ...base, code: 'graded_activity', goalIds: ['goal-1', 'gone'], note: ' Weekly plan ' },
      ['goal-1', 'goal-2'],
    );
    expect(checked).toEqual({
      ok: true,
      data: {
        code: 'graded_activity',
        destination: null,
        goalIds: ['goal-1'],
        deliveredOn: '2026-05-01',
        note: 'Weekly plan',
      },
    });
  });

  it('needs a destination for an onward referral, and only then', () => {
    const referral = checkIntervention({ ...base, code: 'onward_referral' }, []);
    expect(referral.ok ? [] : referral.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'destination:required',
    ]);
    const sent = checkIntervention({ ...base, code: 'onward_referral', destination: ' CMHT ' }, []);
    expect(sent.ok && sent.data.destination).toBe('CMHT');
    const other = checkIntervention({ ...base, code: 'signposting', destination: 'typed' }, []);
    expect(other.ok && other.data.destination).toBeNull();
  });

  it('needs what was done and a real date', () => {
    const checked = checkIntervention(
      { ...base, deliveredOn: { day: '30', month: '2', year: '2026' } },
      [],
    );
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'code:required',
      'deliveredOn:invalid_date',
    ]);
  });
});
