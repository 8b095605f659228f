import { describe, expect, it } from 'vitest';
import {
  addYears,
  apiQuery,
  compareChoiceOf,
  comparePeriod,
  evidenceQuery,
  last12Months,
  lastQuarter,
  periodChoiceOf,
  periodProblem,
  readEvidenceFilters,
} from './evidence-query.js';

describe('the evidence dashboard’s periods', () => {
  it('takes the last full calendar quarter before today', () => {
    expect(lastQuarter('2026-11-15')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastQuarter('2026-01-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastQuarter('2026-03-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('takes the 12 months up to today, and moves 29 February to the 28th a year away', () => {
    expect(last12Months('2026-11-15')).toEqual({ from: '2025-11-16', to: '2026-11-15' });
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
  });

  it('compares with the period of the same length before, or the same dates a year earlier', () => {
    const period = { from: '2026-07-01', to: '2026-09-30' };
    expect(comparePeriod('previous', period)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(comparePeriod('year-before', period)).toEqual({ from: '2025-07-01', to: '2025-09-30' });
  });

  it('recognises a preset from its dates, and anything else as chosen dates', () => {
    expect(periodChoiceOf({ from: '2026-07-01', to: '2026-09-30' }, '2026-11-15')).toBe(
      'last-quarter',
    );
    expect(periodChoiceOf({ from: '2026-07-02', to: '2026-09-30' }, '2026-11-15')).toBe('custom');
    const filters = {
      ...readEvidenceFilters(new URLSearchParams('from=2026-07-01&to=2026-09-30'), '2026-11-15'),
    };
    expect(compareChoiceOf(filters)).toBe('none');
    expect(
      compareChoiceOf({ ...filters, compareFrom: '2026-04-01', compareTo: '2026-06-30' }),
    ).toBe('previous');
    expect(
      compareChoiceOf({ ...filters, compareFrom: '2026-04-02', compareTo: '2026-06-30' }),
    ).toBe('custom');
  });

  it('reads the filters from the address, the last 12 months when none is given', () => {
    expect(readEvidenceFilters(new URLSearchParams(''), '2026-11-15')).toMatchObject({
      from: '2025-11-16',
      to: '2026-11-15',
      practiceId: '',
    });
    const filters = readEvidenceFilters(
      new URLSearchParams(
        'from=2026-07-01&to=2026-09-30&pathway=work&compareFrom=2026-04-01&compareTo=2026-06-30',
      ),
      '2026-11-15',
    );
    expect(evidenceQuery(filters)).toBe(
      'from=2026-07-01&to=2026-09-30&pathway=work&compareFrom=2026-04-01&compareTo=2026-06-30',
    );
    expect(apiQuery(filters, 'compare')).toBe('from=2026-04-01&to=2026-06-30&pathway=work');
  });

  it('finds a period that is not two real dates in order', () => {
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toBe('from');
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('order');
    expect(periodProblem({ from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });
});
