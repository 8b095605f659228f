import type { ScreenMatch } from '@everyday/core';
import { screenText } from '@everyday/core';
import { describe, expect, it } from 'vitest';
import { highlightSegments, matchRange } from './highlight.js';

function match(overrides: Partial<ScreenMatch>): ScreenMatch {
  return {
    rule: 'screen.suicide.intent',
    category: 'suicide_self_harm',
    kind: 'clinical',
    field: 'difficulties',
    words: 'end my life',
    start: 0,
    end: 11,
    language: 'en',
    redFlag: 'suicidal_thoughts' as ScreenMatch['redFlag'],
    reason: { en: 'Thoughts of ending their life', cy: 'Meddyliau am roi diwedd ar eu bywyd' },
    ...overrides,
  };
}

describe('highlightSegments', () => {
  it('marks the words at start–end and leaves the rest plain', () => {
    const text = 'I want to end my life soon';
    const m = match({ start: 10, end: 21 });
    expect(highlightSegments(text, 'difficulties', [m])).toEqual([
      { text: 'I want to ', matches: [] },
      { text: 'end my life', matches: [m] },
      { text: ' soon', matches: [] },
    ]);
  });

  it('marks what the real screen finds at the offsets it gives', () => {
    const text = 'Most days I think about how to end my life.';
    const found = screenText(text, 'difficulties');
    expect(found.length).toBeGreaterThan(0);
    const marked = highlightSegments(text, 'difficulties', found).filter(
      (s) => s.matches.length > 0,
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const segment of marked) expect(text).toContain(segment.text);
    expect(marked.map((s) => s.text).join(' ')).toContain(found[0]!.words);
  });

  it('ignores matches of other fields', () => {
    const text = 'end my life';
    expect(highlightSegments(text, 'goals', [match({})])).toEqual([{ text, matches: [] }]);
  });

  it('merges overlapping matches into one marked piece listing both', () => {
    const text = 'he hits me and I want to die';
    const a = match({ field: 'goals', words: 'hits me', start: 3, end: 10 });
    const b = match({ field: 'goals', words: 'he hits', start: 0, end: 7 });
    const segments = highlightSegments(text, 'goals', [a, b]);
    expect(segments[0]).toEqual({ text: 'he hits me', matches: [b, a] });
    expect(segments[1]).toEqual({ text: ' and I want to die', matches: [] });
  });

  it('finds the words when the offsets no longer hold them, and skips words not there', () => {
    const text = 'Line one\r\nI want to END MY LIFE';
    const stale = match({ start: 0, end: 11 });
    expect(matchRange(text, stale)).toEqual([20, 31]);
    expect(matchRange('nothing here', stale)).toBeNull();
    expect(matchRange('abc', match({ words: '', start: 5, end: 2 }))).toBeNull();
  });

  it('gives one plain piece for empty text', () => {
    expect(highlightSegments('', 'difficulties', [match({})])).toEqual([
      { text: '', matches: [] },
    ]);
  });
});
