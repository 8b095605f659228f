/**
 * Risk assessment for acute distress (issue 5 item 2). Everyday suggests a level from what the
 * clinician recorded; the clinician confirms it (and says why when they differ), and a high
 * level must be escalated the same day. Hazard H-301 in docs/clinical-safety.md.
 */
import type { RiskData, RiskLevel } from './entry-types.js';
import type { Pathway } from '../triage/triage-types.js';
import {
  assessedDomains,
  assessesSuicide,
  highestLevel,
  presentDomainRisks,
  riskDomainsFor,
} from './risk-domains.js';

/**
 * A suggested level, never a decision: specific plans, intent, or active thoughts with access
 * to means or previous attempts are high; any thoughts or vague plans are moderate; else low.
 */
export function suggestRiskLevel(
  r: Pick<RiskData, 'thoughts' | 'plans' | 'intent' | 'accessToMeans' | 'previousAttempts'>,
): RiskLevel {
  if (r.plans === 'specific' || r.intent) return 'high';
  if (r.thoughts === 'active' && (r.accessToMeans || r.previousAttempts)) return 'high';
  if (r.thoughts !== 'none' || r.plans === 'vague') return 'moderate';
  return 'low';
}

/**
 * The overall level Everyday suggests (issue 16 item 7): the highest of the suicide suggestion
 * (when suicide was assessed) and the level of each other risk found present.
 */
export function suggestOverallLevel(r: RiskData): RiskLevel {
  const levels = presentDomainRisks(r).flatMap(({ risk }) => (risk.level ? [risk.level] : []));
  return highestLevel(assessesSuicide(r) ? [suggestRiskLevel(r), ...levels] : levels);
}

const DOMAIN_FIELDS = {
  falls: 'falls',
  self_neglect: 'selfNeglect',
  safeguarding: 'safeguarding',
} as const;
export type DomainField = (typeof DOMAIN_FIELDS)[keyof typeof DOMAIN_FIELDS];

export type RiskProblem =
  | { readonly field: 'domains'; readonly problem: 'pathway_domain_missing' }
  | { readonly field: `${DomainField}.present`; readonly problem: 'domain_required' }
  | { readonly field: `${DomainField}.level`; readonly problem: 'domain_level_required' }
  | { readonly field: `${DomainField}.plan`; readonly problem: 'domain_plan_required' }
  | { readonly field: 'levelReason'; readonly problem: 'needed_when_differs' }
  | { readonly field: 'escalation.to'; readonly problem: 'high_needs_escalation' }
  | { readonly field: 'escalation.detail'; readonly problem: 'escalation_needs_detail' };

/**
 * The rules a risk assessment must meet before it is saved. Given the episode's pathway, an
 * assessment naming its domains must cover every domain the pathway asks about (issue 16 item 7).
 */
export function checkRiskAssessment(r: RiskData, pathway?: Pathway): RiskProblem[] {
  const problems: RiskProblem[] = [];
  if (pathway !== undefined && r.domains !== undefined) {
    const domains = r.domains;
    if (riskDomainsFor(pathway).some((d) => !domains.includes(d)))
      problems.push({ field: 'domains', problem: 'pathway_domain_missing' });
  }
  for (const domain of assessedDomains(r)) {
    if (domain === 'suicide') continue;
    const field = DOMAIN_FIELDS[domain];
    const risk = r[field];
    if (!risk) {
      problems.push({ field: `${field}.present`, problem: 'domain_required' });
      continue;
    }
    if (!risk.present) continue;
    if (risk.level === null)
      problems.push({ field: `${field}.level`, problem: 'domain_level_required' });
    if (risk.plan.trim() === '')
      problems.push({ field: `${field}.plan`, problem: 'domain_plan_required' });
  }
  if (r.level !== suggestOverallLevel(r) && r.levelReason.trim() === '')
    problems.push({ field: 'levelReason', problem: 'needed_when_differs' });
  if (r.level === 'high' && r.escalation.to === 'none')
    problems.push({ field: 'escalation.to', problem: 'high_needs_escalation' });
  if (r.escalation.to !== 'none' && r.escalation.detail.trim() === '')
    problems.push({ field: 'escalation.detail', problem: 'escalation_needs_detail' });
  return problems;
}
