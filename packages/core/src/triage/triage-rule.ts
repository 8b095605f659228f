/**
 * The shape of a triage rule and a rule set, apart from the default rules themselves, so the
 * default rule files and the rule set that gathers them import the shape without a circle.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import type { TriageCondition } from './triage-condition.js';
import type { Pathway, Tier, Urgency } from './triage-types.js';

/** What a rule does when it applies. */
export type TriageEffect =
  | { readonly kind: 'vote'; readonly pathway: Pathway; readonly weight: number }
  | { readonly kind: 'urgency'; readonly urgency: Urgency }
  | { readonly kind: 'tier'; readonly tier: Tier };

export interface TriageRule {
  /** Stable id, shown with every decision it contributes to, e.g. `urgency.red-flag`. */
  readonly id: string;
  readonly when: TriageCondition;
  /** The rule does not apply if any of these holds. */
  readonly unless?: readonly TriageCondition[];
  readonly then: TriageEffect;
  /** Plain words for the OT, naming the facts. */
  readonly reason: LocalisedText;
  /** Where the rule comes from, e.g. "003 Hackney". */
  readonly source?: string;
}

/** What is decided when no rule of that kind applies. */
export interface TriageDefault<T extends string> {
  readonly id: string;
  readonly value: T;
  readonly reason: LocalisedText;
}

export interface TriageRuleSet {
  /** Stored with every decision. A change to any rule is a new version. */
  readonly version: string;
  /** Which pathway wins a tie of votes: earlier wins. */
  readonly pathwayTieOrder: readonly Pathway[];
  readonly rules: readonly TriageRule[];
  readonly defaults: {
    readonly pathway: TriageDefault<Pathway>;
    readonly urgency: TriageDefault<Urgency>;
    readonly tier: TriageDefault<Tier>;
  };
}
