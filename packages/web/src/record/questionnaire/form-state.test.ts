import type { QuestionnaireKind } from '@everyday/core';
import { QUESTIONNAIRES, validateQuestionnaire } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import {
  answerText,
  answersToSend,
  controlOf,
  formValue,
  itemChoices,
  problemsOf,
  toItemValues,
} from './form-state.js';
import { completeValues } from './test-values.js';

const ALL: QuestionnaireKind[] = ['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'];

function item(kind: QuestionnaireKind, id: string) {
  const found = QUESTIONNAIRES[kind].items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`${kind}.${id}`);
  return found;
}

describe('questionnaire answers and the form', () => {
  it('turns answers into form text and back to the same checked answers', () => {
    for (const kind of ALL) {
      const checked = validateQuestionnaire(kind, completeValues[kind]);
      if (!checked.ok) throw new Error(kind);
      const form = toItemValues(kind, checked.answers);
      expect(validateQuestionnaire(kind, form)).toEqual(checked);
    }
  });

  it('keeps only a questionnaire’s own items, as text', () => {
    expect(
      toItemValues('work_ability', { workStatus: 'in_work', workAbility: 7, extra: 1 }),
    ).toEqual({ workStatus: 'in_work', workAbility: '7' });
    expect(toItemValues('phq9', 'garbage')).toEqual({});
    expect(formValue(Number.NaN)).toBe('');
    expect(formValue(null)).toBe('');
  });

  it('sends numbers as numbers and leaves out optional answers left blank', () => {
    const result = answersToSend(['phq9', 'prem'], {
      phq9: { ...completeValues.phq9, difficulty: '' },
      prem: { experience: 'good', why: '   ' },
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        phq9: { q1: 0, q2: 1, q3: 2, q4: 3, q5: 0, q6: 1, q7: 2, q8: 3, q9: 0 },
        prem: { experience: 'good' },
      },
    });
  });

  it('lists every problem, questionnaire by questionnaire, in item order', () => {
    const result = answersToSend(['eq5d5l', 'gad7'], {
      eq5d5l: { ...completeValues.eq5d5l, selfCare: '', vas: '101' },
      gad7: { ...completeValues.gad7, q7: '' },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'eq5d5l', item: 'selfCare' },
        { kind: 'eq5d5l', item: 'vas' },
        { kind: 'gad7', item: 'q7' },
      ],
    });
    expect(problemsOf('prem', undefined)).toEqual([{ kind: 'prem', item: 'experience' }]);
    expect(problemsOf('prem', completeValues.prem)).toEqual([]);
  });

  it('asks choices as radios, short scales as radios, the EQ VAS as a number and free text in a box', () => {
    expect(controlOf(item('phq9', 'q1'))).toBe('radios');
    expect(controlOf(item('work_ability', 'workAbility'))).toBe('scale-radios');
    expect(controlOf(item('eq5d5l', 'vas'))).toBe('number');
    expect(controlOf(item('prem', 'why'))).toBe('text');
  });

  it('offers a short scale’s numbers and a choice’s options in the page’s language', () => {
    expect(itemChoices(item('work_ability', 'workAbility'), 'en').map((c) => c.value)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(itemChoices(item('phq9', 'q1'), 'cy')[0]).toEqual({ value: '0', label: 'Ddim o gwbl' });
  });

  it('shows an answer back as the option’s words, the number or the text', () => {
    expect(answerText(item('phq9', 'q1'), '3', 'en')).toBe('Nearly every day');
    expect(answerText(item('prem', 'experience'), 'very_good', 'cy')).toBe('Da iawn');
    expect(answerText(item('eq5d5l', 'vas'), '70', 'en')).toBe('70');
    expect(answerText(item('prem', 'why'), '  ', 'en')).toBeNull();
  });
});
