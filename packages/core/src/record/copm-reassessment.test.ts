import { describe, expect, it } from 'vitest';
import { copmProblemsToReassess } from './copm-reassessment.js';
import type { RecordEntry } from './record-view.js';

const assessment = (
  id: string,
  stage: 'initial' | 'review' | 'discharge',
  assessedOn: string,
  problems: { problem: string; importance: number; performance: number; satisfaction: number }[],
): RecordEntry =>
  ({
    id,
    kind: 'assessment',
    version: 1,
    data: { stage, assessedOn, notes: '', copm: { problems } },
    scores: { flags: [] },
    createdAt: `${assessedOn}T10:00:00Z`,
    createdBy: 'OT',
    updatedAt: `${assessedOn}T10:00:00Z`,
    updatedBy: 'OT',
  });

// INSTRUMENTS.md §7's vector: the initial problems rated P (3,5,4), S (2,4,3) are rated again.
const initial = assessment('a1', 'initial', '2026-11-01', [
  { problem: 'Dressing', importance: 9, performance: 3, satisfaction: 2 },
  { problem: 'Cooking', importance: 7, performance: 5, satisfaction: 4 },
  { problem: 'Shopping', importance: 8, performance: 4, satisfaction: 3 },
]);

describe('COPM problems to rate again (issue 16 item 9; INSTRUMENTS.md §7)', () => {
  it("carries the first assessment's problems and their importance, not the old ratings", () => {
    const review = assessment('a2', 'review', '2026-11-15', [
      { problem: 'Dressing', importance: 9, performance: 6, satisfaction: 5 },
    ]);
    expect(copmProblemsToReassess([review, initial])).toEqual([
      { problem: 'Dressing', importance: 9 },
      { problem: 'Cooking', importance: 7 },
      { problem: 'Shopping', importance: 8 },
    ]);
  });

  it('is empty when no assessment rated a COPM problem', () => {
    expect(copmProblemsToReassess([])).toEqual([]);
    expect(copmProblemsToReassess([assessment('a0', 'initial', '2026-11-01', [])])).toEqual([]);
  });
});
