import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday, isBankHoliday, NATIONS } from './bank-holidays.js';

/** gov.uk/bank-holidays, "england-and-wales" division, as published. */
const GOV_UK_ENGLAND_AND_WALES: Record<number, readonly string[]> = {
  2020: [
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
  ],
  2021: [
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
  ],
  2022: [
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
  ],
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

describe('bank holidays, England and Wales (gov.uk england-and-wales division)', () => {
  for (const [year, expected] of Object.entries(GOV_UK_ENGLAND_AND_WALES)) {
    for (const nation of NATIONS) {
      it(`${nation} ${year} matches gov.uk`, () => {
        expect(bankHolidays(nation, Number(year)).map((h) => h.date)).toEqual(expected);
      });
    }
  }

  it('titles substitutes as gov.uk does (Christmas 2022 fell on a Sunday)', () => {
    expect(bankHolidays('england', 2022).slice(-2)).toEqual([
      { date: '2022-12-26', title: 'Boxing Day' },
      { date: '2022-12-27', title: 'Christmas Day (substitute day)' },
    ]);
    expect(bankHolidays('wales', 2021).slice(-2)).toEqual([
      { date: '2021-12-27', title: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', title: 'Boxing Day (substitute day)' },
    ]);
    expect(bankHolidays('england', 2022)[0]).toEqual({
      date: '2022-01-03',
      title: 'New Year’s Day (substitute day)',
    });
  });

  it('applies the one-off changes of 2012 (Diamond Jubilee) from its table', () => {
    const dates = bankHolidays('england', 2012).map((h) => h.date);
    expect(dates).toContain('2012-06-04');
    expect(dates).toContain('2012-06-05');
    expect(dates).not.toContain('2012-05-28');
  });

  it('computes Easter Sunday by the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('answers for a single date', () => {
    expect(isBankHoliday('england', '2026-05-04')).toBe(true);
    expect(isBankHoliday('wales', '2026-12-28')).toBe(true);
    expect(isBankHoliday('wales', '2026-03-01')).toBe(false); // St David's Day is not one
    expect(isBankHoliday('england', '2026-05-05')).toBe(false);
    expect(() => isBankHoliday('england', '2026-02-30')).toThrow(RangeError);
    expect(() => bankHolidays('england', 2026.5)).toThrow(RangeError);
  });
});
