// Where the safety screen's matches fall in a field's text, as plain and marked pieces to show.
import type { ScreenMatch } from '@everyday/core';

/** A piece of a field's text: marked when one or more matches cover it. */
export interface TextSegment {
  text: string;
  /** The matches covering this piece (none for plain text). */
  matches: readonly ScreenMatch[];
}

/**
 * The offsets of a match in `text`: its own `start`–`end` when they still hold its words, else
 * the first place the words occur (the text was shown differently, say with other line endings),
 * else null (the reason is still listed, just not highlighted).
 */
export function matchRange(text: string, match: ScreenMatch): [number, number] | null {
  const { start, end, words } = match;
  if (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    text.slice(start, end) === words
  )
    return [start, end];
  if (words === '') return null;
  const found = text.toLowerCase().indexOf(words.toLowerCase());
  return found < 0 ? null : [found, found + words.length];
}

/**
 * Splits `text` into plain and marked pieces for the matches found in `field`. Overlapping
 * matches become one marked piece listing all of them, so no word is marked twice.
 */
export function highlightSegments(
  text: string,
  field: string,
  matches: readonly ScreenMatch[],
): TextSegment[] {
  const ranges = matches
    .filter((match) => match.field === field)
    .flatMap((match) => {
      const range = matchRange(text, match);
      return range ? [{ start: range[0], end: range[1], match }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: { start: number; end: number; matches: ScreenMatch[] }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.matches.push(range.match);
    } else merged.push({ start: range.start, end: range.end, matches: [range.match] });
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), matches: [] });
    segments.push({ text: text.slice(range.start, range.end), matches: range.matches });
    at = range.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), matches: [] });
  return segments;
}

/** The matches found in one field. */
export function matchesIn(
  matches: readonly ScreenMatch[] | undefined,
  field: string,
): ScreenMatch[] {
  return (matches ?? []).filter((match) => match.field === field);
}
