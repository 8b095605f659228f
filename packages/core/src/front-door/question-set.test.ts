import { describe, expect, it } from 'vitest';
import { ACCESS_NEEDS, AREAS, DURATIONS, IMPACTS, RED_FLAGS } from './answers.js';
import type { LocalisedText } from '../shared/localised-text.js';
import { adviceFor, QUESTION_SET_V1 } from './question-set.js';

function texts(value: unknown): LocalisedText[] {
  if (value === null || typeof value !== 'object') return [];
  if ('en' in value && 'cy' in value) return [value as LocalisedText];
  return Object.values(value).flatMap(texts);
}

describe('the front-door question set', () => {
  it('has every piece of wording in English and Welsh, none empty and none left untranslated', () => {
    const all = texts(QUESTION_SET_V1);
    expect(all.length).toBeGreaterThan(80);
    for (const text of all) {
      expect(text.en.trim(), JSON.stringify(text)).not.toBe('');
      expect(text.cy.trim(), JSON.stringify(text)).not.toBe('');
    }
    const untranslated = all.filter((x) => x.en === x.cy && !/^(Braille)$/.test(x.en));
    expect(untranslated).toEqual([]);
  });

  it('offers every domain value once', () => {
    expect(QUESTION_SET_V1.areas.map((o) => o.value)).toEqual([...AREAS]);
    expect(QUESTION_SET_V1.durations.map((o) => o.value)).toEqual([...DURATIONS]);
    expect(QUESTION_SET_V1.impacts.map((o) => o.value)).toEqual([...IMPACTS]);
    expect(QUESTION_SET_V1.accessNeeds.map((o) => o.value)).toEqual([...ACCESS_NEEDS]);
    expect(QUESTION_SET_V1.redFlags.map((r) => r.id)).toEqual([...RED_FLAGS]);
  });

  it('tells people with red flags about 999, NHS 111 (Wales: press 2), Samaritans 116 123 and their practice', () => {
    const advice = (ids: string[]) =>
      ids
        .flatMap((id) =>
          QUESTION_SET_V1.advice[id as keyof typeof QUESTION_SET_V1.advice].lines.map((l) => l.en),
        )
        .join(' ');
    const selfHarm = advice(adviceFor(['self_harm_thoughts']));
    expect(selfHarm).toContain('999');
    expect(selfHarm).toContain('111 and press 2');
    expect(selfHarm).toContain('116 123');
    expect(adviceFor(['self_harm_thoughts'])).toContain('practice_today');
    for (const flag of ['chest_pain', 'stroke_signs', 'fall_injury'] as const) {
      expect(adviceFor([flag])[0]).toBe('call_999');
    }
    expect(adviceFor(['sudden_confusion'])).toEqual([
      'call_999',
      'urgent_same_day',
      'practice_today',
    ]);
    expect(adviceFor([])).toEqual([]);
  });

  it('names the hazard each red-flag rule controls', () => {
    for (const rule of QUESTION_SET_V1.redFlags) expect(rule.hazard).toMatch(/^H-1\d\d: /);
  });
});
