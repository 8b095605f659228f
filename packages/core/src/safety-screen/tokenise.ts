/**
 * Tokens of free text for the safety screen: each word normalised for matching (lowercase,
 * accents stripped by Unicode NFKD, curly apostrophes straightened) but remembered by its
 * offsets in the ORIGINAL text, so a match reports exactly what the person wrote.
 */

export interface Token {
  /** The word as matched: lowercase, no accents. */
  readonly norm: string;
  /** Offsets in the original text, in UTF-16 code units. */
  readonly start: number;
  readonly end: number;
  /** Sentence number: a phrase never spans a full stop, question mark, semicolon or new line. */
  readonly sentence: number;
  /** True when a comma, colon, dash or bracket comes between this token and the one before. */
  readonly clauseBreakBefore: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}'\u2018\u2019\u02bc]+/gu;
const APOSTROPHES = /['\u2018\u2019\u02bc]/u;
const SENTENCE_BREAK = /[.!?;\n\r\u2026\u061f\u3002]/u;
const CLAUSE_BREAK = /[,:()[\]"\u201c\u201d\u2013\u2014]|\s-|-\s/u;

/** Lowercase, accents stripped, apostrophes straight. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .toLowerCase();
}

/**
 * Splits text into tokens. English "n't" contractions stay whole (`don't`, `can't`: negators);
 * any other apostrophe splits the word (`I'm` → `i`, `m`; Welsh `drwy'r` → `drwy`, `r`).
 */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const at = m.index;
    const between = text.slice(lastEnd, at);
    let clauseBreak = tokens.length > 0 && CLAUSE_BREAK.test(between);
    if (tokens.length > 0 && SENTENCE_BREAK.test(between)) {
      sentence += 1;
      clauseBreak = true;
    }
    lastEnd = at + raw.length;
    const norm = normaliseWord(raw);
    if (norm.endsWith("n't") || !APOSTROPHES.test(raw)) {
      const word = norm.replace(/^'+|'+$/gu, '');
      if (word)
        tokens.push({
          norm: word,
          start: at,
          end: at + raw.length,
          sentence,
          clauseBreakBefore: clauseBreak,
        });
      continue;
    }
    let offset = 0;
    for (const part of raw.split(APOSTROPHES)) {
      const start = at + offset;
      offset += part.length + 1;
      if (!part) continue;
      tokens.push({
        norm: normaliseWord(part),
        start,
        end: start + part.length,
        sentence,
        clauseBreakBefore: clauseBreak,
      });
      clauseBreak = false;
    }
  }
  return tokens;
}
