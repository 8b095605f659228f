/**
 * Who sees what of an episode record (issue 5 item 8), and the read-only summary a GP or MDT
 * clinician sees of their own practice's patients. Navigators see no clinical content.
 */
import type { Role } from '../access/roles.js';
import { gasTScore } from '../instruments/index.js';
import type { AssessmentScores } from './assessment-scoring.js';
import { presentDomainRisks } from './risk-domains.js';
import type {
  DischargeData,
  EntryDataByKind,
  EntryKind,
  Escalation,
  GoalData,
  GoalStatus,
  InterventionCode,
  RiskDomain,
  RiskLevel,
} from './entry-types.js';

export type RecordView = 'full' | 'summary' | 'none';

/** The most a set of roles may see: OTs the whole record, clinicians a summary, others nothing. */
export function recordViewFor(roles: readonly Role[]): RecordView {
  if (roles.includes('ot')) return 'full';
  if (roles.includes('clinician')) return 'summary';
  return 'none';
}

/** The access level a look at the record is checked and audited at: a summary is clinical content; the record itself is the OT's. */
export function recordReadLevel(view: RecordView): 'clinical' | 'record' {
  return view === 'summary' ? 'clinical' : 'record';
}

/** Which entries may still be added once an episode is closed: late notes and the person's own answers. */
export function canAddEntry(kind: EntryKind, episodeStatus: 'open' | 'closed'): boolean {
  if (episodeStatus === 'open') return kind !== 'discharge';
  return kind === 'contact' || kind === 'questionnaire';
}

/** Entries the person supplied themselves are kept as given. */
export function isEditable(kind: EntryKind): boolean {
  return kind !== 'questionnaire';
}

export interface RecordEntry<K extends EntryKind = EntryKind> {
  readonly id: string;
  readonly kind: K;
  readonly version: number;
  readonly data: EntryDataByKind[K];
  readonly scores: unknown;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

function ofKind<K extends EntryKind>(entries: readonly RecordEntry[], kind: K): RecordEntry<K>[] {
  return entries.filter((e): e is RecordEntry<K> => e.kind === kind);
}

/** What an entry says (its kind, data and scores), without who wrote it or when it was saved. */
export type RecordEntryContent<K extends EntryKind = EntryKind> = Pick<
  RecordEntry<K>,
  'kind' | 'data' | 'scores'
>;

/** The entries of one kind, of entries read for what they say. */
export function contentOfKind<K extends EntryKind>(
  entries: readonly RecordEntryContent[],
  kind: K,
): RecordEntryContent<K>[] {
  return entries.filter((e): e is RecordEntryContent<K> => e.kind === kind);
}

export const OUTCOME_MEASURES = [
  'eq5d_index',
  'eq5d_vas',
  'phq9',
  'gad7',
  'work_ability',
  'copm_performance',
  'copm_satisfaction',
  'cfs',
  'six_cit',
  'gas',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export interface OutcomePoint {
  readonly on: string;
  readonly value: number;
  /** e.g. the severity band, or the EQ-5D value set the index was computed with. */
  readonly qualifier: string | null;
}

export interface OutcomeSeries {
  readonly measure: OutcomeMeasure;
  readonly points: readonly OutcomePoint[];
  readonly first: OutcomePoint;
  readonly last: OutcomePoint;
  readonly change: number | null;
}

interface QuestionnaireScores {
  readonly phq9?: { readonly total: number; readonly severity: string };
  readonly gad7?: { readonly total: number; readonly severity: string };
  readonly eq5d5l?: AssessmentScores['eq5d5l'];
  readonly workAbility?: { readonly score: number; readonly band: string };
}

/**
 * Every measure recorded over the episode, first to last in date order, from assessments and
 * from questionnaires the person completed. A GAS T-score is computed over all goals scored
 * with GAS: at their baselines, then at their latest reviews.
 */
export function outcomeSeries(entries: readonly RecordEntryContent[]): OutcomeSeries[] {
  const points = new Map<OutcomeMeasure, OutcomePoint[]>();
  const add = (m: OutcomeMeasure, on: string, value: number, qualifier: string | null) => {
    const list = points.get(m) ?? [];
    list.push({ on, value, qualifier });
    points.set(m, list);
  };
  const fromScores = (on: string, s: AssessmentScores | QuestionnaireScores) => {
    if (s.eq5d5l?.index) add('eq5d_index', on, s.eq5d5l.index.value, s.eq5d5l.index.valueSet);
    if (s.eq5d5l && s.eq5d5l.vas !== null) add('eq5d_vas', on, s.eq5d5l.vas, null);
    if (s.phq9) add('phq9', on, s.phq9.total, s.phq9.severity);
    if (s.gad7) add('gad7', on, s.gad7.total, s.gad7.severity);
    if (s.workAbility) add('work_ability', on, s.workAbility.score, s.workAbility.band);
  };
  for (const e of contentOfKind(entries, 'assessment')) {
    const s = e.scores as AssessmentScores;
    const on = e.data.assessedOn;
    fromScores(on, s);
    if (s.copm) {
      add('copm_performance', on, s.copm.performance, null);
      add('copm_satisfaction', on, s.copm.satisfaction, null);
    }
    if (s.cfs) add('cfs', on, s.cfs.level, s.cfs.version);
    if (s.sixCit) add('six_cit', on, s.sixCit.total, s.sixCit.band);
  }
  for (const e of contentOfKind(entries, 'questionnaire'))
    fromScores(e.data.completedOn, e.scores as QuestionnaireScores);
  const gas = gasSeries(contentOfKind(entries, 'goal').map((g) => g.data));
  if (gas) points.set('gas', gas);
  return OUTCOME_MEASURES.flatMap((measure) => {
    const list = [...(points.get(measure) ?? [])].sort((a, b) => a.on.localeCompare(b.on));
    const first = list[0];
    const last = list.at(-1);
    if (!first || !last) return [];
    // Indices under different value sets are not comparable, so no change across them.
    const comparable = first.qualifier === last.qualifier || measure !== 'eq5d_index';
    const change = list.length > 1 && comparable ? round(last.value - first.value, 3) : null;
    return [{ measure, points: list, first, last, change }];
  });
}

function gasSeries(goals: readonly GoalData[]): OutcomePoint[] | null {
  const scored = goals.filter((g) => g.measure === 'gas' && g.gas !== null && g.agreed);
  if (scored.length === 0) return null;
  const weight = (g: GoalData) => (g.gas ? g.gas.importance * g.gas.difficulty : 1);
  const baselineOn = scored.map((g) => g.agreedOn ?? '').sort()[0] ?? '';
  const baseline = gasTScore(
    scored.map((g) => ({ score: g.gas?.baseline ?? -1, weight: weight(g) })),
  );
  const series: OutcomePoint[] = [{ on: baselineOn, value: round(baseline, 2), qualifier: null }];
  const reviewed = scored.map((g) => [...g.reviews].filter((r) => r.gasScore !== null).at(-1));
  if (reviewed.some((r) => r !== undefined)) {
    const latestOn =
      reviewed
        .map((r) => r?.on ?? '')
        .sort()
        .at(-1) ?? baselineOn;
    const latest = gasTScore(
      scored.map((g, i) => ({
        score: reviewed[i]?.gasScore ?? g.gas?.baseline ?? -1,
        weight: weight(g),
      })),
    );
    series.push({ on: latestOn, value: round(latest, 2), qualifier: null });
  }
  return series;
}

function round(n: number, dp: number): number {
  const f = 10 ** dp;
  return Math.round(n * f) / f;
}

export interface EpisodeSummary {
  readonly contacts: number;
  readonly lastContactOn: string | null;
  readonly outcomes: readonly OutcomeSeries[];
  readonly risk: {
    readonly level: RiskLevel;
    readonly escalation: Escalation;
    readonly assessedOn: string;
    /**
     * Falls, self-neglect and safeguarding risks found present at that assessment, each with its
     * own level (issue 16 item 7), so a GP sees a falls risk and not only the overall level.
     */
    readonly domains: readonly { readonly domain: RiskDomain; readonly level: RiskLevel | null }[];
  } | null;
  readonly riskFlagged: boolean;
  readonly goals: readonly { readonly wording: string; readonly status: GoalStatus }[];
  readonly interventions: readonly {
    readonly code: InterventionCode;
    readonly destination: string | null;
    readonly deliveredOn: string;
  }[];
  readonly discharge: Pick<
    DischargeData,
    'dischargedOn' | 'reason' | 'avoided' | 'workOutcome' | 'adviceForGp'
  > | null;
  readonly healthWorkReportIds: readonly string[];
}

/** The read-only summary for a GP or MDT clinician: outcomes, risk, goals and actions; no notes. */
export function summariseEpisode(entries: readonly RecordEntry[]): EpisodeSummary {
  const contacts = ofKind(entries, 'contact')
    .map((c) => c.data.occurredOn)
    .sort();
  const risks = ofKind(entries, 'risk').sort((a, b) =>
    a.data.assessedOn.localeCompare(b.data.assessedOn),
  );
  const latestRisk = risks.at(-1);
  const discharge = ofKind(entries, 'discharge').at(-1)?.data ?? null;
  return {
    contacts: contacts.length,
    lastContactOn: contacts.at(-1) ?? null,
    outcomes: outcomeSeries(entries),
    risk: latestRisk
      ? {
          level: latestRisk.data.level,
          escalation: latestRisk.data.escalation.to,
          assessedOn: latestRisk.data.assessedOn,
          domains: presentDomainRisks(latestRisk.data).map(({ domain, risk }) => ({
            domain,
            level: risk.level,
          })),
        }
      : null,
    riskFlagged: entries.some(
      (e) =>
        (e.kind === 'assessment' || e.kind === 'questionnaire') &&
        // PHQ-9 item 9 above 0, or the safety screen matched a questionnaire's free text.
        ((e.scores as { flags?: readonly string[] }).flags ?? []).some(
          (f) => f === 'phq9_item9' || f === 'screen_match',
        ),
    ),
    goals: ofKind(entries, 'goal').map((g) => ({ wording: g.data.wording, status: g.data.status })),
    interventions: ofKind(entries, 'intervention').map((i) => ({
      code: i.data.code,
      destination: i.data.destination,
      deliveredOn: i.data.deliveredOn,
    })),
    discharge: discharge
      ? {
          dischargedOn: discharge.dischargedOn,
          reason: discharge.reason,
          avoided: discharge.avoided,
          workOutcome: discharge.workOutcome,
          adviceForGp: discharge.adviceForGp,
        }
      : null,
    healthWorkReportIds: ofKind(entries, 'health_work_report').map((r) => r.id),
  };
}
