/**
 * Discharge (issue 5 item 5): what must be true before an episode closes, and the letter to the
 * GP composed from the record.
 */
import type { DischargeLetterInput } from '../documents/discharge-letter.js';
import { formatDocumentDate } from '../documents/document-model.js';
import type { LocalisedText } from '../shared/localised-text.js';
import {
  cfsLevel,
  EQ5D_VALUE_SET_LABELS,
  GAD7_SEVERITY_LABELS,
  PHQ9_SEVERITY_LABELS,
  SIX_CIT_BAND_LABELS,
  WORK_ABILITY_BAND_LABELS,
  WORK_STATUS_LABELS,
  type Eq5dValueSet,
} from '../instruments/index.js';
import type { AssessmentScores } from './assessment-scoring.js';
import {
  DISCHARGE_REASON_LABELS,
  INTERVENTION_LABELS,
  type DischargeData,
  type HealthWorkReportData,
} from './entry-types.js';
import {
  outcomeSeries,
  type OutcomeMeasure,
  type OutcomeSeries,
  type RecordEntry,
} from './record-view.js';

export type DischargeProblem =
  | { readonly field: 'measuresNotRepeatedReason'; readonly problem: 'measures_not_repeated' }
  | { readonly field: 'avoided.gpAppointmentsCount'; readonly problem: 'count_needed' }
  | { readonly field: 'reasonDetail'; readonly problem: 'detail_needed' }
  | { readonly field: 'adviceForGp'; readonly problem: 'advice_needed' }
  | { readonly field: 'reason'; readonly problem: 'goals_still_active' };

/**
 * Outcome measures are repeated at discharge (seed 003) unless the OT says why not; a count of
 * GP appointments avoided goes with the claim that some were; "other" needs a reason.
 */
export function checkDischarge(
  entries: readonly RecordEntry[],
  d: DischargeData,
): DischargeProblem[] {
  const problems: DischargeProblem[] = [];
  const repeated =
    entries.some(
      (e) => e.kind === 'assessment' && (e as RecordEntry<'assessment'>).data.stage === 'discharge',
    ) || outcomeSeries(entries).some((s) => s.points.length > 1);
  if (!repeated && d.measuresNotRepeatedReason.trim() === '')
    problems.push({ field: 'measuresNotRepeatedReason', problem: 'measures_not_repeated' });
  if (d.avoided.gpAppointments && (d.avoided.gpAppointmentsCount ?? 0) < 1)
    problems.push({ field: 'avoided.gpAppointmentsCount', problem: 'count_needed' });
  if (d.reason === 'other' && d.reasonDetail.trim() === '')
    problems.push({ field: 'reasonDetail', problem: 'detail_needed' });
  if (d.adviceForGp.trim() === '')
    problems.push({ field: 'adviceForGp', problem: 'advice_needed' });
  // Issue 16 item 9: "Goals met" cannot stand beside goals the record still shows as active.
  if (d.reason === 'goals_met' && activeGoals(entries).length > 0)
    problems.push({ field: 'reason', problem: 'goals_still_active' });
  return problems;
}

/** The goals still active in the record (each goal entry as last saved). */
export function activeGoals(entries: readonly RecordEntry[]): RecordEntry<'goal'>[] {
  return entries.filter(
    (e): e is RecordEntry<'goal'> =>
      e.kind === 'goal' && (e as RecordEntry<'goal'>).data.status === 'active',
  );
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

/** A band or qualifier in words, as the record shows it (English: letters go to practices). */
function qualifierText(measure: OutcomeMeasure, value: number, q: string | null): string | null {
  if (q === null) return null;
  const label = (labels: Readonly<Record<string, LocalisedText>>) => labels[q]?.en ?? q;
  switch (measure) {
    case 'eq5d_index':
      return EQ5D_VALUE_SET_LABELS[q as Eq5dValueSet].en;
    case 'phq9':
      return label(PHQ9_SEVERITY_LABELS);
    case 'gad7':
      return label(GAD7_SEVERITY_LABELS);
    case 'work_ability':
      return label(WORK_ABILITY_BAND_LABELS);
    case 'six_cit':
      return label(SIX_CIT_BAND_LABELS);
    case 'cfs':
      return `${cfsLevel(value).name.en}, ${q}`;
    case 'eq5d_vas':
    case 'copm_performance':
    case 'copm_satisfaction':
    case 'gas':
      return q;
  }
}

function describe(s: OutcomeSeries, which: 'first' | 'last'): string {
  const p = s[which];
  const value = s.measure === 'eq5d_index' ? p.value.toFixed(3) : String(p.value);
  const q = qualifierText(s.measure, p.value, p.qualifier);
  return `${value}${q ? ` (${q})` : ''} on ${formatDocumentDate(p.on)}`;
}

/** A goal's result in the letter, in words (the record's statuses). */
const GOAL_RESULTS: Readonly<Record<RecordEntry<'goal'>['data']['status'], string>> = {
  active: 'Still being worked on',
  achieved: 'Achieved',
  partly_achieved: 'Partly achieved',
  not_achieved: 'Not achieved',
  discontinued: 'Discontinued',
};

const HWR_OPTIONS: Readonly<Record<keyof HealthWorkReportData['options'], string>> = {
  phasedReturn: 'a phased return to work',
  amendedDuties: 'amended duties',
  alteredHours: 'altered hours',
  workplaceAssessment: 'a workplace assessment',
};

/** What the latest AHP Health and Work Report advised, in a sentence. */
export function healthWorkReportSummary(r: HealthWorkReportData): string {
  const options = (Object.keys(HWR_OPTIONS) as (keyof typeof HWR_OPTIONS)[])
    .filter((k) => r.options[k])
    .map((k) => HWR_OPTIONS[k]);
  const advice =
    r.advice === 'not_fit'
      ? 'not fit for work'
      : `may be fit for work${options.length > 0 ? ` with ${options.join(', ')}` : ' taking account of the advice given'}`;
  return `AHP Health and Work Report issued on ${formatDocumentDate(r.issuedOn)}: ${advice}, for ${formatDocumentDate(r.period.from)} to ${formatDocumentDate(r.period.to)}.`;
}

/**
 * The work outcome: what the OT recorded at discharge, and what the latest Health and Work Report
 * advised, so a report in the record is never described as "no work outcome".
 */
function workOutcomeText(d: DischargeData, entries: readonly RecordEntry[]): string | null {
  const recorded = d.workOutcome
    ? [
        d.workOutcome.status ? WORK_STATUS_LABELS[d.workOutcome.status].en : '',
        d.workOutcome.detail.trim(),
      ]
        .filter((t) => t !== '')
        .join(': ')
    : '';
  const report = entries
    .filter((e): e is RecordEntry<'health_work_report'> => e.kind === 'health_work_report')
    .sort((a, b) => a.data.issuedOn.localeCompare(b.data.issuedOn))
    .at(-1);
  const text = [
    recorded === '' ? '' : `${recorded}.`,
    report ? healthWorkReportSummary(report.data) : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
  return text === '' ? null : text;
}

/** A change with a true minus sign, as the record shows it. */
function signed(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : '0';
}

export interface DischargeLetterContext {
  readonly service: DischargeLetterInput['service'];
  readonly practice: DischargeLetterInput['practice'];
  readonly person: {
    readonly name: string;
    readonly dateOfBirth: string;
    readonly nhsNumber: string | null;
  };
  readonly episode: {
    readonly pathwayLabel: string;
    readonly openedOn: string;
    readonly leadOt: string;
  };
  readonly reasonForReferral: string;
  readonly author: DischargeLetterInput['author'];
}

/** The discharge letter's content from the record (English: letters to practices are in English). */
export function dischargeLetterInput(
  context: DischargeLetterContext,
  entries: readonly RecordEntry[],
): DischargeLetterInput {
  const discharge = entries
    .filter((e): e is RecordEntry<'discharge'> => e.kind === 'discharge')
    .at(-1);
  if (!discharge) throw new Error('The episode has no discharge yet.');
  const d = discharge.data;
  const risks = entries.filter((e): e is RecordEntry<'risk'> => e.kind === 'risk');
  const latestRisk = risks
    .sort((a, b) => a.data.assessedOn.localeCompare(b.data.assessedOn))
    .at(-1);
  const flagged = entries.some(
    (e) => e.kind === 'assessment' && (e.scores as AssessmentScores).flags.includes('phq9_item9'),
  );
  const risk = latestRisk
    ? `Risk assessed on ${formatDocumentDate(latestRisk.data.assessedOn)}: ${latestRisk.data.level}. Escalation: ${latestRisk.data.escalation.to.replaceAll('_', ' ')}${latestRisk.data.escalation.detail ? ` (${latestRisk.data.escalation.detail})` : ''}.`
    : flagged
      ? 'PHQ-9 item 9 was answered above 0; see the record.'
      : null;
  const goals = entries
    .filter((e): e is RecordEntry<'goal'> => e.kind === 'goal')
    .map((g) => ({ wording: g.data.wording, result: GOAL_RESULTS[g.data.status] }));
  const interventions = entries
    .filter((e): e is RecordEntry<'intervention'> => e.kind === 'intervention')
    .map((i) => ({
      label: INTERVENTION_LABELS[i.data.code].en,
      detail:
        [i.data.destination, i.data.note].filter((t) => t && t.trim() !== '').join(' — ') || null,
    }));
  // What a memory assessment set in motion belongs with what was done.
  for (const a of entries.filter((e): e is RecordEntry<'assessment'> => e.kind === 'assessment')) {
    if (a.data.bloodTests?.requested)
      interventions.push({
        label: 'Blood tests requested',
        detail: a.data.bloodTests.which || null,
      });
    if (a.data.memoryClinic?.referred)
      interventions.push({
        label: 'Referred to the memory clinic',
        detail: a.data.memoryClinic.notes || null,
      });
  }
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
      last: s.points.length > 1 ? describe(s, 'last') : 'Not repeated',
      change:
        s.change !== null ? signed(s.change) : s.points.length > 1 ? 'Not comparable' : 'Not known',
    })),
    goals,
    interventions,
    risk,
    avoided: {
      gpAppointments: d.avoided.gpAppointments ? d.avoided.gpAppointmentsCount : null,
      secondaryCareReferral: d.avoided.secondaryCareReferral,
      medication: d.avoided.medication,
    },
    workOutcome: workOutcomeText(d, entries),
    adviceForGp: d.adviceForGp,
    author: context.author,
    date: d.dischargedOn,
  };
}
