/**
 * Welsh initial consonant mutations, so a Welsh rule written in the radical form also reads the
 * mutated forms: soft (treiglad meddal: poen → boen, brifo → frifo, lladd → ladd, gŵr → ŵr),
 * nasal (trwynol: poen → mhoen, brest → mrest, gŵr → ngŵr, taro → nharo) and aspirate (llaes:
 * poen → phoen), and h- before a vowel (ei hwyneb). Source: the standard tables of Welsh
 * grammar (e.g. King, Modern Welsh: A Comprehensive Grammar, ch. 1).
 */

const SOFT: readonly (readonly [string, string])[] = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['p', 'b'],
  ['t', 'd'],
  ['c', 'g'],
  ['b', 'f'],
  ['d', 'dd'],
  ['g', ''],
  ['m', 'f'],
];
const NASAL: readonly (readonly [string, string])[] = [
  ['p', 'mh'],
  ['t', 'nh'],
  ['c', 'ngh'],
  ['b', 'm'],
  ['d', 'n'],
  ['g', 'ng'],
];
const ASPIRATE: readonly (readonly [string, string])[] = [
  ['p', 'ph'],
  ['t', 'th'],
  ['c', 'ch'],
];

function mutate(word: string, table: readonly (readonly [string, string])[]): string | undefined {
  if (
    word.startsWith('dd') ||
    word.startsWith('ch') ||
    word.startsWith('ph') ||
    word.startsWith('th')
  ) {
    return undefined;
  }
  for (const [from, to] of table) {
    if (word.startsWith(from)) return to + word.slice(from.length);
  }
  return undefined;
}

/** The radical and every mutated form of a (normalised) Welsh word. */
export function welshForms(word: string): string[] {
  const forms = new Set([word]);
  if (word.length < 3) return [...forms];
  for (const table of [SOFT, NASAL, ASPIRATE]) {
    const m = mutate(word, table);
    if (m && m.length >= 2) forms.add(m);
  }
  if (word.length >= 4 && /^[aeiouwy]/u.test(word)) forms.add(`h${word}`);
  return [...forms];
}
