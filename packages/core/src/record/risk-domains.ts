/**
 * Risk by pathway (issue 16 item 7): which risks a pathway's risk assessment covers, the falls
 * screen it uses, and what an entry (old or new) assessed. A falls patient is not asked about
 * suicide, and is not given a suicide safety plan, unless the clinician adds that domain.
 */
import type { Pathway } from '../triage/triage-types.js';
import type { DomainRisk, RiskData, RiskDomain, RiskLevel } from './entry-types.js';
import { RISK_LEVELS } from './entry-types.js';

/** The domains a pathway's risk assessment covers, in the order the form asks them. */
export const RISK_DOMAINS_BY_PATHWAY: Readonly<Record<Pathway, readonly RiskDomain[]>> = {
  frailty_falls: ['falls', 'self_neglect', 'safeguarding'],
  mental_health: ['suicide', 'self_neglect', 'safeguarding'],
  work: ['suicide', 'safeguarding'],
  memory: ['falls', 'self_neglect', 'safeguarding'],
  daily_living: ['falls', 'self_neglect', 'safeguarding'],
  signpost: ['self_neglect', 'safeguarding'],
};

export function riskDomainsFor(pathway: Pathway): readonly RiskDomain[] {
  return RISK_DOMAINS_BY_PATHWAY[pathway];
}

/** What an entry assessed: its domains, or suicide alone for an entry saved before domains. */
export function assessedDomains(r: Pick<RiskData, 'domains'>): readonly RiskDomain[] {
  return r.domains ?? ['suicide'];
}

/** Whether the entry assessed suicide and self-harm, so has a safety plan to show. */
export function assessesSuicide(r: Pick<RiskData, 'domains'>): boolean {
  return assessedDomains(r).includes('suicide');
}

/**
 * CDC STEADI "Stay Independent" brochure (Rubenstein et al., J Safety Res 2011, PMID 22152267;
 * LOINC 97874-2): twelve statements answered yes or no, in the brochure's order. "Yes" to the
 * first two scores 2, to each of the others 1 (total 0 to 14); 4 or more: the person may be at
 * risk of falling.
 */
export const STAY_INDEPENDENT_ITEMS = [
  'fallenPastYear',
  'caneOrWalker',
  'unsteadyWalking',
  'holdsFurniture',
  'worriedAboutFalling',
  'pushesToStand',
  'troubleWithKerb',
  'rushesToToilet',
  'lostFeelingInFeet',
  'medicineLightHeaded',
  'medicineSleepMood',
  'sadOrDepressed',
] as const;
export type StayIndependentItem = (typeof STAY_INDEPENDENT_ITEMS)[number];
const TWO_POINT_ITEMS = 2;
export const STAY_INDEPENDENT_AT_RISK = 4;

export interface StayIndependentScore {
  readonly score: number;
  readonly atRisk: boolean;
}

export function scoreStayIndependent(answers: readonly boolean[]): StayIndependentScore {
  if (answers.length !== STAY_INDEPENDENT_ITEMS.length)
    throw new RangeError(`Stay Independent has ${String(STAY_INDEPENDENT_ITEMS.length)} answers`);
  const score = answers.reduce(
    (total, yes, index) => total + (yes ? (index < TWO_POINT_ITEMS ? 2 : 1) : 0),
    0,
  );
  return { score, atRisk: score >= STAY_INDEPENDENT_AT_RISK };
}

/** The domain risks of an entry, by domain, that were assessed and found present. */
export function presentDomainRisks(r: RiskData): { domain: RiskDomain; risk: DomainRisk }[] {
  const found: { domain: RiskDomain; risk: DomainRisk }[] = [];
  const domains = assessedDomains(r);
  const add = (domain: RiskDomain, risk: DomainRisk | null | undefined): void => {
    if (risk?.present && domains.includes(domain)) found.push({ domain, risk });
  };
  add('falls', r.falls);
  add('self_neglect', r.selfNeglect);
  add('safeguarding', r.safeguarding);
  return found;
}

export function highestLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>(
    (top, level) => (RISK_LEVELS.indexOf(level) > RISK_LEVELS.indexOf(top) ? level : top),
    'low',
  );
}
