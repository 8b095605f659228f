import { describe, expect, it } from 'vitest';
import { fieldId, problemMessage, serverProblems, summaryEntries } from './problems.js';

describe('problems with questionnaire answers', () => {
  it('maps the server’s answers.<kind>.<itemId> paths to the item on its page', () => {
    const found = serverProblems(
      [
        { path: 'answers.phq9.q3', code: 'invalid_value', message: 'x' },
        { path: 'answers.phq9.q3', code: 'required', message: 'x' },
        { path: 'answers.eq5d5l.vas', code: 'invalid_value', message: 'x' },
      ],
      ['eq5d5l', 'phq9'],
    );
    expect(found).toEqual({
      problems: [
        { kind: 'phq9', item: 'q3' },
        { kind: 'eq5d5l', item: 'vas' },
      ],
      general: [],
    });
    expect(fieldId({ kind: 'phq9', item: 'q3' })).toBe('phq9-q3');
  });

  it('puts a whole missing questionnaire on its first item, and anything else in general', () => {
    const found = serverProblems(
      [
        { path: 'answers.gad7', code: 'required', message: 'Answers are required' },
        { path: 'answers.prem.nonsense', code: 'invalid_value', message: 'Unknown item' },
        { path: 'answers.phq9.q1', code: 'invalid_value', message: 'Not in this link' },
        { path: 'language', code: 'invalid_value', message: 'Unknown item' },
      ],
      ['gad7', 'prem'],
    );
    expect(found.problems).toEqual([{ kind: 'gad7', item: 'q1' }]);
    expect(found.general).toEqual(['Unknown item', 'Not in this link']);
  });

  it('words a problem from the item’s own definition, in the language shown', () => {
    expect(problemMessage({ kind: 'eq5d5l', item: 'vas' }, 'cy')).toBe(
      'Rhowch rif cyfan o 0 i 100 ar gyfer eich iechyd heddiw',
    );
  });

  it('names the question in the summary when several problems share one message', () => {
    const entries = summaryEntries(
      [
        { kind: 'phq9', item: 'q1' },
        { kind: 'phq9', item: 'q4' },
        { kind: 'eq5d5l', item: 'vas' },
      ],
      'en',
    );
    expect(entries.map((e) => e.question)).toEqual([
      'Little interest or pleasure in doing things',
      'Feeling tired or having little energy',
      null,
    ]);
    expect(entries[2]?.message).toBe('Enter a whole number from 0 to 100 for your health today');
  });
});
