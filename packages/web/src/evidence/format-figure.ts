// Numbers of the evidence dashboard as text in the page's language: a count, a percentage, days,
// weeks, a score, a rate per 1,000 or pounds, by the figure's unit; "suppressed" where the
// small-number rule hid it, and "no data" where nobody was counted.
import type { Figure, FigureUnit } from '@everyday/core';
import type { TFunction } from 'i18next';

function numberFormat(locale: string, unit: FigureUnit): Intl.NumberFormat {
  switch (unit) {
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    case 'proportion':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    case 'days':
    case 'weeks':
    case 'per1000':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    case 'score':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    case 'gbp':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'GBP',
        maximumFractionDigits: 0,
      });
  }
}

/** A bare number in a unit ("52.4%", "3.5"), without words. */
export function formatNumber(value: number, unit: FigureUnit, locale: string): string {
  return numberFormat(locale, unit).format(value);
}

/** A number with its unit in words ("3.5 weeks", "12 per 1,000"). */
export function formatValue(value: number, unit: FigureUnit, locale: string, t: TFunction): string {
  const n = formatNumber(value, unit, locale);
  switch (unit) {
    case 'days':
      return t('evidence.units.days', { count: value, value: n });
    case 'weeks':
      return t('evidence.units.weeks', { count: value, value: n });
    case 'per1000':
      return t('evidence.units.per1000', { value: n });
    case 'count':
    case 'proportion':
    case 'score':
    case 'gbp':
      return n;
  }
}

/** A figure's value as shown: the number, "suppressed", or "no data". */
export function figureText(figure: Figure, locale: string, t: TFunction): string {
  if (figure.value !== null) return formatValue(figure.value, figure.unit, locale, t);
  return figure.suppressed ? t('evidence.figure.suppressed') : t('evidence.figure.none');
}

/** A count as shown (a trend point, n paired): the number, "suppressed" for null. */
export function countText(value: number | null, locale: string, t: TFunction): string {
  return value === null ? t('evidence.figure.suppressed') : formatNumber(value, 'count', locale);
}

/** "40.1% to 63.2%", or null when the figure has no interval. */
export function intervalText(figure: Figure, locale: string): string | null {
  if (figure.lower === null || figure.upper === null) return null;
  const unit = figure.unit === 'count' ? 'score' : figure.unit;
  return `${formatNumber(figure.lower, unit, locale)} – ${formatNumber(figure.upper, unit, locale)}`;
}

/** "12 of 40" for a proportion, the count of people for a statistic, or null. */
export function countedText(figure: Figure, locale: string, t: TFunction): string | null {
  const n = (v: number) => formatNumber(v, 'count', locale);
  if (figure.unit === 'proportion' || figure.unit === 'per1000') {
    if (figure.numerator === null || figure.denominator === null) return null;
    return t('evidence.figure.ofTotal', { n: n(figure.numerator), total: n(figure.denominator) });
  }
  if (figure.unit === 'count') return null;
  if (figure.denominator === null) return null;
  return t('evidence.figure.counted', { count: figure.denominator, n: n(figure.denominator) });
}
