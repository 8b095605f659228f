import { CORPUS_CY } from './corpus-cy.js';
import { CORPUS_EN } from './corpus-en.js';
import { CORPUS_HELD_OUT } from './corpus-held-out.js';
import { CORPUS_HELD_OUT_2 } from './corpus-held-out-2.js';
import { CORPUS_HELD_OUT_3 } from './corpus-held-out-3.js';
import type { CorpusEntry } from './corpus-types.js';

export type { CorpusEntry, Expected } from './corpus-types.js';
/** The whole measured corpus: English, Welsh, then the three held-out batches. */
export const CORPUS: readonly CorpusEntry[] = [
  ...CORPUS_EN,
  ...CORPUS_CY,
  ...CORPUS_HELD_OUT,
  ...CORPUS_HELD_OUT_2,
  ...CORPUS_HELD_OUT_3,
];
