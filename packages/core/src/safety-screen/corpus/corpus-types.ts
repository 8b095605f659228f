import type { ScreenCategory, ScreenLanguage } from '../screen-types.js';

/** What the screen should make of a sentence. */
export type Expected = 'crisis' | 'safeguarding' | 'ordinary';

/** One labelled sentence of the measured corpus (written for it, never a real person's words). */
export interface CorpusEntry {
  readonly text: string;
  readonly language: ScreenLanguage;
  readonly expected: Expected;
  /** For crisis: the clinical category it must be flagged with. */
  readonly category?: ScreenCategory;
  /** The public guidance the kind of sentence comes from. */
  readonly source: string;
}

export const SOURCES = {
  samaritans: 'Samaritans media guidelines (warning signs and language of suicide)',
  nice225: 'NICE NG225 Self-harm: assessment, management and preventing recurrence (2022)',
  bhf: 'BHF: heart attack symptoms',
  fast: 'NHS / Stroke Association: FAST (Face, Arms, Speech, Time)',
  falls: 'NICE CG161 / NG249 falls in older people; NICE NG232 head injury',
  delirium: 'NHS: delirium (sudden confusion)',
  domestic: "Home Office statutory guidance (Domestic Abuse Act 2021); Women's Aid; Live Fear Free",
  adult: 'Care Act 2014 s.42; Social Services and Well-being (Wales) Act 2014 s.126',
  child: 'Children Act 1989 and 2004; Working Together to Safeguard Children',
  ot: 'Ordinary OT requests: RCOT / NHS occupational therapy referral reasons',
  negation: 'Negations and denials as written in referrals (NegEx cue list, Chapman et al. 2001)',
  idiom: 'Everyday English and Welsh idioms of exaggeration (Samaritans guidance on language)',
} as const;

type Source = keyof typeof SOURCES;

/** Builds entries of one kind. */
export function entries(
  language: ScreenLanguage,
  expected: Expected,
  source: Source,
  texts: readonly string[],
  category?: ScreenCategory,
): CorpusEntry[] {
  return texts.map((text) => ({
    text,
    language,
    expected,
    source: SOURCES[source],
    ...(category ? { category } : {}),
  }));
}
