/**
 * PHQ-9 (INSTRUMENTS.md §4; Kroenke, Spitzer & Williams, J Gen Intern Med 2001) against
 * shared/reference/instruments/phq9_gad7_test_vectors.json: awell-health/awell-score test
 * responses, CamCOPS severity and syndrome rules, and the COMPUTED band boundaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../testing/shared-path.js';
import { InstrumentInputError } from './instrument-error.js';
import { PHQ9_SEVERITIES, phq9Severity, scorePhq9, type Phq9Severity } from './phq9.js';
import { PHQ9_SEVERITY_LABELS, PHQ9_SYNDROME_LABELS } from './severity-labels.js';

interface Vectors {
  phq9: {
    from_public_tests: {
      items: number[];
      total: number;
      severity_awell: string;
      item9_positive_COMPUTED?: boolean;
      source: string;
    }[];
    boundaries_COMPUTED: { total: number; severity: string }[];
    diagnostic_algorithm_camcops_COMPUTED_examples: {
      items: number[];
      major_depressive_syndrome: boolean;
      other_depressive_syndrome: boolean;
    }[];
  };
}

const vectors = JSON.parse(
  readFileSync(sharedPath('reference/instruments/phq9_gad7_test_vectors.json'), 'utf8'),
) as Vectors;

/** The reference's wording of each band (awell labels and the boundary table) → our code. */
const SEVERITY_WORDING: Record<string, Phq9Severity> = {
  'None/minimal depression': 'none_minimal',
  'Mild depression': 'mild',
  'Moderate depression': 'moderate',
  'Moderately severe depression': 'moderately_severe',
  'Severe depression': 'severe',
  'none/minimal': 'none_minimal',
  mild: 'mild',
  moderate: 'moderate',
  'moderately severe': 'moderately_severe',
  severe: 'severe',
};

/** Nine answers adding up to `total`, filled from item 1 (item 9 stays 0 below 25). */
function itemsFor(total: number): number[] {
  let left = total;
  return Array.from({ length: 9 }, () => {
    const item = Math.min(3, left);
    left -= item;
    return item;
  });
}

describe('PHQ-9 awell-score test responses (awell-health/awell-score src/scores/phq_9)', () => {
  it.each(vectors.phq9.from_public_tests)('$source: $items → $total, $severity_awell', (v) => {
    const score = scorePhq9(v.items);
    expect(score.total).toBe(v.total);
    expect(score.severity).toBe(SEVERITY_WORDING[v.severity_awell]);
    expect(score.item9RiskFlag).toBe((v.items[8] ?? 0) > 0);
    if (v.item9_positive_COMPUTED !== undefined)
      expect(score.item9RiskFlag).toBe(v.item9_positive_COMPUTED);
  });
});

describe('PHQ-9 band boundaries 4/5, 9/10, 14/15, 19/20 (CamCOPS phq9.py; COMPUTED)', () => {
  it.each(vectors.phq9.boundaries_COMPUTED)('total $total → $severity', (v) => {
    expect(phq9Severity(v.total)).toBe(SEVERITY_WORDING[v.severity]);
    const score = scorePhq9(itemsFor(v.total));
    expect(score.total).toBe(v.total);
    expect(score.severity).toBe(SEVERITY_WORDING[v.severity]);
  });
});

describe('PHQ-9 item 9 risk flag (§4: any response ≥ 1, whatever the total)', () => {
  it.each([1, 2, 3])('item 9 = %i alone raises the flag at a minimal total', (item9) => {
    const score = scorePhq9([0, 0, 0, 0, 0, 0, 0, 0, item9]);
    expect(score.item9RiskFlag).toBe(true);
    expect(score.severity).toBe('none_minimal');
  });

  it('a severe total without item 9 does not raise it', () => {
    expect(scorePhq9([3, 3, 3, 3, 3, 3, 3, 3, 0]).item9RiskFlag).toBe(false);
  });
});

describe('PHQ-9 diagnostic algorithm (CamCOPS is_mds / is_ods; COMPUTED examples)', () => {
  it.each(vectors.phq9.diagnostic_algorithm_camcops_COMPUTED_examples)('$items', (v) => {
    const expected = v.major_depressive_syndrome
      ? 'major'
      : v.other_depressive_syndrome
        ? 'other'
        : 'none';
    expect(scorePhq9(v.items).syndrome).toBe(expected);
  });

  it('counts item 9 as a symptom at 1 and the others at 2', () => {
    expect(scorePhq9([2, 0, 2, 2, 2, 0, 0, 0, 0]).syndrome).toBe('other'); // 4 symptoms
    expect(scorePhq9([2, 0, 2, 2, 2, 0, 0, 0, 1]).syndrome).toBe('major'); // + item 9 = 5
    expect(scorePhq9([2, 0, 2, 2, 1, 1, 1, 1, 0]).syndrome).toBe('other'); // 1s are not symptoms
  });
});

describe('PHQ-9 bad input throws InstrumentInputError with a field', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], 'items'],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'items'],
    [[0, 0, 0, 4, 0, 0, 0, 0, 0], 'items.3'],
    [[0, 0, 0, 0, 0, 0, 0, 0, -1], 'items.8'],
    [[1.5, 0, 0, 0, 0, 0, 0, 0, 0], 'items.0'],
    [[0, Number.NaN, 0, 0, 0, 0, 0, 0, 0], 'items.1'],
    [[0, '2', 0, 0, 0, 0, 0, 0, 0], 'items.1'],
    ['000000000', 'items'],
  ])('%j → %s', (items, field) => {
    let caught: unknown;
    try {
      scorePhq9(items as number[]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InstrumentInputError);
    expect((caught as InstrumentInputError).field).toBe(field);
    expect((caught as InstrumentInputError).localisedMessage.cy).not.toBe('');
  });
});

describe('PHQ-9 properties and labels', () => {
  it('total is the sum, 0–27, and the band follows the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
        (items) => {
          const score = scorePhq9(items);
          expect(score.total).toBe(items.reduce((a, b) => a + b, 0));
          expect(score.total).toBeLessThanOrEqual(27);
          expect(score.severity).toBe(phq9Severity(score.total));
          expect(score.item9RiskFlag).toBe((items[8] ?? 0) > 0);
        },
      ),
    );
  });

  it('every severity and syndrome has an English and Welsh label', () => {
    for (const severity of PHQ9_SEVERITIES) {
      expect(PHQ9_SEVERITY_LABELS[severity].en).not.toBe('');
      expect(PHQ9_SEVERITY_LABELS[severity].cy).not.toBe('');
    }
    for (const label of Object.values(PHQ9_SYNDROME_LABELS)) expect(label.cy).not.toBe('');
  });
});
