/**
 * Negation, with the safety bias: a cue is set aside only when a negator stands shortly before it
 * in the same clause ("I am not suicidal", "no thoughts of self-harm", "denies suicidal thoughts",
 * "nid wyf yn hunanladdol", "dim meddyliau am hunanladdiad"), with only words that carry a
 * negation between (NegEx-style scope: Chapman et al., J Biomed Inform 2001). A clause boundary
 * (punctuation, "but", "and", "ond", "ac") or any other word ends the scope, so "not coping and
 * want to die" and "not coping I want to die" still match. Hedges are not negations: "not sure",
 * "don't know", "ddim yn siŵr" keep the cue ("I'm not sure I want to live").
 */
import type { ReadToken } from './phrase.js';

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'without',
  'denies',
  'denied',
  'deny',
  'denying',
  'nil',
  'none',
  'neither',
  'dont',
  'cant',
  'cannot',
  'wont',
  'didnt',
  'doesnt',
  'isnt',
  'havent',
  'hasnt',
  'wasnt',
  'arent',
  'couldnt',
  'wouldnt',
  'aint',
  // Welsh
  'nid',
  'nad',
  'ddim',
  'dim',
  'heb',
  'byth',
  'erioed',
  'nac',
  'chwaith',
]);

/** Words a negation reaches across ("never had ANY THOUGHTS OF", "dim MEDDYLIAU AM"). */
const SCOPE = new Set([
  'i',
  'm',
  'im',
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'having',
  've',
  's',
  'd',
  'any',
  'ever',
  'thoughts',
  'thought',
  'feelings',
  'feeling',
  'feel',
  'felt',
  'of',
  'about',
  'or',
  'signs',
  'sign',
  'symptoms',
  'history',
  'current',
  'currently',
  'recent',
  'recently',
  'really',
  'at',
  'all',
  'the',
  'a',
  'an',
  'got',
  'experienced',
  'experiencing',
  'reported',
  'reports',
  'reporting',
  'plans',
  'plan',
  'intent',
  'further',
  'new',
  'suffer',
  'suffered',
  'suffering',
  'from',
  'with',
  'evidence',
  'he',
  'she',
  'they',
  'her',
  'his',
  'their',
  'me',
  'any',
  'episodes',
  'further',
  'complaints',
  'actively',
  'active',
  'do',
  'does',
  'did',
  'it',
  'that',
  'there',
  'this',
  'so',
  'taken',
  'take',
  'took',
  'tried',
  'attempted',
  'attempt',
  'attempts',
  'made',
  'done',
  'report',
  'describe',
  'describes',
  'mention',
  'mentions',
  'mentioned',
  'noted',
  'expressed',
  'expresses',
  'ideation',
  'ideas',
  // Welsh
  'wyf',
  'dwi',
  'dw',
  'yn',
  'n',
  'wedi',
  'cael',
  'unrhyw',
  'meddyliau',
  'meddwl',
  'am',
  'o',
  'y',
  'yr',
  'r',
  'fy',
  'mae',
  'oes',
  'does',
  'gen',
  'gennyf',
  'gyda',
  'teimlo',
  'ei',
  'ydw',
  'ydy',
  'yw',
  'ydi',
  'e',
  'hi',
  'fe',
  'fo',
  'arwyddion',
  'symptomau',
  'hanes',
  'bod',
]);

/** Words after a negator that make it a hedge, not a denial. */
const HEDGES = new Set(['sure', 'certain', 'know', 'saying', 'say', 'siwr', 'sicr', 'gwybod']);

export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

function isHedge(tokens: readonly ReadToken[], i: number): boolean {
  for (const next of [tokens[i + 1], tokens[i + 2]]) {
    if (next && HEDGES.has(next.norm)) return true;
  }
  return false;
}

/** How far back (in words) a negator can reach. */
const WINDOW = 6;

/** True when the cue starting at token `at` is negated (see above). */
export function isNegated(
  tokens: readonly ReadToken[],
  at: number,
  boundaries: ReadonlySet<string>,
): boolean {
  const cue = tokens[at];
  if (!cue) return false;
  let breakAfter = cue.clauseBreakBefore;
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i -= 1) {
    const t = tokens[i];
    if (!t || breakAfter || t.sentence !== cue.sentence) return false;
    if (t.negator) return !isHedge(tokens, i);
    if (boundaries.has(t.norm) || !SCOPE.has(t.norm)) return false;
    breakAfter = t.clauseBreakBefore;
  }
  return false;
}
