/**
 * Bank holidays, so no clinic slot is opened on one (issue 4, seed 002 clinics).
 *
 * England and Wales share one list today: gov.uk publishes it as the "england-and-wales" division
 * (https://www.gov.uk/bank-holidays). The nation stays a parameter because Everyday serves Wales
 * and the Senedd could add a Welsh holiday; a divergence is then one branch here.
 *
 * Computed by rule for any year, plus the one-off changes proclaimed by royal proclamation. The
 * rules are those in force since 1978, when the early May bank holiday began; a new one-off must
 * be added to ONE_OFF_CHANGES when it is proclaimed.
 */
import {
  addCalendarDays,
  isCalendarDate,
  isoWeekdayOf,
  utcMsToCalendarDate,
  type CalendarDate,
} from './calendar-date.js';

export const NATIONS = ['england', 'wales'] as const;
/** The nation whose bank holidays a clinic observes. Scotland is out of scope. */
export type Nation = (typeof NATIONS)[number];

export interface BankHoliday {
  readonly date: CalendarDate;
  /** gov.uk's title, e.g. "Spring bank holiday" or "Boxing Day (substitute day)". */
  readonly title: string;
}

type MovableRule = 'early_may' | 'spring';

/** A proclaimed departure from the rules: a holiday moved to another date, or an extra one. */
export type OneOffChange =
  | {
      readonly kind: 'moved';
      readonly rule: MovableRule;
      readonly date: CalendarDate;
      readonly title: string;
    }
  | { readonly kind: 'extra'; readonly date: CalendarDate; readonly title: string };

/** One-off changes in England and Wales, from gov.uk and the proclamations behind them. */
export const ONE_OFF_CHANGES: readonly OneOffChange[] = [
  {
    kind: 'moved',
    rule: 'early_may',
    date: '1995-05-08',
    title: 'Early May bank holiday (VE day)',
  },
  { kind: 'extra', date: '1999-12-31', title: 'Millennium celebrations' },
  { kind: 'moved', rule: 'spring', date: '2002-06-04', title: 'Spring bank holiday' },
  { kind: 'extra', date: '2002-06-03', title: 'Golden Jubilee' },
  { kind: 'extra', date: '2011-04-29', title: 'Royal wedding' },
  { kind: 'moved', rule: 'spring', date: '2012-06-04', title: 'Spring bank holiday' },
  { kind: 'extra', date: '2012-06-05', title: 'Queen’s Diamond Jubilee' },
  {
    kind: 'moved',
    rule: 'early_may',
    date: '2020-05-08',
    title: 'Early May bank holiday (VE day)',
  },
  { kind: 'moved', rule: 'spring', date: '2022-06-02', title: 'Spring bank holiday' },
  { kind: 'extra', date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
  {
    kind: 'extra',
    date: '2022-09-19',
    title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
  },
  {
    kind: 'extra',
    date: '2023-05-08',
    title: 'Bank holiday for the coronation of King Charles III',
  },
];

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

function dateOf(year: number, month: number, day: number): CalendarDate {
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written; months past 12 roll over.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return utcMsToCalendarDate(d.getTime());
}

function isWeekend(date: CalendarDate): boolean {
  return isoWeekdayOf(date) >= 6;
}

function firstMonday(year: number, month: number): CalendarDate {
  const first = dateOf(year, month, 1);
  return addCalendarDays(first, (8 - isoWeekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): CalendarDate {
  const last = addCalendarDays(dateOf(year, month + 1, 1), -1);
  return addCalendarDays(last, -((isoWeekdayOf(last) + 6) % 7));
}

/**
 * Fixed-date holidays with substitutes: those on a weekday keep their date; those on a weekend
 * move, in order, to the next weekday not already a holiday. So Christmas on a Sunday gives
 * Boxing Day on the 26th and "Christmas Day (substitute day)" on the 27th, as gov.uk lists it.
 */
function withSubstitutes(days: readonly BankHoliday[]): BankHoliday[] {
  const placed = days.filter((h) => !isWeekend(h.date));
  const taken = new Set(placed.map((h) => h.date));
  for (const holiday of days.filter((h) => isWeekend(h.date))) {
    let date = holiday.date;
    while (isWeekend(date) || taken.has(date)) date = addCalendarDays(date, 1);
    taken.add(date);
    placed.push({ date, title: `${holiday.title} (substitute day)` });
  }
  return placed;
}

function englandAndWales(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const changes = ONE_OFF_CHANGES.filter((c) =>
    c.date.startsWith(`${String(year).padStart(4, '0')}-`),
  );
  const movable = (rule: MovableRule, date: CalendarDate, title: string): BankHoliday => {
    const moved = changes.find((c) => c.kind === 'moved' && c.rule === rule);
    return moved === undefined ? { date, title } : { date: moved.date, title: moved.title };
  };
  const holidays: BankHoliday[] = [
    ...withSubstitutes([{ date: dateOf(year, 1, 1), title: 'New Year’s Day' }]),
    { date: addCalendarDays(easter, -2), title: 'Good Friday' },
    { date: addCalendarDays(easter, 1), title: 'Easter Monday' },
    movable('early_may', firstMonday(year, 5), 'Early May bank holiday'),
    movable('spring', lastMonday(year, 5), 'Spring bank holiday'),
    { date: lastMonday(year, 8), title: 'Summer bank holiday' },
    ...withSubstitutes([
      { date: dateOf(year, 12, 25), title: 'Christmas Day' },
      { date: dateOf(year, 12, 26), title: 'Boxing Day' },
    ]),
    ...changes.flatMap((c) => (c.kind === 'extra' ? [{ date: c.date, title: c.title }] : [])),
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<
  string,
  { readonly list: readonly BankHoliday[]; readonly dates: ReadonlySet<string> }
>();

function yearOf(nation: Nation, year: number) {
  const key = `${nation}:${year}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    let list: readonly BankHoliday[];
    switch (nation) {
      case 'england':
      case 'wales':
        list = englandAndWales(year);
        break;
    }
    entry = { list, dates: new Set(list.map((h) => h.date)) };
    if (cache.size > 500) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}

function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Not a year: ${year}`);
  }
  return year;
}

/** The bank holidays of a nation in a year, in date order. */
export function bankHolidays(nation: Nation, year: number): readonly BankHoliday[] {
  return yearOf(nation, checkedYear(year)).list;
}

/** True when `date` ('YYYY-MM-DD') is a bank holiday in the nation. */
export function isBankHoliday(nation: Nation, date: CalendarDate): boolean {
  if (!isCalendarDate(date)) throw new RangeError(`Not a date: ${date}`);
  return yearOf(nation, checkedYear(Number(date.slice(0, 4)))).dates.has(date);
}
