/**
 * The screen's phrase patterns and their matcher. A phrase is written as space-separated slots:
 * `want/wanna` (any of these words), `?any` (optional), `~3` (up to three other words, never a
 * negator, never across a sentence), `NEG` (a negator: not, never, don't, ddim, …) and `=noose`
 * (exact: no misspelling tolerated, where one edit makes a common word). Words of five letters or
 * more tolerate one edit (see fuzzy.ts); Welsh words also match their mutations.
 */
import { FUZZY_MIN_LENGTH, withinOneEdit } from './fuzzy.js';
import type { Token } from './tokenise.js';
import { welshForms } from './welsh-mutations.js';
import { normaliseWord } from './tokenise.js';

export type Slot =
  | { readonly t: 'word'; readonly forms: ReadonlySet<string> }
  | { readonly t: 'gap'; readonly max: number }
  | { readonly t: 'neg' };

export type CompiledPhrase = readonly Slot[];

/** Compiles one phrase into its sequences (one per combination of optional slots). */
export function compilePhrase(
  phrase: string,
  welsh: boolean,
  vocabulary: Vocabulary,
): CompiledPhrase[] {
  let sequences: Slot[][] = [[]];
  for (const part of phrase.trim().split(/\s+/u)) {
    if (/^~\d$/u.test(part)) {
      const slot: Slot = { t: 'gap', max: Number(part.slice(1)) };
      sequences = sequences.map((s) => [...s, slot]);
      continue;
    }
    if (part === 'NEG') {
      sequences = sequences.map((s) => [...s, { t: 'neg' } as const]);
      continue;
    }
    const optional = part.startsWith('?');
    const exact = part.replace(/^\?/u, '').startsWith('=');
    const words = part
      .replace(/^[?=]+/u, '')
      .split('/')
      .map(normaliseWord);
    const forms = new Set(welsh ? words.flatMap(welshForms) : words);
    for (const f of forms) vocabulary.add(f, exact);
    const slot: Slot = { t: 'word', forms };
    sequences = optional
      ? [...sequences, ...sequences.map((s) => [...s, slot])]
      : sequences.map((s) => [...s, slot]);
  }
  return sequences.filter((s) => s.length > 0 && s[0]?.t !== 'gap');
}

/** Every word any rule names, bucketed for the misspelling look-up. */
export class Vocabulary {
  private readonly exact = new Set<string>();
  private readonly fuzzy = new Map<string, string[]>();
  add(word: string, exactOnly: boolean): void {
    this.exact.add(word);
    if (exactOnly || word.length < FUZZY_MIN_LENGTH) return;
    const key = word.charAt(0);
    const bucket = this.fuzzy.get(key) ?? [];
    if (!bucket.includes(word)) bucket.push(word);
    this.fuzzy.set(key, bucket);
  }
  /** The rule words a token of text can stand for: itself, and any one edit away (same first letter). */
  wordsFor(norm: string): readonly string[] {
    const found: string[] = this.exact.has(norm) ? [norm] : [];
    if (norm.length < FUZZY_MIN_LENGTH - 1) return found;
    for (const w of this.fuzzy.get(norm.charAt(0)) ?? []) {
      if (w !== norm && withinOneEdit(w, norm)) found.push(w);
    }
    return found;
  }
}

/** What the matcher knows of each token: the rule words it can stand for, and whether it negates. */
export interface ReadToken extends Token {
  readonly words: readonly string[];
  readonly negator: boolean;
}

function slotMatches(slot: Slot, token: ReadToken): boolean {
  switch (slot.t) {
    case 'neg':
      return token.negator;
    case 'word':
      return token.words.some((w) => slot.forms.has(w));
    case 'gap':
      return false;
  }
}

/**
 * The index one past the last token of the phrase matched from `at`, or -1. Bounded work: a phrase
 * has at most a few gaps of at most 9 words, so each start costs a small constant.
 */
export function matchAt(phrase: CompiledPhrase, tokens: readonly ReadToken[], at: number): number {
  const first = tokens[at];
  if (!first) return -1;
  const sentence = first.sentence;
  const step = (slotIndex: number, tokenIndex: number): number => {
    const slot = phrase[slotIndex];
    if (!slot) return tokenIndex;
    if (slot.t === 'gap') {
      for (let skip = 0; skip <= slot.max; skip += 1) {
        const end = step(slotIndex + 1, tokenIndex + skip);
        if (end >= 0) return end;
        const skipped = tokens[tokenIndex + skip];
        if (!skipped || skipped.sentence !== sentence || skipped.negator) return -1;
      }
      return -1;
    }
    const token = tokens[tokenIndex];
    if (!token || token.sentence !== sentence || !slotMatches(slot, token)) return -1;
    return step(slotIndex + 1, tokenIndex + 1);
  };
  return step(0, at);
}
