import type { Figure } from '@everyday/core';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import cy from '../locales/evidence.cy.json' with { type: 'json' };
import en from '../locales/evidence.en.json' with { type: 'json' };
import { countedText, figureText, intervalText } from './format-figure.js';

const i18n = createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { translation: en }, cy: { translation: cy } },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

const figure = (over: Partial<Figure>): Figure => ({
  key: 'dna-rate',
  value: null,
  lower: null,
  upper: null,
  numerator: null,
  denominator: null,
  unit: 'proportion',
  suppressed: false,
  ...over,
});

describe('the evidence dashboard’s numbers in words', () => {
  const t = i18n.getFixedT('en');
  const tCy = i18n.getFixedT('cy');

  it('writes a proportion as a percentage with its interval and what was counted', () => {
    const f = figure({ value: 0.25, lower: 0.1, upper: 0.5, numerator: 10, denominator: 40 });
    expect(figureText(f, 'en-GB', t)).toBe('25%');
    expect(intervalText(f, 'en-GB')).toBe('10% – 50%');
    expect(countedText(f, 'en-GB', t)).toBe('10 of 40');
    expect(countedText(f, 'cy-GB', tCy)).toBe('10 o 40');
  });

  it('says "suppressed" for a figure the small-number rule hid, and "no data" for nobody counted', () => {
    expect(figureText(figure({ suppressed: true }), 'en-GB', t)).toBe('suppressed');
    expect(figureText(figure({ suppressed: true }), 'cy-GB', tCy)).toBe('wedi’i atal');
    expect(figureText(figure({ denominator: 0 }), 'en-GB', t)).toBe('no data');
  });

  it('writes days, weeks and rates per 1,000 with their unit, in English and Welsh', () => {
    expect(figureText(figure({ unit: 'weeks', value: 1 }), 'en-GB', t)).toBe('1 week');
    expect(figureText(figure({ unit: 'weeks', value: 3.25 }), 'en-GB', t)).toBe('3.3 weeks');
    expect(figureText(figure({ unit: 'days', value: 5 }), 'cy-GB', tCy)).toBe('5 diwrnod');
    expect(figureText(figure({ unit: 'per1000', value: 12.34 }), 'en-GB', t)).toBe(
      '12.3 per 1,000',
    );
    expect(figureText(figure({ unit: 'gbp', value: 327.59 }), 'en-GB', t)).toBe('£328');
  });
});
