/**
 * Risk assessment for acute distress (issue 5 item 2). Everyday suggests a level from what the
 * clinician recorded; the clinician confirms it (and says why when they differ), and a high
 * level must be escalated the same day. Hazard H-301 in docs/clinical-safety.md.
 */
import type { RiskData, RiskLevel } from './entry-types.js';

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

export type RiskProblem =
  | { readonly field: 'levelReason'; readonly problem: 'needed_when_differs' }
  | { readonly field: 'escalation.to'; readonly problem: 'high_needs_escalation' }
  | { readonly field: 'escalation.detail'; readonly problem: 'escalation_needs_detail' };

/** The rules a risk assessment must meet before it is saved. */
export function checkRiskAssessment(r: RiskData): RiskProblem[] {
  const problems: RiskProblem[] = [];
  if (r.level !== suggestRiskLevel(r) && r.levelReason.trim() === '')
    problems.push({ field: 'levelReason', problem: 'needed_when_differs' });
  if (r.level === 'high' && r.escalation.to === 'none')
    problems.push({ field: 'escalation.to', problem: 'high_needs_escalation' });
  if (r.escalation.to !== 'none' && r.escalation.detail.trim() === '')
    problems.push({ field: 'escalation.detail', problem: 'escalation_needs_detail' });
  return problems;
}
