import { describe, expect, it } from 'vitest';
import { translator } from '../../testing/translator.js';
import { entryErrors, entryFieldOf } from './entry-fields.js';

const t = await translator({
  fieldErrors: { required: 'Enter the missing information' },
  staffForm: {
    errors: {
      invalid_postcode: 'Enter a real postcode',
      givenName: { required: 'Enter their first name' },
    },
  },
});

describe('server field paths on the staff form', () => {
  it('finds the field of each path, including list items and deeper paths', () => {
    expect(entryFieldOf('answers.person.givenName')).toBe('givenName');
    expect(entryFieldOf('answers.areas.2')).toBe('areas');
    expect(entryFieldOf('answers.areas[2]')).toBe('areas');
    expect(entryFieldOf('answers.person.dateOfBirth.year')).toBe('dateOfBirth');
    expect(entryFieldOf('answers.access.language')).toBe('interpreterLanguage');
    expect(entryFieldOf('personId')).toBe('personChoice');
    expect(entryFieldOf('somethingElse')).toBeNull();
  });

  it('words errors by field, then by code, then as the server did; in page order', () => {
    const errors = entryErrors(t, [
      { path: 'answers.person.postcode', code: 'invalid_postcode', message: 'x' },
      { path: 'answers.goals', code: 'strange', message: 'Server says no' },
      { path: 'answers.person.givenName', code: 'required', message: 'x' },
      { path: 'answers.person.givenName', code: 'too_long', message: 'x' },
      { path: 'answers.practiceId', code: 'required', message: 'x' },
      { path: 'mystery', code: 'required', message: 'x' },
    ]);
    expect(errors.summary).toEqual([
      { text: 'Enter their first name', href: '#given-name' },
      { text: 'Enter a real postcode', href: '#postcode' },
      { text: 'Enter the missing information', href: '#practice' },
      { text: 'Server says no', href: '#goals' },
      { text: 'Enter the missing information' },
    ]);
    expect(errors.fields.givenName).toBe('Enter their first name');
  });
});
