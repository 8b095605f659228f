/**
 * How the service report writes its numbers and its period (issue 12 item 3): a figure as read
 * (a count, a percentage, days, weeks, per 1,000, pounds), its 95% interval, what it is based
 * on, and the period as a financial quarter or year where it is one. English and Welsh. Pure.
 */
import type { Figure } from '../contracts/evidence.js';
import { addCalendarDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { formatLetterDate } from './booking-letter.js';

export type ReportLanguage = 'en' | 'cy';

/** Shown for a figure the small-number rule hid, and for one with nobody counted. */
export const SUPPRESSED = { en: 'suppressed', cy: 'wedi’i atal' } as const;
export const NO_DATA = { en: 'no data', cy: 'dim data' } as const;

/** A whole number with thousands separated by commas: 12,345. */
export function groupThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number to `dp` decimal places with thousands separated: 1,234.5. */
export function formatNumber(n: number, dp: number): string {
  const fixed = Math.abs(n).toFixed(dp);
  const [whole = '0', fraction] = fixed.split('.');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(Number(whole))}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Pounds and pence: £1,234.56, -£86.07. */
export function formatPounds(n: number): string {
  const text = formatNumber(Math.abs(n), 2);
  return n < 0 && Number(text.replace(/,/g, '')) !== 0 ? `-£${text}` : `£${text}`;
}

/** A value in a figure's unit, without an interval. */
export function formatValue(value: number, unit: Figure['unit'], language: ReportLanguage): string {
  switch (unit) {
    case 'count':
      return groupThousands(value);
    case 'proportion':
      return `${formatNumber(value * 100, 1)}%`;
    case 'days':
      return `${formatNumber(value, 1)} ${language === 'en' ? 'days' : 'diwrnod'}`;
    case 'weeks':
      return `${formatNumber(value, 1)} ${language === 'en' ? 'weeks' : 'wythnos'}`;
    case 'score':
      return formatNumber(value, 2);
    case 'per1000':
      return `${formatNumber(value, 1)} ${language === 'en' ? 'per 1,000' : 'fesul 1,000'}`;
    case 'gbp':
      return formatPounds(value);
  }
}

/**
 * A count whose figure is a statistic over n values (a mean number of sessions), not a count of
 * people: it carries n as its denominator and no numerator.
 */
function isMeanCount(figure: Figure): boolean {
  return figure.unit === 'count' && figure.numerator === null && figure.denominator !== null;
}

/** A value in the figure's unit, a mean count to one decimal place. */
function valueOf(figure: Figure, value: number, language: ReportLanguage): string {
  return isMeanCount(figure) ? formatNumber(value, 1) : formatValue(value, figure.unit, language);
}

/** A figure as read: its value, or why it has none. */
export function figureValue(figure: Figure, language: ReportLanguage): string {
  if (figure.suppressed) return SUPPRESSED[language];
  if (figure.value === null) return NO_DATA[language];
  return valueOf(figure, figure.value, language);
}

/** A figure's 95% interval, "35.1% to 49.0%", or '' when it has none (or is hidden). */
export function figureInterval(figure: Figure, language: ReportLanguage): string {
  if (figure.suppressed || figure.value === null) return '';
  if (figure.lower === null || figure.upper === null) return '';
  const to = language === 'en' ? 'to' : 'i';
  return `${valueOf(figure, figure.lower, language)} ${to} ${valueOf(figure, figure.upper, language)}`;
}

/** The value with its interval in brackets: "12.5% (8.0% to 19.0%)". */
export function figureWithInterval(figure: Figure, language: ReportLanguage): string {
  const interval = figureInterval(figure, language);
  const value = figureValue(figure, language);
  return interval === '' ? value : `${value} (${interval})`;
}

/** What a figure is based on: "15 of 35" for a rate, "n = 35" for a median or mean. */
export function figureBasis(figure: Figure, language: ReportLanguage): string {
  const count = (n: number | null) => (n === null ? SUPPRESSED[language] : groupThousands(n));
  switch (figure.unit) {
    case 'proportion':
    case 'per1000':
      if (figure.numerator === null && figure.denominator === null) return '';
      return `${count(figure.numerator)} ${language === 'en' ? 'of' : 'o'} ${count(figure.denominator)}`;
    case 'days':
    case 'weeks':
    case 'score':
    case 'gbp':
      return figure.denominator === null ? '' : `n = ${groupThousands(figure.denominator)}`;
    case 'count':
      return isMeanCount(figure) && figure.denominator !== null
        ? `n = ${groupThousands(figure.denominator)}`
        : '';
  }
}

/** The end of a chart's axis: the largest value rounded up to 1, 2, 2.5 or 5 times a power of 10. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value - 1e-9) ?? 10;
  return step * power;
}

/** A calendar date in the report's language: "1 April 2025", "1 Ebrill 2025". */
export function reportDate(date: CalendarDate, language: ReportLanguage): string {
  return formatLetterDate(date, language);
}

function lastDayOfMonth(year: number, month: number): CalendarDate {
  const next = month === 12 ? `${String(year + 1)}-01-01` : `${String(year)}-${pad(month + 1)}-01`;
  return addCalendarDays(next, -1);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period in words. A UK financial year (1 April to 31 March) or one of its quarters (April
 * to June is quarter 1) is named as such, a calendar year too; any period also gives its dates.
 */
export function describePeriod(
  from: CalendarDate,
  to: CalendarDate,
  language: ReportLanguage,
): string {
  const dates = `${reportDate(from, language)} ${language === 'en' ? 'to' : 'i'} ${reportDate(to, language)}`;
  if (!isCalendarDate(from) || !isCalendarDate(to)) return dates;
  const [year = 0, month = 0, day = 0] = from.split('-').map(Number);
  if (day !== 1) return dates;
  const financialYear = month >= 4 ? year : year - 1;
  const fy = `${String(financialYear)}/${pad((financialYear + 1) % 100)}`;
  if (month === 4 && to === `${String(year + 1)}-03-31`) {
    return `${language === 'en' ? 'Financial year' : 'Blwyddyn ariannol'} ${fy} (${dates})`;
  }
  if (month === 1 && to === `${String(year)}-12-31`) {
    return `${language === 'en' ? 'Calendar year' : 'Blwyddyn galendr'} ${String(year)} (${dates})`;
  }
  const endMonth = month + 2;
  if ((month - 1) % 3 === 0 && endMonth <= 12 && to === lastDayOfMonth(year, endMonth)) {
    const quarter = ((month + 8) % 12) / 3 + 1;
    return `${language === 'en' ? 'Quarter' : 'Chwarter'} ${String(quarter)} ${fy} (${dates})`;
  }
  return dates;
}

/** The source of most figures, as the dashboard names it, and in Welsh. */
const RECORDS = {
  en: 'Everyday’s records, read live (no summaries)',
  cy: 'Cofnodion Everyday, wedi’u darllen yn fyw (dim crynodebau)',
} as const;

/**
 * A source as printed for readers outside the project: the project's own references to its
 * source documents ("seed 001") are dropped, the work they name kept. "…; seed 001 (I CAN
 * evaluation)" → "…; I CAN evaluation"; "Roots of recovery (seed 001, ref. 47)" → "Roots of
 * recovery (ref. 47)". In Welsh, the service's own records are named in Welsh; published works
 * keep their titles.
 */
export function publicSource(source: string, language: ReportLanguage = 'en'): string {
  const text = language === 'cy' ? source.replace(RECORDS.en, RECORDS.cy) : source;
  return text
    .replace(/\bseed \d{3} \(([^)]*)\)/g, '$1')
    .replace(/\(seed \d{3}, ([^)]*)\)/g, '($1)')
    .replace(/\s*\(seed \d{3}\)/g, '');
}
