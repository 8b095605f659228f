/**
 * Triage rules as plain data, so a service can store its own version and an administrator can
 * change it. Each rule names the facts it tests (`when`, and any `unless`), what it does (`then`)
 * and the reason the OT reads, in English and Welsh. The defaults encode the three "superpowers"
 * of primary care OT (002, 004): frail older adults, people with mental health problems, and
 * working-age adults with employment difficulties; with the Northwich direct cognitive screening,
 * Birmingham tiered model and Hackney vocational rehabilitation case studies (003).
 *
 * How rules combine (triage.ts): pathway rules vote with a weight and the highest total wins,
 * ties going to the first in `pathwayTieOrder`; the most urgent urgency wins; the most intensive
 * tier wins. When no rule of a kind applies, its default does.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { DEFAULT_PATHWAY_RULES } from './default-pathway-rules.js';
import { DEFAULT_TIER_RULES, DEFAULT_URGENCY_RULES } from './default-urgency-tier-rules.js';
import type { TriageRuleSet } from './triage-rule.js';

export type { TriageCondition } from './triage-condition.js';
export type { TriageDefault, TriageEffect, TriageRule, TriageRuleSet } from './triage-rule.js';

const t = (en: string, cy: string): LocalisedText => ({ en, cy });

/** The default rule set, version triage-2026.11.1: the rules in the order an OT would read them. */
export const DEFAULT_TRIAGE_RULES: TriageRuleSet = {
  version: 'triage-2026.11.1',
  // Risk of harm first (acute distress, falls), then the direct-booked services; never signpost
  // on a tie.
  pathwayTieOrder: ['mental_health', 'frailty_falls', 'memory', 'work', 'daily_living', 'signpost'],
  rules: [...DEFAULT_PATHWAY_RULES, ...DEFAULT_URGENCY_RULES, ...DEFAULT_TIER_RULES],
  defaults: {
    pathway: {
      id: 'pathway.default',
      value: 'daily_living',
      reason: t(
        'No pathway rule applied: a general occupational therapy assessment of everyday life',
        'Nid oedd unrhyw reol llwybr yn berthnasol: asesiad therapi galwedigaethol cyffredinol o fywyd bob dydd',
      ),
    },
    urgency: {
      id: 'urgency.routine',
      value: 'routine',
      reason: t(
        'No reason for urgency was found: routine waiting list',
        'Ni chanfuwyd rheswm dros frys: rhestr aros arferol',
      ),
    },
    tier: {
      id: 'tier.default',
      value: 'individualised',
      reason: t(
        'No tier rule applied: one-to-one, so an occupational therapist can decide',
        'Nid oedd unrhyw reol haen yn berthnasol: un i un, er mwyn i therapydd galwedigaethol benderfynu',
      ),
    },
  },
};
