/**
 * Discharge (issue 5 item 5): what must be true before an episode closes, and the letter to the
 * GP composed from the record.
 */
import type { DischargeLetterInput } from '../documents/discharge-letter.js';
import { EQ5D_VALUE_SET_LABELS, type Eq5dValueSet } from '../instruments/index.js';
import type { AssessmentScores } from './assessment-scoring.js';
import {
  DISCHARGE_REASON_LABELS,
  INTERVENTION_LABELS,
  type DischargeData,
} from './entry-types.js';
import { outcomeSeries, type OutcomeMeasure, type OutcomeSeries, type RecordEntry } from './record-view.js';

export type DischargeProblem =
  | { readonly field: 'measuresNotRepeatedReason'; readonly problem: 'measures_not_repeated' }
  | { readonly field: 'avoided.gpAppointmentsCount'; readonly problem: 'count_needed' }
  | { readonly field: 'reasonDetail'; readonly problem: 'detail_needed' }
  | { readonly field: 'adviceForGp'; readonly problem: 'advice_needed' };

/**
 * Outcome measures are repeated at discharge (seed 003) unless the OT says why not; a count of
 * GP appointments avoided goes with the claim that some were; "other" needs a reason.
 */
export function checkDischarge(entries: readonly RecordEntry[], d: DischargeData): DischargeProblem[] {
  const problems: DischargeProblem[] = [];
  const repeated =
    entries.some((e) => e.kind === 'assessment' && (e as RecordEntry<'assessment'>).data.stage === 'discharge') ||
    outcomeSeries(entries).some((s) => s.points.length > 1);
  if (!repeated && d.measuresNotRepeatedReason.trim() === '')
    problems.push({ field: 'measuresNotRepeatedReason', problem: 'measures_not_repeated' });
  if (d.avoided.gpAppointments && (d.avoided.gpAppointmentsCount ?? 0) < 1)
    problems.push({ field: 'avoided.gpAppointmentsCount', problem: 'count_needed' });
  if (d.reason === 'other' && d.reasonDetail.trim() === '')
    problems.push({ field: 'reasonDetail', problem: 'detail_needed' });
  if (d.adviceForGp.trim() === '') problems.push({ field: 'adviceForGp', problem: 'advice_needed' });
  return problems;
}

const MEASURE_NAMES: Readonly<Record<OutcomeMeasure, string>> = {
  eq5d_index: 'EQ-5D-5L index',
  eq5d_vas: 'EQ VAS (0–100)',
  phq9: 'PHQ-9 (0–27)',
  gad7: 'GAD-7 (0–21)',
  work_ability: 'Work Ability Score (0–10)',
  copm_performance: 'COPM performance (1–10)',
  copm_satisfaction: 'COPM satisfaction (1–10)',
  cfs: 'Clinical Frailty Scale 2.0',
  six_cit: '6CIT (0–28)',
  gas: 'Goal Attainment Scaling T-score',
};

function describe(s: OutcomeSeries, which: 'first' | 'last'): string {
  const p = s[which];
  const q = p.qualifier;
  if (s.measure === 'eq5d_index' && q)
    return `${p.value.toFixed(3)} (${EQ5D_VALUE_SET_LABELS[q as Eq5dValueSet].en}) on ${p.on}`;
  return `${p.value}${q ? ` (${q.replaceAll('_', ' ')})` : ''} on ${p.on}`;
}

export interface DischargeLetterContext {
  readonly service: DischargeLetterInput['service'];
  readonly practice: DischargeLetterInput['practice'];
  readonly person: { readonly name: string; readonly dateOfBirth: string; readonly nhsNumber: string | null };
  readonly episode: { readonly pathwayLabel: string; readonly openedOn: string; readonly leadOt: string };
  readonly reasonForReferral: string;
  readonly author: DischargeLetterInput['author'];
}

/** The discharge letter's content from the record (English: letters to practices are in English). */
export function dischargeLetterInput(
  context: DischargeLetterContext,
  entries: readonly RecordEntry[],
): DischargeLetterInput {
  const discharge = entries.filter((e): e is RecordEntry<'discharge'> => e.kind === 'discharge').at(-1);
  if (!discharge) throw new Error('The episode has no discharge yet.');
  const d = discharge.data;
  const risks = entries.filter((e): e is RecordEntry<'risk'> => e.kind === 'risk');
  const latestRisk = risks.sort((a, b) => a.data.assessedOn.localeCompare(b.data.assessedOn)).at(-1);
  const flagged = entries.some(
    (e) => e.kind === 'assessment' && (e.scores as AssessmentScores).flags.includes('phq9_item9'),
  );
  const risk = latestRisk
    ? `Risk assessed on ${latestRisk.data.assessedOn}: ${latestRisk.data.level}. Escalation: ${latestRisk.data.escalation.to.replaceAll('_', ' ')}${latestRisk.data.escalation.detail ? ` (${latestRisk.data.escalation.detail})` : ''}.`
    : flagged
      ? 'PHQ-9 item 9 was answered above 0; see the record.'
      : null;
  const goals = entries
    .filter((e): e is RecordEntry<'goal'> => e.kind === 'goal')
    .map((g) => ({ wording: g.data.wording, result: g.data.status.replaceAll('_', ' ') }));
  const interventions = entries
    .filter((e): e is RecordEntry<'intervention'> => e.kind === 'intervention')
    .map((i) => ({
      label: INTERVENTION_LABELS[i.data.code].en,
      detail: [i.data.destination, i.data.note].filter((t) => t && t.trim() !== '').join(' — ') || null,
    }));
  return {
    service: context.service,
    practice: context.practice,
    person: context.person,
    episode: {
      pathwayLabel: context.episode.pathwayLabel,
      openedOn: context.episode.openedOn,
      closedOn: d.dischargedOn,
      contacts: entries.filter((e) => e.kind === 'contact').length,
      leadOt: context.episode.leadOt,
    },
    reasonForReferral: context.reasonForReferral,
    dischargeReason: `${DISCHARGE_REASON_LABELS[d.reason].en}${d.reasonDetail ? `: ${d.reasonDetail}` : ''}`,
    outcomes: outcomeSeries(entries).map((s) => ({
      measure: MEASURE_NAMES[s.measure],
      first: describe(s, 'first'),
      last: s.points.length > 1 ? describe(s, 'last') : null,
      change: s.change === null ? null : `${s.change > 0 ? '+' : ''}${s.change}`,
    })),
    goals,
    interventions,
    risk,
    avoided: {
      gpAppointments: d.avoided.gpAppointments ? d.avoided.gpAppointmentsCount : null,
      secondaryCareReferral: d.avoided.secondaryCareReferral,
      medication: d.avoided.medication,
    },
    workOutcome: d.workOutcome
      ? [d.workOutcome.status?.replaceAll('_', ' '), d.workOutcome.detail].filter(Boolean).join(': ')
      : null,
    adviceForGp: d.adviceForGp,
    author: context.author,
    date: d.dischargedOn,
  };
}
