// Complete answers to every questionnaire as the form holds them, for tests.
import type { QuestionnaireKind } from '@everyday/core';
import type { ItemValues } from './form-state.js';

export const completeValues: Readonly<Record<QuestionnaireKind, ItemValues>> = {
  eq5d5l: {
    mobility: '1',
    selfCare: '2',
    usualActivities: '3',
    painDiscomfort: '4',
    anxietyDepression: '5',
    vas: '70',
  },
  phq9: {
    q1: '0',
    q2: '1',
    q3: '2',
    q4: '3',
    q5: '0',
    q6: '1',
    q7: '2',
    q8: '3',
    q9: '0',
    difficulty: '1',
  },
  gad7: { q1: '0', q2: '1', q3: '2', q4: '3', q5: '0', q6: '1', q7: '2' },
  work_ability: { workStatus: 'in_work', workAbility: '7' },
  prem: { experience: 'very_good', why: 'Helpful and kind' },
};
