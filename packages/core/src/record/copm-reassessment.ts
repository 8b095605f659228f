/**
 * The COPM problems a reassessment rates again (issue 16 item 9). The COPM scores change as
 * reassessment − initial assessment for the same problems, and its FAQ asks for change per problem
 * too (../shared/reference/INSTRUMENTS.md §7, from thecopm.ca FAQ #4 and #5), so a review or
 * discharge assessment starts from the problems the person named first, with the importance they
 * gave them; only performance and satisfaction are rated again.
 */
import type { CopmProblem } from './entry-types.js';
import type { RecordEntry } from './record-view.js';

export interface CopmProblemToReassess {
  readonly problem: string;
  readonly importance: number;
}

/** The problems of the earliest assessment that rated any, in the order the person gave them. */
export function copmProblemsToReassess(
  entries: readonly RecordEntry[],
): readonly CopmProblemToReassess[] {
  const first = entries
    .filter((e): e is RecordEntry<'assessment'> => e.kind === 'assessment')
    .filter((e) => (e.data.copm?.problems.length ?? 0) > 0)
    .sort(
      (a, b) =>
        a.data.assessedOn.localeCompare(b.data.assessedOn) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .at(0);
  return (first?.data.copm?.problems ?? []).map((p: CopmProblem) => ({
    problem: p.problem,
    importance: p.importance,
  }));
}
