/**
 * The screen measured on its labelled corpus (issue 9 item 3): sensitivity and false-alarm rate
 * per category and per language, printed, asserted, and copied into docs/clinical-safety.md (H-111 to H-115).
 */
import { describe, expect, it } from 'vitest';
import { CORPUS, type CorpusEntry } from './corpus/index.js';
import { SOURCES } from './corpus/corpus-types.js';
import { screenText } from './safety-screen.js';
import { SCREEN_CATEGORIES, type ScreenCategory, type ScreenLanguage } from './screen-types.js';

const LANGUAGES: readonly ScreenLanguage[] = ['en', 'cy'];

/** The category an entry must be flagged with, if any. */
function wanted(e: CorpusEntry): ScreenCategory | undefined {
  if (e.expected === 'safeguarding') return 'safeguarding';
  if (e.expected === 'crisis') return e.category;
  return undefined;
}

const results = CORPUS.map((e) => ({
  e,
  found: new Set(screenText(e.text, 'difficulties').map((m) => m.category)),
}));

interface Row {
  readonly category: ScreenCategory;
  readonly language: ScreenLanguage | 'all';
  readonly positives: number;
  readonly caught: number;
  readonly negatives: number;
  readonly falseAlarms: number;
}

function row(category: ScreenCategory, language: ScreenLanguage | 'all'): Row {
  const inLanguage = results.filter((r) => language === 'all' || r.e.language === language);
  const positives = inLanguage.filter((r) => wanted(r.e) === category);
  const negatives = inLanguage.filter((r) => wanted(r.e) !== category);
  return {
    category,
    language,
    positives: positives.length,
    caught: positives.filter((r) => r.found.has(category)).length,
    negatives: negatives.length,
    falseAlarms: negatives.filter((r) => r.found.has(category)).length,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

describe('the safety screen on its labelled corpus', () => {
  it('has at least 300 sentences, 60 of them Welsh, each labelled with its source', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(CORPUS.filter((e) => e.language === 'cy').length).toBeGreaterThanOrEqual(60);
    const sources = new Set<string>(Object.values(SOURCES));
    for (const e of CORPUS) {
      expect(sources.has(e.source)).toBe(true);
      expect(
        e.expected === 'crisis'
          ? e.category !== undefined && e.category !== 'safeguarding'
          : e.category === undefined,
      ).toBe(true);
    }
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  it('flags every crisis sentence with its category and every safeguarding sentence as safeguarding', () => {
    const missed = results.filter((r) => {
      const c = wanted(r.e);
      return c !== undefined && !r.found.has(c);
    });
    expect(missed.map((r) => r.e.text)).toEqual([]);
  });

  it('raises at most 5% of ordinary sentences to crisis (measured: none), per language', () => {
    for (const language of LANGUAGES) {
      const ordinary = results.filter(
        (r) => r.e.expected === 'ordinary' && r.e.language === language,
      );
      const raised = ordinary.filter((r) => [...r.found].some((c) => c !== 'safeguarding'));
      expect(raised.length / ordinary.length).toBeLessThanOrEqual(0.05);
      expect(raised.map((r) => r.e.text)).toEqual([]);
    }
  });

  it('has sensitivity 100% and a false-alarm rate of at most 2% for every category in both languages', () => {
    const rows = SCREEN_CATEGORIES.flatMap((c) => [row(c, 'en'), row(c, 'cy'), row(c, 'all')]);
    const table = [
      '| category | language | sentences | caught | sensitivity | other sentences | false alarms | false-alarm rate |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.category} | ${r.language} | ${r.positives} | ${r.caught} | ${pct(r.caught, r.positives)} | ${r.negatives} | ${r.falseAlarms} | ${pct(r.falseAlarms, r.negatives)} |`,
      ),
    ].join('\n');
    console.log(`Safety screen on ${CORPUS.length} sentences:\n${table}`);
    for (const r of rows) {
      expect(r.positives, `${r.category} ${r.language}`).toBeGreaterThan(0);
      expect(r.caught / r.positives, `${r.category} ${r.language} sensitivity`).toBe(1);
      expect(
        r.falseAlarms / r.negatives,
        `${r.category} ${r.language} false alarms`,
      ).toBeLessThanOrEqual(0.02);
    }
  });
});
