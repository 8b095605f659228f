/**
 * Electronic Frailty Index (INSTRUMENTS.md §2.1; Clegg et al., Age Ageing 2016) against
 * shared/reference/efi/efi_test_vectors.json (COMPUTED: score = deficits / 36; fit 0–4, mild
 * 5–8, moderate 9–12, severe 13+ deficits).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { EFI_CATEGORIES, efiFromDeficitCount } from './efi.js';
import { InstrumentInputError, roundTo } from './instrument-error.js';
import { EFI_CATEGORY_LABELS } from './severity-labels.js';

interface Vector {
  deficits_present: number;
  efi_score: number;
  category: string;
}
const vectors = (
  JSON.parse(readFileSync(sharedPath('reference/efi/efi_test_vectors.json'), 'utf8')) as {
    vectors: Vector[];
  }
).vectors;

describe('eFI vectors (efi_test_vectors.json; Clegg 2016 rule, eFI guidance categories)', () => {
  it.each(vectors)('$deficits_present deficits → $efi_score, $category', (v) => {
    expect(efiFromDeficitCount(v.deficits_present)).toEqual({
      score: roundTo(v.efi_score, 4),
      category: v.category,
    });
  });
});

describe('eFI bands agree on count and score (§2.1: fit ≤ 0.12 < mild ≤ 0.24 < moderate ≤ 0.36 < severe)', () => {
  it.each(Array.from({ length: 37 }, (_, n) => n))('%i deficits', (n) => {
    const score = n / 36;
    const byScore =
      score <= 0.12 ? 'fit' : score <= 0.24 ? 'mild' : score <= 0.36 ? 'moderate' : 'severe';
    expect(efiFromDeficitCount(n).category).toBe(byScore);
  });

  it.each([-1, 37, 2.5, Number.NaN])('%d deficits throws on "deficits"', (n) => {
    expect(() => efiFromDeficitCount(n)).toThrow(InstrumentInputError);
    expect(() => efiFromDeficitCount(n)).toThrow(expect.objectContaining({ field: 'deficits' }));
  });

  it('every category has an English and Welsh label', () => {
    for (const category of EFI_CATEGORIES) expect(EFI_CATEGORY_LABELS[category].cy).not.toBe('');
  });
});
