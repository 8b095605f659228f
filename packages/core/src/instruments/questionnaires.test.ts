/**
 * Self-completed questionnaires: every piece of text in English and Welsh, validation that
 * names the field at fault and never throws, and scoring through each instrument's scorer
 * (EQ-5D-5L §1, PHQ-9 and GAD-7 §4, WAS §5 of INSTRUMENTS.md; PREM in the NHS FFT style).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LocalisedText } from '../shared/localised-text.js';
import { eq5dIndex } from './eq5d.js';
import { parseEq5dState } from './eq5d-profile.js';
import {
  PREM_EXPERIENCES,
  QUESTIONNAIRES,
  QUESTIONNAIRE_KINDS,
  type QuestionnaireItem,
  type QuestionnaireKind,
} from './questionnaires.js';
import { scoreQuestionnaire, validateQuestionnaire } from './questionnaire-answers.js';

function expectBilingual(text: LocalisedText | undefined, where: string) {
  expect(text, where).toBeDefined();
  expect(text?.en.trim(), `${where} (en)`).not.toBe('');
  expect(text?.cy.trim(), `${where} (cy)`).not.toBe('');
  expect(text?.cy, `${where}: the Welsh is not just the English`).not.toBe(text?.en);
}

/** Valid raw answers for a questionnaire, the first option or the lowest scale point each. */
function firstAnswers(kind: QuestionnaireKind): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const item of QUESTIONNAIRES[kind].items) {
    if (item.kind === 'choice') raw[item.id] = item.options?.[0]?.value;
    if (item.kind === 'scale') raw[item.id] = item.min;
    if (item.kind === 'text') raw[item.id] = 'Fine';
  }
  return raw;
}

function validated<K extends QuestionnaireKind>(kind: K, raw: unknown) {
  const result = validateQuestionnaire(kind, raw);
  if (!result.ok) throw new Error(`expected valid answers: ${JSON.stringify(result.errors)}`);
  return result.answers;
}

const fieldsOf = (kind: QuestionnaireKind, raw: unknown) => {
  const result = validateQuestionnaire(kind, raw);
  return result.ok ? [] : result.errors.map((error) => error.field);
};

describe('questionnaire definitions: every text in English and Welsh', () => {
  it.each(QUESTIONNAIRE_KINDS)('%s', (kind) => {
    const definition = QUESTIONNAIRES[kind];
    expect(definition.kind).toBe(kind);
    expectBilingual(definition.title, `${kind} title`);
    expectBilingual(definition.intro, `${kind} intro`);
    expect(definition.source.trim()).not.toBe('');
    const ids = definition.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of definition.items) {
      expectBilingual(item.text, `${kind}.${item.id}`);
      expectBilingual(item.errorMessage, `${kind}.${item.id} error`);
      if (item.hint) expectBilingual(item.hint, `${kind}.${item.id} hint`);
      if (item.kind === 'choice') {
        const values = (item.options ?? []).map((option) => option.value);
        expect(values.length, `${kind}.${item.id} options`).toBeGreaterThanOrEqual(2);
        expect(new Set(values).size).toBe(values.length);
        for (const option of item.options ?? []) {
          expectBilingual(option.text, `${kind}.${item.id}=${option.value}`);
        }
      }
      if (item.kind === 'scale')
        expect([item.min, item.max]).toEqual([expect.any(Number), expect.any(Number)]);
    }
  });

  it('EQ-5D-5L: five dimensions of five levels, then the VAS 0–100', () => {
    const items = QUESTIONNAIRES.eq5d5l.items;
    expect(items.map((item) => item.id)).toEqual([
      'mobility',
      'selfCare',
      'usualActivities',
      'painDiscomfort',
      'anxietyDepression',
      'vas',
    ]);
    for (const item of items.slice(0, 5)) {
      expect(item.options?.map((option) => option.value)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(items[5]).toMatchObject({ kind: 'scale', min: 0, max: 100 });
  });

  it.each([
    ['phq9', 9],
    ['gad7', 7],
  ] as const)(
    '%s: %i items over the last 2 weeks, answered 0–3, and an optional difficulty item',
    (kind, count) => {
      const definition = QUESTIONNAIRES[kind];
      expect(definition.intro.en).toMatch(/^Over the last 2 weeks/);
      const scored = definition.items.filter((item) => !item.optional);
      expect(scored.map((item) => item.id)).toEqual(
        Array.from({ length: count }, (_, i) => `q${i + 1}`),
      );
      for (const item of scored) {
        expect(item.options?.map((option) => [option.value, option.text.en])).toEqual([
          [0, 'Not at all'],
          [1, 'Several days'],
          [2, 'More than half the days'],
          [3, 'Nearly every day'],
        ]);
      }
      expect(definition.items.at(-1)).toMatchObject({ id: 'difficulty', optional: true });
    },
  );

  it('PREM: the six FFT-style answers and an optional "Tell us why"', () => {
    const [experience, why] = QUESTIONNAIRES.prem.items as [QuestionnaireItem, QuestionnaireItem];
    expect(experience.text.en).toBe('Overall, how was your experience of our service?');
    expect(experience.options?.map((option) => option.text.en)).toEqual([
      'Very good',
      'Good',
      'Neither good nor poor',
      'Poor',
      'Very poor',
      'Don’t know',
    ]);
    expect(experience.options?.map((option) => option.value)).toEqual([...PREM_EXPERIENCES]);
    expect(why).toMatchObject({
      id: 'why',
      kind: 'text',
      optional: true,
      text: { en: 'Tell us why' },
    });
  });
});

describe('validate then score: round trips', () => {
  it('EQ-5D-5L: form text is read as numbers; UK 2026 and England 2018 indices, DSU with age and sex', () => {
    const raw = {
      mobility: '2',
      selfCare: 1,
      usualActivities: '3',
      painDiscomfort: 4,
      anxietyDepression: '1',
      vas: '70',
    };
    const answers = validated('eq5d5l', raw);
    expect(answers).toEqual({
      mobility: 2,
      selfCare: 1,
      usualActivities: 3,
      painDiscomfort: 4,
      anxietyDepression: 1,
      vas: 70,
    });
    const profile = parseEq5dState('21341');
    const scores = scoreQuestionnaire('eq5d5l', answers);
    expect(scores).toEqual({
      state: '21341',
      vas: 70,
      indices: [eq5dIndex(profile, 'UK_5L_2026'), eq5dIndex(profile, 'ENGLAND_5L_2018')],
      dsuProblem: null,
    });
    const withDsu = scoreQuestionnaire('eq5d5l', answers, { age: 47, sex: 'female' });
    expect(withDsu.indices.map((index) => index.valueSet)).toEqual([
      'UK_5L_2026',
      'ENGLAND_5L_2018',
      'NICE_DSU_5L_TO_3L',
    ]);
    expect(withDsu.indices[2]).toEqual(
      eq5dIndex(profile, 'NICE_DSU_5L_TO_3L', { age: 47, sex: 'female' }),
    );
    const tooYoung = scoreQuestionnaire('eq5d5l', answers, { age: 16, sex: 'female' });
    expect(tooYoung.indices).toHaveLength(2);
    expect(tooYoung.dsuProblem).toBe('age_out_of_range');
    const ageOnly = scoreQuestionnaire('eq5d5l', answers, { age: 47 });
    expect(ageOnly.indices).toHaveLength(2);
    expect(ageOnly.dsuProblem).toBe('needs_age_and_sex');
    expect(scoreQuestionnaire('eq5d5l', answers, { age: null, sex: null }).dsuProblem).toBeNull();
  });

  it('PHQ-9: total, band, syndrome and the item 9 flag (awell random response, §4)', () => {
    const items = [3, 0, 1, 2, 0, 0, 1, 0, 3];
    const raw = Object.fromEntries(items.map((value, i) => [`q${i + 1}`, value]));
    const answers = validated('phq9', { ...raw, difficulty: '2' });
    expect(answers.difficulty).toBe(2);
    expect(scoreQuestionnaire('phq9', answers)).toEqual({
      total: 10,
      severity: 'moderate',
      item9RiskFlag: true,
      syndrome: 'other',
    });
  });

  it('GAD-7: total and band (awell random response, §4)', () => {
    const raw = Object.fromEntries(
      [3, 0, 1, 2, 0, 0, 1].map((value, i) => [`q${i + 1}`, String(value)]),
    );
    expect(scoreQuestionnaire('gad7', validated('gad7', raw))).toEqual({
      total: 7,
      severity: 'mild',
    });
  });

  it('work ability: status and WAS band (§5, ⚠ WAS bands unverified)', () => {
    const answers = validated('work_ability', {
      workStatus: 'sick_leave_fit_note',
      workAbility: '4',
    });
    expect(scoreQuestionnaire('work_ability', answers)).toEqual({
      workStatus: 'sick_leave_fit_note',
      score: 4,
      band: 'poor',
    });
  });

  it('PREM: no score; the free text is trimmed, and left out when blank', () => {
    const answers = validated('prem', {
      experience: 'good',
      why: '  Kind and quick  ',
      extra: 'ignored',
    });
    expect(answers).toEqual({ experience: 'good', why: 'Kind and quick' });
    expect(validated('prem', { experience: 'dont_know', why: '   ' })).toEqual({
      experience: 'dont_know',
    });
    expect(scoreQuestionnaire('prem', answers)).toBeNull();
  });
});

describe('invalid answers give one error per field, with the item’s message', () => {
  it.each(QUESTIONNAIRE_KINDS)('%s with nothing answered lists every required item', (kind) => {
    const required = QUESTIONNAIRES[kind].items.filter((item) => item.optional !== true);
    for (const raw of [{}, null, undefined, 'answers', [1, 2, 3], 42]) {
      const result = validateQuestionnaire(kind, raw);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors).toEqual(
          required.map((item) => ({ field: item.id, message: item.errorMessage })),
        );
      }
    }
  });

  it.each([
    ['eq5d5l', { vas: 101 }, ['vas']],
    ['eq5d5l', { vas: '7.5' }, ['vas']],
    ['eq5d5l', { vas: -1 }, ['vas']],
    ['eq5d5l', { mobility: 6 }, ['mobility']],
    ['eq5d5l', { selfCare: 'slight' }, ['selfCare']],
    ['phq9', { q3: 4 }, ['q3']],
    ['phq9', { q9: true }, ['q9']],
    ['phq9', { difficulty: 5 }, ['difficulty']],
    ['gad7', { q7: ' ' }, ['q7']],
    ['work_ability', { workStatus: 'retired' }, ['workStatus']],
    ['work_ability', { workAbility: 11 }, ['workAbility']],
    ['prem', { experience: 'excellent' }, ['experience']],
    ['prem', { why: 'x'.repeat(1001) }, ['why']],
    ['prem', { why: 12 }, ['why']],
  ] as const)('%s %j → errors on %j', (kind, change, fields) => {
    expect(fieldsOf(kind, { ...firstAnswers(kind), ...change })).toEqual(fields);
  });

  it('names the item in the message ("Select how often …")', () => {
    const result = validateQuestionnaire('phq9', { ...firstAnswers('phq9'), q2: 9 });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'q2',
          message: {
            en: 'Select how often this has bothered you over the last 2 weeks',
            cy: 'Dewiswch pa mor aml mae hyn wedi eich poeni dros y pythefnos diwethaf',
          },
        },
      ],
    });
  });
});

describe('questionnaire properties', () => {
  it('validateQuestionnaire never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUESTIONNAIRE_KINDS), fc.anything(), (kind, raw) => {
        validateQuestionnaire(kind, raw);
      }),
    );
  });

  it('any answers built from the item definitions validate and score', () => {
    const answerFor = (item: QuestionnaireItem): fc.Arbitrary<unknown> => {
      if (item.kind === 'choice')
        return fc.constantFrom(...(item.options ?? []).map((o) => o.value));
      if (item.kind === 'scale') return fc.integer({ min: item.min ?? 0, max: item.max ?? 0 });
      return fc.string({ maxLength: item.maxLength ?? 100 });
    };
    for (const kind of QUESTIONNAIRE_KINDS) {
      const shape = Object.fromEntries(
        QUESTIONNAIRES[kind].items.map((item) => [item.id, answerFor(item)]),
      );
      fc.assert(
        fc.property(fc.record(shape), (raw) => {
          const result = validateQuestionnaire(kind, raw);
          expect(result.ok).toBe(true);
          if (result.ok) scoreQuestionnaire(kind, result.answers, { age: 70, sex: 'male' });
        }),
        { numRuns: 50 },
      );
    }
  });
});
