/**
 * Crisis follow-through (issue 9, item 5; docs/api/safety-net-contract.md, "Crisis
 * follow-through"): every crisis or safeguarding request is acknowledged by a clinician with what
 * was done, by a due time counted in working minutes from its arrival; one not acknowledged by
 * then is escalated once to the practice's duty clinician and the practice.
 *
 * The outcomes are the issue's own list (issue 9, item 5: "called back and safe; handed to 999,
 * 111, the crisis team or the GP; could not reach — with what happens next"). "Could not reach"
 * is never an end in itself: the clinician must write what happens next, so the person is not
 * left without a plan.
 */
import type { Nation } from '../shared/bank-holidays.js';
import type { Instant } from '../shared/calendar-date.js';
import { addWorkingMinutes } from './working-time.js';

export const ACKNOWLEDGEMENT_OUTCOMES = [
  'called_back_safe',
  'handed_999',
  'handed_111',
  'handed_crisis_team',
  'handed_gp',
  'could_not_reach',
] as const;
export type AcknowledgementOutcome = (typeof ACKNOWLEDGEMENT_OUTCOMES)[number];

export function isAcknowledgementOutcome(value: string): value is AcknowledgementOutcome {
  return (ACKNOWLEDGEMENT_OUTCOMES as readonly string[]).includes(value);
}

/** The due time's defaults and bounds (minutes of opening hours). */
export const ACKNOWLEDGE_WITHIN_MINUTES = { default: 60, min: 5, max: 480 } as const;

/** Note and next steps: limits in characters. */
export const ACKNOWLEDGEMENT_TEXT_LIMITS = { note: 2000, nextSteps: 2000 } as const;

/** True when an outcome leaves the person without help yet, so the next steps must be written. */
export function outcomeNeedsNextSteps(outcome: AcknowledgementOutcome): boolean {
  switch (outcome) {
    case 'could_not_reach':
      return true;
    case 'called_back_safe':
    case 'handed_999':
    case 'handed_111':
    case 'handed_crisis_team':
    case 'handed_gp':
      return false;
  }
}

export interface AcknowledgementInput {
  readonly outcome: AcknowledgementOutcome;
  readonly note: string;
  readonly nextSteps?: string | null | undefined;
}

/** What is stored on the request. */
export interface Acknowledgement {
  readonly outcome: AcknowledgementOutcome;
  readonly note: string;
  readonly nextSteps: string | null;
}

export interface AcknowledgementProblem {
  readonly field: 'note' | 'nextSteps';
  readonly code: 'required' | 'too_long';
  readonly message: string;
}

export type AcknowledgementCheck =
  | { readonly ok: true; readonly acknowledgement: Acknowledgement }
  | { readonly ok: false; readonly problems: readonly AcknowledgementProblem[] };

/**
 * Check an acknowledgement: a note is always required; next steps are required when the person
 * could not be reached, and kept (when given) for the other outcomes. Text is trimmed.
 */
export function checkAcknowledgement(input: AcknowledgementInput): AcknowledgementCheck {
  const note = input.note.trim();
  const nextSteps = (input.nextSteps ?? '').trim();
  const problems: AcknowledgementProblem[] = [];
  if (note === '')
    problems.push({ field: 'note', code: 'required', message: 'Enter what was done' });
  else if (note.length > ACKNOWLEDGEMENT_TEXT_LIMITS.note)
    problems.push({ field: 'note', code: 'too_long', message: 'The note is too long' });
  if (outcomeNeedsNextSteps(input.outcome) && nextSteps === '')
    problems.push({
      field: 'nextSteps',
      code: 'required',
      message: 'Enter what happens next when the person could not be reached',
    });
  else if (nextSteps.length > ACKNOWLEDGEMENT_TEXT_LIMITS.nextSteps)
    problems.push({ field: 'nextSteps', code: 'too_long', message: 'The next steps are too long' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    acknowledgement: {
      outcome: input.outcome,
      note,
      nextSteps: nextSteps === '' ? null : nextSteps,
    },
  };
}

/** The parts of a request that decide whether it needs acknowledging, and why. */
export interface CrisisFacts {
  readonly urgency: 'crisis' | 'urgent' | 'routine';
  readonly safeguarding: boolean;
  /** Red flags the person or member of staff ticked. */
  readonly tickedRedFlags: readonly string[];
  /** Red flags the free-text screen found (clinical matches). */
  readonly screenRedFlags: readonly string[];
}

/** True for a crisis or a safeguarding request: one that must be acknowledged. */
export function needsAcknowledgement(
  facts: Pick<CrisisFacts, 'urgency' | 'safeguarding'>,
): boolean {
  return facts.urgency === 'crisis' || facts.safeguarding;
}

/** Why a request is in the crisis log: the first that holds of these, in this order. */
export type CrisisKind = 'red_flag' | 'screen' | 'safeguarding';

/**
 * A ticked red flag comes first (it is what the person said plainly), then a red flag only the
 * free-text screen found, then safeguarding. A request made crisis otherwise (an OT's urgency)
 * is counted with the red flags, triage's crisis reason.
 */
export function crisisKindOf(facts: CrisisFacts): CrisisKind {
  if (facts.tickedRedFlags.length > 0) return 'red_flag';
  if (facts.urgency === 'crisis' && facts.screenRedFlags.length > 0) return 'screen';
  if (facts.safeguarding) return 'safeguarding';
  return 'red_flag';
}

/**
 * When a crisis or safeguarding request must be acknowledged by: `withinMinutes` working minutes
 * after it arrived.
 */
export function acknowledgementDueAt(
  receivedAt: Instant | number,
  withinMinutes: number,
  nation: Nation,
): Instant {
  return new Date(addWorkingMinutes(receivedAt, withinMinutes, nation)).toISOString();
}

/** True when the due time has come and gone with no acknowledgement. */
export function isAcknowledgementOverdue(dueAt: Instant, now: Instant | number): boolean {
  const nowMs = typeof now === 'number' ? now : Date.parse(now);
  return nowMs >= Date.parse(dueAt);
}
