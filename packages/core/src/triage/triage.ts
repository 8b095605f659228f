/**
 * The triage engine: suggests a pathway, an urgency and a tier for a request, each with the rules
 * that produced it, for an OT to confirm or change (DESIGN.md §2.3). The clinical logic is data
 * (triage-rules.ts); this file only combines rules, and enforces the one safety invariant that no
 * rule set can switch off: any red flag makes the request a crisis.
 */
import type { LocalisedText } from '../shared/localised-text.js';
import { applies, factsOf, type TriageFacts } from './triage-condition.js';
import { DEFAULT_TRIAGE_RULES, type TriageRule, type TriageRuleSet } from './triage-rules.js';
import {
  PATHWAYS,
  type Pathway,
  type Tier,
  type TriageDecision,
  type TriageInput,
  type TriageReason,
  type Urgency,
} from './triage-types.js';

/** The reason added when a rule set failed to make a red flag a crisis. */
export const RED_FLAG_SAFETY_REASON: TriageReason = {
  rule: 'safety.red-flag',
  text: {
    en: 'A red flag was reported: this is always a crisis for a clinician to see today (added by the safety check because the rule set in use did not)',
    cy: 'Nodwyd baner goch: mae hyn bob amser yn argyfwng i glinigydd ei weld heddiw (ychwanegwyd gan y gwiriad diogelwch am nad oedd y set reolau a ddefnyddiwyd yn gwneud hynny)',
  },
};

/** Prefix for a pathway reason that voted for another pathway: the OT sees it as a note. */
export const ALSO_NOTED: LocalisedText = { en: 'Also noted: ', cy: 'Nodwyd hefyd: ' };

interface Part<T> {
  readonly value: T;
  readonly reasons: readonly TriageReason[];
}

type Fired<K extends TriageRule['then']['kind']> = TriageRule & {
  readonly then: Extract<TriageRule['then'], { kind: K }>;
};

const reasonOf = (rule: { readonly id: string; readonly reason: LocalisedText }): TriageReason => ({
  rule: rule.id,
  text: rule.reason,
});

function urgencyRank(urgency: Urgency): number {
  switch (urgency) {
    case 'crisis':
      return 3;
    case 'urgent':
      return 2;
    case 'routine':
      return 1;
  }
}

function tierRank(tier: Tier): number {
  switch (tier) {
    case 'individualised':
      return 3;
    case 'targeted':
      return 2;
    case 'universal':
      return 1;
  }
}

/** The rules that apply, split by what they decide, in rule-set order. */
function firedRules(rules: readonly TriageRule[], facts: TriageFacts) {
  const votes: Fired<'vote'>[] = [];
  const urgencies: Fired<'urgency'>[] = [];
  const tiers: Fired<'tier'>[] = [];
  for (const rule of rules) {
    if (!applies(rule, facts)) continue;
    const then = rule.then;
    switch (then.kind) {
      case 'vote':
        votes.push({ ...rule, then });
        break;
      case 'urgency':
        urgencies.push({ ...rule, then });
        break;
      case 'tier':
        tiers.push({ ...rule, then });
        break;
    }
  }
  return { votes, urgencies, tiers };
}

function decidePathway(set: TriageRuleSet, facts: TriageFacts): Part<Pathway> {
  const votes = firedRules(set.rules, facts).votes;
  if (votes.length === 0)
    return { value: set.defaults.pathway.value, reasons: [reasonOf(set.defaults.pathway)] };
  const totals = new Map<Pathway, number>();
  for (const v of votes) {
    const weight = Number.isFinite(v.then.weight) ? v.then.weight : 0;
    totals.set(v.then.pathway, (totals.get(v.then.pathway) ?? 0) + weight);
  }
  // Every pathway is ranked, even if a custom tie order leaves one out.
  const order = [...new Set<Pathway>([...set.pathwayTieOrder, ...PATHWAYS])];
  let winner: Pathway | undefined;
  for (const pathway of order) {
    const total = totals.get(pathway);
    if (total === undefined) continue;
    if (winner === undefined || total > (totals.get(winner) ?? 0)) winner = pathway;
  }
  const value = winner ?? set.defaults.pathway.value;
  const chosen = votes.filter((v) => v.then.pathway === value).map(reasonOf);
  const noted = votes
    .filter((v) => v.then.pathway !== value)
    .map((v) => ({
      rule: v.id,
      text: { en: ALSO_NOTED.en + v.reason.en, cy: ALSO_NOTED.cy + v.reason.cy },
    }));
  return { value, reasons: [...chosen, ...noted] };
}

function decideUrgency(set: TriageRuleSet, facts: TriageFacts): Part<Urgency> {
  const fired = firedRules(set.rules, facts).urgencies;
  let part: Part<Urgency> = {
    value: set.defaults.urgency.value,
    reasons: [reasonOf(set.defaults.urgency)],
  };
  if (fired.length > 0) {
    const value = fired
      .map((r) => r.then.urgency)
      .reduce((a, b) => (urgencyRank(b) > urgencyRank(a) ? b : a));
    part = { value, reasons: fired.filter((r) => r.then.urgency === value).map(reasonOf) };
  }
  // Safety invariant (DESIGN.md §2.2, hazard H-101..H-105): a red flag never waits in a queue.
  if (facts.hasRedFlag && part.value !== 'crisis') {
    part = { value: 'crisis', reasons: [RED_FLAG_SAFETY_REASON] };
  }
  return part;
}

function decideTier(set: TriageRuleSet, facts: TriageFacts): Part<Tier> {
  const fired = firedRules(set.rules, facts).tiers;
  if (fired.length === 0)
    return { value: set.defaults.tier.value, reasons: [reasonOf(set.defaults.tier)] };
  const value = fired.map((r) => r.then.tier).reduce((a, b) => (tierRank(b) > tierRank(a) ? b : a));
  return { value, reasons: fired.filter((r) => r.then.tier === value).map(reasonOf) };
}

/**
 * Suggests a pathway, urgency and tier for a request, with the rules behind each, for an OT to
 * confirm. Pathway is decided first, then urgency (which may test the pathway), then tier (which
 * may test both). Any red flag makes the urgency `crisis` whatever the rule set says. Never throws
 * for a well-typed input: odd dates, empty lists and unknown values only stop rules applying.
 *
 * Clinical logic (defaults): the three superpowers of primary care OT (002, 004), Northwich direct
 * cognitive screening, the Birmingham tiered model and Hackney vocational rehabilitation (003).
 */
export function triage(
  input: TriageInput,
  rules: TriageRuleSet = DEFAULT_TRIAGE_RULES,
): TriageDecision {
  const facts = factsOf(input);
  const pathway = decidePathway(rules, facts);
  const urgency = decideUrgency(rules, { ...facts, pathway: pathway.value });
  const tier = decideTier(rules, { ...facts, pathway: pathway.value, urgency: urgency.value });
  return {
    pathway: pathway.value,
    urgency: urgency.value,
    tier: tier.value,
    reasons: { pathway: pathway.reasons, urgency: urgency.reasons, tier: tier.reasons },
    ruleVersion: rules.version,
  };
}
