// The safety screen in the browser (issue 9): the same core screen the server runs, on what the
// person typed in their own words, so a clinical match brings the advice at once — as a ticked red
// flag does — and it shows even when saving fails. The server screens again; its answer is stored.
import type { AdviceId, RedFlag, ScreenMatch, ScreenResult } from '@everyday/core';
import {
  QUESTION_SET_V1,
  RED_FLAGS,
  adviceFor,
  freeTextOfAnswers,
  isWithinOpeningHours,
  screenFields,
} from '@everyday/core';
import type { DraftAnswers, ReferralDraft } from './draft.js';
import { redFlagsTicked } from './steps.js';

/** The screen of every free-text answer in the draft. */
export function screenDraft(a: DraftAnswers): ScreenResult {
  return screenFields(
    freeTextOfAnswers({
      difficulties: a.difficulties,
      goals: a.goals,
      access: { other: a.accessOther },
    }),
  );
}

/** One match, as remembered once its advice was shown. */
export function matchKey(match: ScreenMatch): string {
  return `${match.field}:${match.rule}`;
}

/** The red flags ticked and those the screen found, each once, in RED_FLAGS order. */
export function reportedRedFlags(
  a: DraftAnswers,
  screen: ScreenResult = screenDraft(a),
): RedFlag[] {
  const ticked: readonly RedFlag[] = redFlagsTicked(a) ? a.redFlags : [];
  return RED_FLAGS.filter((flag) => ticked.includes(flag) || screen.redFlags.includes(flag));
}

/** What to do now, for everything reported: ticked red flags, screen matches, safeguarding. */
export function adviceOf(a: DraftAnswers): AdviceId[] {
  const screen = screenDraft(a);
  return adviceFor(reportedRedFlags(a, screen), QUESTION_SET_V1, {
    safeguarding: screen.safeguarding,
  });
}

/** True when the request must be saved at once: a red flag ticked, or the screen matched. */
export function urgentNeeded(a: DraftAnswers): boolean {
  return redFlagsTicked(a) || screenDraft(a).matches.length > 0;
}

/** The screen's matches whose advice has not been shown yet. */
export function unseenMatches(draft: ReferralDraft): ScreenMatch[] {
  return screenDraft(draft.answers).matches.filter(
    (match) => !draft.screenShown.includes(matchKey(match)),
  );
}

/**
 * Whether the service is closed now (08:00–18:30 London, Monday to Friday, not bank holidays).
 * England and Wales share their bank holidays, so either nation gives the same answer here.
 */
export function closedAt(instantMs: number): boolean {
  return !isWithinOpeningHours(instantMs, 'wales');
}
