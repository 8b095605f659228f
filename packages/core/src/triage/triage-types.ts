/**
 * The contract of triage: what goes in, what comes out. The rules live in triage-rules.ts and
 * the engine in triage.ts.
 */
import type { RequestAnswers, Route } from '../front-door/answers.js';
import type { LocalisedText } from '../shared/localised-text.js';

export const PATHWAYS = [
  'frailty_falls',
  'mental_health',
  'work',
  'memory',
  'daily_living',
  'signpost',
] as const;
/** Where the request is best served (DESIGN.md §2.3). */
export type Pathway = (typeof PATHWAYS)[number];

export const URGENCIES = ['crisis', 'urgent', 'routine'] as const;
/** crisis: a clinician the same day; urgent: within 2 working days; routine: the waiting list. */
export type Urgency = (typeof URGENCIES)[number];

export const TIERS = ['universal', 'targeted', 'individualised'] as const;
/** universal: advice and self-help; targeted: a group or workshop; individualised: one-to-one (003 Birmingham). */
export type Tier = (typeof TIERS)[number];

/** One reason behind a decision, as data: the rule that fired and what it says, in both languages. */
export interface TriageReason {
  /** The id of the rule that produced this reason, e.g. `urgency.red-flag`. */
  readonly rule: string;
  readonly text: LocalisedText;
}

export interface TriageInput {
  readonly answers: RequestAnswers;
  readonly route: Route;
  /** Today's date, YYYY-MM-DD (for age). */
  readonly today: string;
}

export interface TriageDecision {
  readonly pathway: Pathway;
  readonly urgency: Urgency;
  readonly tier: Tier;
  readonly reasons: {
    readonly pathway: readonly TriageReason[];
    readonly urgency: readonly TriageReason[];
    readonly tier: readonly TriageReason[];
  };
  /** The version of the rule set that made the decision, stored with it. */
  readonly ruleVersion: string;
}
