import { describe, expect, it } from 'vitest';
import { locateField, serverProblems } from './server-errors.js';

describe('server field errors', () => {
  it('finds the page and field of each path', () => {
    expect(locateField('answers.person.givenName')).toEqual({ step: 'name', field: 'given-name' });
    expect(locateField('answers.contact.phone')).toEqual({ step: 'contact', field: 'phone' });
    expect(locateField('answers.areas.0')).toEqual({ step: 'areas', field: 'areas' });
    expect(locateField('answers.referrer')).toEqual({ step: 'about-you', field: 'referrer-name' });
    expect(locateField('answers.access.language')).toEqual({
      step: 'access',
      field: 'interpreter-language',
    });
    expect(locateField('questionSetVersion')).toBeUndefined();
  });

  it('keeps one problem per field and sets apart errors about no page', () => {
    const { problems, unplaced } = serverProblems([
      { path: 'answers.person.dateOfBirth', code: 'date_in_future', message: 'In the past' },
      { path: 'answers.areas.0', code: 'invalid_value', message: 'x' },
      { path: 'answers.areas.1', code: 'invalid_value', message: 'x' },
      { path: 'answers.colour', code: 'unknown_field', message: 'Not expected' },
    ]);
    expect(problems).toEqual([
      {
        step: 'date-of-birth',
        field: 'date-of-birth',
        code: 'date_in_future',
        message: 'In the past',
        parts: ['day', 'month', 'year'],
      },
      { step: 'areas', field: 'areas', code: 'invalid_value', message: 'x' },
    ]);
    expect(unplaced.map((e) => e.path)).toEqual(['answers.colour']);
  });
});
