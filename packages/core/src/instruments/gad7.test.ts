/**
 * GAD-7 (INSTRUMENTS.md §4; Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006) against
 * shared/reference/instruments/phq9_gad7_test_vectors.json: awell-score test responses and the
 * CamCOPS gad7.py bands with COMPUTED boundaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sharedPath } from '../testing/shared-path.js';
import { InstrumentInputError } from './instrument-error.js';
import { GAD7_SEVERITIES, gad7Severity, scoreGad7, type Gad7Severity } from './gad7.js';
import { GAD7_SEVERITY_LABELS } from './severity-labels.js';

interface Vectors {
  gad7: {
    from_public_tests: { items: number[]; total: number; severity_awell: string }[];
    boundaries_COMPUTED: { total: number; severity: string }[];
  };
}

const vectors = JSON.parse(
  readFileSync(sharedPath('reference/instruments/phq9_gad7_test_vectors.json'), 'utf8'),
) as Vectors;

const SEVERITY_WORDING: Record<string, Gad7Severity> = {
  'No anxiety': 'minimal',
  'Mild anxiety': 'mild',
  'Moderate anxiety': 'moderate',
  'Severe anxiety': 'severe',
  'none/minimal': 'minimal',
  mild: 'mild',
  moderate: 'moderate',
  severe: 'severe',
};

function itemsFor(total: number): number[] {
  let left = total;
  return Array.from({ length: 7 }, () => {
    const item = Math.min(3, left);
    left -= item;
    return item;
  });
}

describe('GAD-7 awell-score test responses (awell-health/awell-score src/scores/GAD_7)', () => {
  it.each(vectors.gad7.from_public_tests)('$items → $total, $severity_awell', (v) => {
    expect(scoreGad7(v.items)).toEqual({
      total: v.total,
      severity: SEVERITY_WORDING[v.severity_awell],
    });
  });
});

describe('GAD-7 band boundaries 4/5, 9/10, 14/15 (CamCOPS gad7.py; COMPUTED)', () => {
  it.each(vectors.gad7.boundaries_COMPUTED)('total $total → $severity', (v) => {
    expect(gad7Severity(v.total)).toBe(SEVERITY_WORDING[v.severity]);
    expect(scoreGad7(itemsFor(v.total))).toEqual({
      total: v.total,
      severity: SEVERITY_WORDING[v.severity],
    });
  });
});

describe('GAD-7 bad input and properties', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0], 'items'],
    [[0, 0, 0, 0, 0, 0, 0, 0, 0], 'items'],
    [[0, 0, 0, 0, 0, 0, 9], 'items.6'],
    [[0, 0, 0.5, 0, 0, 0, 0], 'items.2'],
  ])('%j throws on %s', (items, field) => {
    expect(() => scoreGad7(items)).toThrow(InstrumentInputError);
    expect(() => scoreGad7(items)).toThrow(expect.objectContaining({ field }));
  });

  it('total is the sum, 0–21, banded by the total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
        (items) => {
          const score = scoreGad7(items);
          expect(score.total).toBe(items.reduce((a, b) => a + b, 0));
          expect(score.severity).toBe(gad7Severity(score.total));
        },
      ),
    );
  });

  it('every band has an English and Welsh label', () => {
    for (const severity of GAD7_SEVERITIES) {
      expect(GAD7_SEVERITY_LABELS[severity].en).not.toBe('');
      expect(GAD7_SEVERITY_LABELS[severity].cy).not.toBe('');
    }
  });
});
