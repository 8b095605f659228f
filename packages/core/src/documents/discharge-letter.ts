/**
 * The discharge letter from the occupational therapist to the person's GP practice at the end of
 * an episode: who, what happened, what changed (outcome measures and goals), what the episode
 * avoided, risk, and what the practice should do next. Composition only; no I/O.
 */
import { formatNhsNumber, parseNhsNumber } from '../shared/nhs-number.js';
import {
  formatDocumentDate,
  type ClinicalDocument,
  type DocumentBlock,
  type DocumentField,
  type PrintSize,
} from './document-model.js';

/**
 * Whose copy of the letter: the GP's (the letter itself), or the person's own copy of the letter
 * to their GP, printed as they need it (large print when their communication needs say so). The
 * GP's copy is always standard print: it is read by the practice, not the person.
 */
export type DischargeLetterCopy =
  { readonly for: 'gp' } | { readonly for: 'person'; readonly print: PrintSize };

export interface DischargeLetterInput {
  readonly service: { readonly name: string; readonly contact: string };
  readonly practice: { readonly name: string; readonly odsCode: string };
  readonly person: {
    readonly name: string;
    readonly dateOfBirth: string;
    readonly nhsNumber: string | null;
  };
  readonly episode: {
    readonly pathwayLabel: string;
    readonly openedOn: string;
    readonly closedOn: string;
    readonly contacts: number;
    readonly leadOt: string;
  };
  readonly reasonForReferral: string;
  readonly dischargeReason: string;
  readonly outcomes: readonly {
    readonly measure: string;
    readonly first: string | null;
    readonly last: string | null;
    readonly change: string | null;
  }[];
  readonly goals: readonly { readonly wording: string; readonly result: string }[];
  readonly interventions: readonly { readonly label: string; readonly detail: string | null }[];
  readonly risk: string | null;
  readonly avoided: {
    readonly gpAppointments: number | null;
    readonly secondaryCareReferral: boolean;
    readonly medication: boolean;
  };
  readonly workOutcome: string | null;
  readonly adviceForGp: string;
  readonly author: {
    readonly name: string;
    readonly profession: string;
    readonly hcpcNumber: string | null;
  };
  readonly date: string;
}

const NOT_RECORDED = 'Not recorded';

/**
 * The NHS number for display: grouped 3 3 4 ("943 476 5919") when valid, as given when not (so a
 * mistyped number is visible, never silently "corrected"), "not recorded" when absent.
 */
export function displayNhsNumber(nhsNumber: string | null): string {
  if (nhsNumber === null || nhsNumber.trim() === '') return 'not recorded';
  const parsed = parseNhsNumber(nhsNumber);
  return parsed.valid ? formatNhsNumber(parsed.value) : nhsNumber.trim();
}

/** "Re:" line identifying the person, as at the top of a clinical letter. */
export function patientIdentifiersLine(person: DischargeLetterInput['person']): string {
  return `Re: ${person.name}, born ${formatDocumentDate(person.dateOfBirth)}, NHS number ${displayNhsNumber(person.nhsNumber)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function avoidedFields(avoided: DischargeLetterInput['avoided']): DocumentField[] {
  return [
    {
      label: 'GP appointments avoided (estimated):',
      value: avoided.gpAppointments === null ? 'Not estimated' : String(avoided.gpAppointments),
    },
    { label: 'Referral to secondary care avoided:', value: yesNo(avoided.secondaryCareReferral) },
    { label: 'Medication avoided:', value: yesNo(avoided.medication) },
  ];
}

/**
 * Compose the discharge letter to the GP: salutation, identifiers line (NHS number grouped 3 3 4),
 * summary of the episode, outcome measures, goals, interventions, what the episode avoided, work
 * outcome, risk, advice and actions for the GP, and the sign-off.
 */
export function composeDischargeLetter(
  input: DischargeLetterInput,
  copy: DischargeLetterCopy = { for: 'gp' },
): ClinicalDocument {
  const opened = formatDocumentDate(input.episode.openedOn);
  const closed = formatDocumentDate(input.episode.closedOn);
  const risk = input.risk?.trim() ?? '';
  const work = input.workOutcome?.trim() ?? '';

  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: 'Dear Dr / practice team,' },
    { kind: 'paragraph', text: patientIdentifiersLine(input.person), strong: true },
    {
      kind: 'paragraph',
      text:
        `${input.person.name} has been discharged from ${input.service.name}. ` +
        `They were seen on the ${input.episode.pathwayLabel} pathway from ${opened} to ${closed} ` +
        `(${plural(input.episode.contacts, 'contact', 'contacts')}), with ${input.episode.leadOt} as lead occupational therapist.`,
    },
    { kind: 'heading', text: 'Summary' },
    {
      kind: 'fields',
      fields: [
        { label: 'Pathway:', value: input.episode.pathwayLabel },
        { label: 'Episode:', value: `${opened} to ${closed}` },
        { label: 'Contacts:', value: String(input.episode.contacts) },
        { label: 'Lead occupational therapist:', value: input.episode.leadOt },
        { label: 'Reason for referral:', value: input.reasonForReferral },
        { label: 'Reason for discharge:', value: input.dischargeReason },
      ],
    },
    { kind: 'heading', text: 'Outcome measures' },
    {
      kind: 'table',
      header: ['Measure', 'First', 'Last', 'Change'],
      rows: input.outcomes.map((o) => [
        o.measure,
        o.first ?? NOT_RECORDED,
        o.last ?? NOT_RECORDED,
        o.change ?? NOT_RECORDED,
      ]),
      widths: [3, 2, 2, 2],
      emptyText: 'No outcome measures were recorded in this episode.',
    },
    { kind: 'heading', text: 'Goals' },
    {
      kind: 'table',
      header: ['Goal', 'Result'],
      rows: input.goals.map((g) => [g.wording, g.result]),
      widths: [3, 2],
      emptyText: 'No goals were recorded in this episode.',
    },
    { kind: 'heading', text: 'Interventions' },
    {
      kind: 'table',
      header: ['Intervention', 'Detail'],
      rows: input.interventions.map((i) => [i.label, i.detail ?? '']),
      widths: [2, 3],
      emptyText: 'No interventions were recorded in this episode.',
    },
    { kind: 'heading', text: 'What this episode avoided' },
    { kind: 'fields', fields: avoidedFields(input.avoided) },
    { kind: 'heading', text: 'Work' },
    { kind: 'paragraph', text: work === '' ? 'No work outcome was recorded.' : work },
    { kind: 'heading', text: 'Risk' },
    { kind: 'paragraph', text: risk === '' ? 'No risks were identified at discharge.' : risk },
    { kind: 'heading', text: 'Advice and actions for the GP' },
    { kind: 'paragraph', text: input.adviceForGp },
    {
      kind: 'paragraph',
      text: `If you have any questions, please contact ${input.service.name}: ${input.service.contact}.`,
    },
    {
      kind: 'signature',
      closing: 'Yours sincerely,',
      name: input.author.name,
      profession: input.author.profession,
      registration:
        input.author.hcpcNumber === null || input.author.hcpcNumber.trim() === ''
          ? null
          : { label: 'HCPC registration number:', value: input.author.hcpcNumber.trim() },
      date: formatDocumentDate(input.date),
    },
  ];

  return {
    title: 'Discharge letter',
    subtitle: input.service.name,
    meta: [
      { label: 'From:', value: `${input.service.name}, ${input.service.contact}` },
      {
        label: 'To:',
        value: input.practice.odsCode
          ? `${input.practice.name} (${input.practice.odsCode})`
          : input.practice.name,
      },
      { label: 'Date:', value: formatDocumentDate(input.date) },
      ...(copy.for === 'person' ? [{ label: 'Copy for:', value: input.person.name }] : []),
    ],
    blocks,
    footer: `${input.person.name}, NHS number ${displayNhsNumber(input.person.nhsNumber)}, born ${formatDocumentDate(input.person.dateOfBirth)}`,
    author: input.author.name,
    print: copy.for === 'person' ? copy.print : 'standard',
  };
}
