/**
 * The free-text safety screen: reads what a person (or a member of staff, or another system)
 * wrote in their own words and finds what must not wait in a queue — thoughts of suicide or
 * self-harm, heart-attack chest pain, stroke signs, a head injury or long lie after a fall,
 * sudden confusion — and safeguarding concerns. Pure, versioned, bilingual (English and Welsh).
 *
 * How it reads (docs/adr/0009-free-text-safety-screen.md): the text is tokenised with offsets in
 * the original (tokenise.ts); each word is matched to the rules' words exactly, with one edit for
 * words of five letters or more (fuzzy.ts) and, for Welsh rules, in every mutation
 * (welsh-mutations.ts); phrases are matched word by word (phrase.ts); a match negated shortly
 * before in the same clause is set aside, hedges are not negations (negation.ts). Work is linear
 * in the length of the text; it never throws.
 */
import { RED_FLAGS, type RedFlag } from '../front-door/answers.js';
import { isNegated, isNegator } from './negation.js';
import {
  compilePhrase,
  matchAt,
  Vocabulary,
  type CompiledPhrase,
  type ReadToken,
} from './phrase.js';
import type { ScreenRule } from './rule-types.js';
import { RULES_CY } from './rules-cy.js';
import { RULES_EN } from './rules-en.js';
import type { ScreenCategory, ScreenMatch, ScreenResult } from './screen-types.js';
import { tokenise, normaliseWord } from './tokenise.js';

export const SAFETY_SCREEN_VERSION = 'safety-screen-2026.12.1';

/** Every rule of this version, English then Welsh. */
export const SCREEN_RULES: readonly ScreenRule[] = [...RULES_EN, ...RULES_CY];

/** The red flag each clinical category stands for. */
export const RED_FLAG_OF_CATEGORY: Readonly<Record<ScreenCategory, RedFlag | undefined>> = {
  suicide_self_harm: 'self_harm_thoughts',
  chest_pain: 'chest_pain',
  stroke: 'stroke_signs',
  head_injury_fall: 'fall_injury',
  sudden_confusion: 'sudden_confusion',
  safeguarding: undefined,
};

/** Clause boundaries a negation never reaches across, by the rule's language. */
const BOUNDARIES = {
  en: new Set([
    'but',
    'and',
    'although',
    'though',
    'however',
    'yet',
    'because',
    'so',
    'then',
    'except',
  ]),
  cy: new Set(['ond', 'ac', 'a', 'er', 'achos', 'oherwydd', 'felly', 'wedyn', 'serch']),
} as const;

/** At most this many matches are reported per field (the first ones); the rest add nothing. */
const MAX_MATCHES_PER_FIELD = 50;

interface Compiled {
  readonly rule: ScreenRule;
  readonly sequences: readonly CompiledPhrase[];
  readonly notFollowedBy: ReadonlySet<string>;
  readonly notPrecededBy: ReadonlySet<string>;
}

const vocabulary = new Vocabulary();
const compiled: readonly Compiled[] = SCREEN_RULES.map((rule) => ({
  rule,
  sequences: rule.phrases.flatMap((p) => compilePhrase(p, rule.language === 'cy', vocabulary)),
  notFollowedBy: new Set((rule.notFollowedBy ?? []).map(normaliseWord)),
  notPrecededBy: new Set((rule.notPrecededBy ?? []).map(normaliseWord)),
}));

/** Phrases by the words their first slot accepts, so each token tries only the phrases it can start. */
interface Entry {
  readonly c: Compiled;
  readonly sequence: CompiledPhrase;
}
const byFirstWord = new Map<string, Entry[]>();
const startingWithNegator: Entry[] = [];
for (const c of compiled) {
  for (const sequence of c.sequences) {
    const first = sequence[0];
    if (!first) continue;
    if (first.t === 'neg') {
      startingWithNegator.push({ c, sequence });
    } else if (first.t === 'word') {
      for (const w of first.forms) {
        const list = byFirstWord.get(w) ?? [];
        list.push({ c, sequence });
        byFirstWord.set(w, list);
      }
    }
  }
}

function readTokens(text: string): ReadToken[] {
  const cache = new Map<string, readonly string[]>();
  return tokenise(text).map((t) => {
    let words = cache.get(t.norm);
    if (!words) {
      words = vocabulary.wordsFor(t.norm);
      cache.set(t.norm, words);
    }
    return { ...t, words, negator: isNegator(t.norm) };
  });
}

function candidates(token: ReadToken): Entry[] {
  const found = new Set<Entry>();
  for (const w of token.words) for (const e of byFirstWord.get(w) ?? []) found.add(e);
  if (token.negator) for (const e of startingWithNegator) found.add(e);
  return [...found];
}

function toMatch(
  c: Compiled,
  field: string,
  text: string,
  first: ReadToken,
  last: ReadToken,
): ScreenMatch {
  const { rule } = c;
  const redFlag = RED_FLAG_OF_CATEGORY[rule.category];
  return {
    rule: rule.id,
    category: rule.category,
    kind: redFlag ? 'clinical' : 'safeguarding',
    field,
    words: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    language: rule.language,
    redFlag,
    reason: rule.reason,
  };
}

/** Every rule that fires on one field's text, in the order found. Never throws. */
export function screenText(text: string, field: string): ScreenMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    const tokens = readTokens(text);
    const matches: ScreenMatch[] = [];
    /** Per rule, the token index its last match ended at (one rule's matches never overlap). */
    const ruleEnd = new Map<string, number>();
    for (let i = 0; i < tokens.length && matches.length < MAX_MATCHES_PER_FIELD; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      for (const { c, sequence } of candidates(token)) {
        if ((ruleEnd.get(c.rule.id) ?? -1) > i) continue;
        const end = matchAt(sequence, tokens, i);
        if (end < 0) continue;
        const next = tokens[end];
        const before = tokens[i - 1];
        if (next && next.sentence === token.sentence && c.notFollowedBy.has(next.norm)) continue;
        if (before && before.sentence === token.sentence && c.notPrecededBy.has(before.norm))
          continue;
        if (isNegated(tokens, i, BOUNDARIES[c.rule.language])) continue;
        const last = tokens[end - 1];
        if (!last) continue;
        ruleEnd.set(c.rule.id, end);
        matches.push(toMatch(c, field, text, token, last));
        if (matches.length >= MAX_MATCHES_PER_FIELD) break;
      }
    }
    return matches;
  } catch {
    // The screen must never stop a request being saved; a failure here is a bug the property
    // tests look for, and the ticked red flags still stand.
    return [];
  }
}

/** Screens every free-text field given (blank and absent fields are skipped). */
export function screenFields(
  fields: Readonly<Record<string, string | null | undefined>>,
): ScreenResult {
  const matches = Object.entries(fields).flatMap(([field, text]) =>
    text ? screenText(text, field) : [],
  );
  const flagged = new Set(matches.flatMap((m) => (m.redFlag ? [m.redFlag] : [])));
  return {
    version: SAFETY_SCREEN_VERSION,
    matches,
    redFlags: RED_FLAGS.filter((f) => flagged.has(f)),
    safeguarding: matches.some((m) => m.kind === 'safeguarding'),
  };
}

/** The free text of a request's answers, keyed by field, for `screenFields`. */
export function freeTextOfAnswers(answers: {
  readonly difficulties?: string | undefined;
  readonly goals?: string | undefined;
  readonly clinicalReason?: string | undefined;
  readonly access?: { readonly other?: string | undefined } | undefined;
}): Record<string, string | undefined> {
  return {
    difficulties: answers.difficulties,
    goals: answers.goals,
    clinicalReason: answers.clinicalReason,
    'access.other': answers.access?.other,
  };
}
