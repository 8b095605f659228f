import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus/index.js';
import { screenFields, screenText } from './safety-screen.js';

/** Words that neither negate nor end a clause, nor are cues themselves. */
const UNRELATED = [
  'today',
  'really',
  'honestly',
  'please',
  'help',
  'the',
  'kitchen',
  'garden',
  'weather',
  'Tuesday',
  'bus',
  'tea',
  'thanks',
  'work',
  'stairs',
  'dog',
  'heddiw',
  'diolch',
  'gwaith',
  'tywydd',
  'cegin',
];

const flagged = CORPUS.filter((e) => e.expected !== 'ordinary').map((e) => e.text);

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '\u0000',
        '\uD800',
        '\uDFFF',
        '\u202E',
        '\u200F',
        'مرحبا',
        '😀',
        '👩‍👩‍👧',
        'ŵ',
        '\u0301',
        ' ',
        '.',
        "'",
        '’',
        'want',
        'die',
        'not',
      ),
      { maxLength: 300 },
    )
    .map((a) => a.join('')),
);

describe('the screen (properties)', () => {
  it('never throws, on any string of full Unicode (lone surrogates, RTL marks, NUL, emoji)', () => {
    fc.assert(
      fc.property(unicodeText, fc.string({ maxLength: 20 }), (text, field) => {
        const matches = screenText(text, field);
        expect(Array.isArray(matches)).toBe(true);
        for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.words);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads 100,000 characters and still finds a cue at the very end', () => {
    const filler = 'I would like help with my kitchen and my back pain at work. '.repeat(1700);
    const text = `${filler}I want to die.`;
    expect(text.length).toBeGreaterThan(100_000);
    const matches = screenText(text, 'difficulties');
    expect(matches.map((m) => m.rule)).toEqual(['screen.suicide.intent']);
    // Pathological input: one huge word, and 100k characters of repeated cue words.
    expect(() => screenText('a'.repeat(100_000), 'f')).not.toThrow();
    const cues = 'want to want to die die not sure '.repeat(3200);
    // At most 50 matches a field, however many cues.
    expect(screenText(cues, 'f').length).toBeLessThanOrEqual(50);
  });

  it('never unflags a flagged sentence when unrelated words are appended', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...flagged),
        fc.array(fc.constantFrom(...UNRELATED), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', '. ', ', ', '\n'),
        (sentence, words, joiner) => {
          const before = new Set(screenText(sentence, 'f').map((m) => m.category));
          const after = new Set(
            screenText(`${sentence}${joiner}${words.join(' ')}`, 'f').map((m) => m.category),
          );
          for (const c of before) expect(after.has(c)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never unflags a flagged sentence when unrelated words are put before it as a sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...flagged),
        fc.array(fc.constantFrom(...UNRELATED), { minLength: 1, maxLength: 12 }),
        (sentence, words) => {
          const before = new Set(screenText(sentence, 'f').map((m) => m.category));
          const after = new Set(
            screenText(`${words.join(' ')}. ${sentence}`, 'f').map((m) => m.category),
          );
          for (const c of before) expect(after.has(c)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reports offsets whose slice equals the words, in every field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS.map((e) => e.text)),
        fc.string({ maxLength: 30 }),
        (sentence, prefix) => {
          const text = `${prefix} ${sentence}`;
          const result = screenFields({ difficulties: text, goals: sentence });
          for (const m of result.matches) {
            const source = m.field === 'difficulties' ? text : sentence;
            expect(source.slice(m.start, m.end)).toBe(m.words);
            expect(m.end).toBeGreaterThan(m.start);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
