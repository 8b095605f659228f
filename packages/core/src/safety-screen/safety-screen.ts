/**
 * The free-text safety screen: reads what a person (or a member of staff, or another system)
 * wrote in their own words and finds what must not wait in a queue — thoughts of suicide or
 * self-harm, heart-attack chest pain, stroke signs, a head injury or long lie after a fall,
 * sudden confusion — and safeguarding concerns. Pure, versioned, bilingual (English and Welsh).
 *
 * PLACEHOLDER RULES: a first cut so the server and web can integrate; the full rule set
 * (negation, hedging, idioms, misspellings, Welsh mutations) and its measured corpus replace it.
 */
import { RED_FLAGS, type RedFlag } from '../front-door/answers.js';
import type { ScreenMatch, ScreenResult } from './screen-types.js';

export const SAFETY_SCREEN_VERSION = 'safety-screen-2026.12.0';

interface SimpleRule {
  readonly id: string;
  readonly category: ScreenMatch['category'];
  readonly redFlag?: RedFlag;
  readonly pattern: RegExp;
  readonly language: 'en' | 'cy';
  readonly reason: { readonly en: string; readonly cy: string };
}

const RULES: readonly SimpleRule[] = [
  {
    id: 'screen.suicide.thoughts',
    category: 'suicide_self_harm',
    redFlag: 'self_harm_thoughts',
    pattern: /\b(end(ing)? (my|it all|their) li(fe|ves)|kill (my|him|her)self|suicid\w*)\b/iu,
    language: 'en',
    reason: { en: 'Thoughts of suicide', cy: 'Meddyliau am hunanladdiad' },
  },
  {
    id: 'screen.safeguarding.domestic_abuse',
    category: 'safeguarding',
    pattern: /\b(partner|husband|wife|boyfriend|girlfriend) (hits|beats|hurts) me\b/iu,
    language: 'en',
    reason: { en: 'Domestic abuse', cy: 'Cam-drin domestig' },
  },
];

/** Every rule that fires on one field's text. Never throws. */
export function screenText(text: string, field: string): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    matches.push({
      rule: rule.id,
      category: rule.category,
      kind: rule.category === 'safeguarding' ? 'safeguarding' : 'clinical',
      field,
      words: m[0],
      start: m.index,
      end: m.index + m[0].length,
      language: rule.language,
      redFlag: rule.redFlag,
      reason: rule.reason,
    });
  }
  return matches;
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
