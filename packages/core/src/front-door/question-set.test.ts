import { describe, expect, it } from 'vitest';
import { ACCESS_NEEDS, AREAS, DURATIONS, IMPACTS, RED_FLAGS } from './answers.js';
import type { LocalisedText } from '../shared/localised-text.js';
import { adviceFor, optionLabelFor, QUESTION_SET_V1, questionFor } from './question-set.js';

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
    expect(adviceFor(['sudden_confusion'])).toEqual(['call_999', 'urgent_same_day']);
    expect(adviceFor([])).toEqual([]);
  });

  it('gives chest pain one clear instruction, call 999 now, and no "contact your GP practice today" beside it (issue 16 item 3)', () => {
    expect(adviceFor(['chest_pain'])).toEqual(['call_999']);
    expect(adviceFor(['stroke_signs'])).toEqual(['call_999']);
    expect(adviceFor(['self_harm_thoughts'])).toEqual(['mental_health_now', 'practice_today']);
  });

  it('words each question for the person asking for themselves, or for someone else (issue 16 item 3)', () => {
    const { questions } = QUESTION_SET_V1;
    expect(questionFor(questions.name, 'self').heading).toEqual({
      en: 'What is your name?',
      cy: 'Beth yw eich enw?',
    });
    expect(questionFor(questions.name, 'someone_else').heading.en).toBe('What is their name?');
    expect(questionFor(questions.name, '').heading.en).toBe('What is their name?');
    // Asked of oneself, no question speaks of "their", "they" or "them".
    for (const question of Object.values(questions)) {
      const own = questionFor(question, 'self');
      const words = [own.heading.en, own.hint?.en ?? ''].join(' ');
      expect(words).not.toMatch(/\b(their|they|them)\b/i);
    }
    const cannot = QUESTION_SET_V1.impacts.find((o) => o.value === 'cannot_do');
    expect(cannot && optionLabelFor(cannot, 'self').en).toBe('I cannot do things I need to do');
    const selfHarm = QUESTION_SET_V1.redFlags.find((r) => r.id === 'self_harm_thoughts');
    expect(selfHarm && optionLabelFor(selfHarm, 'self').en).toMatch(/your life/);
  });

  it('names the hazard each red-flag rule controls', () => {
    for (const rule of QUESTION_SET_V1.redFlags) expect(rule.hazard).toMatch(/^H-1\d\d: /);
  });
});
