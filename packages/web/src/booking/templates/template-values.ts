// The clinic template form: its values as typed, from a saved template, and checked into the
// body the API takes. The server checks again (slot length dividing the session, and so on).
import type { ClinicMode, Pathway } from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import { problem } from '../form-errors.js';
import type { ClinicTemplate, Nation } from '../clinic-types.js';
import type { DateParts } from '../dates.js';
import { datePartsToIso, isoToDateParts, normaliseTime } from '../dates.js';

export interface TemplateValues {
  otId: string;
  siteId: string;
  name: string;
  /** Ticked weekdays, '1' (Monday) to '7'. */
  weekdays: string[];
  startTime: string;
  endTime: string;
  slotMinutes: string;
  mode: ClinicMode | '';
  capacity: string;
  pathway: Pathway | '';
  nation: Nation;
  validFrom: DateParts;
  validUntil: DateParts;
}

export interface TemplateBody {
  otId?: string;
  siteId: string;
  name: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  mode: ClinicMode;
  capacity: number;
  pathway?: Pathway;
  nation: Nation;
  validFrom: string;
  validUntil?: string;
}

/** A new template: 30-minute slots (seed 002), in England, from the day given. */
export function newTemplateValues(validFrom: string): TemplateValues {
  return {
    otId: '',
    siteId: '',
    name: '',
    weekdays: [],
    startTime: '',
    endTime: '',
    slotMinutes: '30',
    mode: '',
    capacity: '',
    pathway: '',
    nation: 'england',
    validFrom: isoToDateParts(validFrom),
    validUntil: isoToDateParts(null),
  };
}

export function templateValuesOf(template: ClinicTemplate): TemplateValues {
  return {
    otId: template.otId,
    siteId: template.siteId,
    name: template.name,
    weekdays: template.weekdays.map(String),
    startTime: template.startTime,
    endTime: template.endTime,
    slotMinutes: String(template.slotMinutes),
    mode: template.mode,
    capacity: template.mode === 'group' ? String(template.capacity) : '',
    pathway: template.pathway ?? '',
    nation: template.nation,
    validFrom: isoToDateParts(template.validFrom),
    validUntil: isoToDateParts(template.validUntil),
  };
}

type Checked = { ok: true; body: TemplateBody } | { ok: false; problems: FieldError[] };

/** The body to send, or what is wrong, with the codes the server would give. */
export function checkTemplate(values: TemplateValues, chooseOt: boolean): Checked {
  const problems: FieldError[] = [];
  if (chooseOt && values.otId === '') problems.push(problem('otId', 'required'));
  if (values.siteId === '') problems.push(problem('siteId', 'required'));
  if (values.name.trim() === '') problems.push(problem('name', 'required'));
  if (values.weekdays.length === 0) problems.push(problem('weekdays', 'required'));
  const startTime = normaliseTime(values.startTime);
  const endTime = normaliseTime(values.endTime);
  if (startTime === null)
    problems.push(problem('startTime', values.startTime.trim() ? 'format' : 'required'));
  if (endTime === null)
    problems.push(problem('endTime', values.endTime.trim() ? 'format' : 'required'));
  if (startTime !== null && endTime !== null && endTime <= startTime)
    problems.push(problem('endTime', 'end_not_after_start'));
  const slotMinutes = Number(values.slotMinutes.trim());
  if (!/^\d+$/.test(values.slotMinutes.trim()) || slotMinutes < 5 || slotMinutes > 240)
    problems.push(problem('slotMinutes', 'slot_length'));
  if (values.mode === '') problems.push(problem('mode', 'required'));
  const capacity = values.mode === 'group' ? Number(values.capacity.trim()) : 1;
  if (values.mode === 'group' && (!/^\d+$/.test(values.capacity.trim()) || capacity < 2))
    problems.push(problem('capacity', 'capacity'));
  const validFrom = datePartsToIso(values.validFrom);
  if (!validFrom.ok) problems.push(problem('validFrom', validFrom.code));
  const until = datePartsToIso(values.validUntil);
  if (!until.ok && until.code === 'invalid_date')
    problems.push(problem('validUntil', 'invalid_date'));
  if (validFrom.ok && until.ok && until.iso < validFrom.iso)
    problems.push(problem('validUntil', 'valid_until_before_from'));
  if (problems.length > 0 || values.mode === '' || startTime === null || endTime === null)
    return { ok: false, problems };
  if (!validFrom.ok) return { ok: false, problems };
  return {
    ok: true,
    body: {
      ...(chooseOt ? { otId: values.otId } : {}),
      siteId: values.siteId,
      name: values.name.trim(),
      weekdays: values.weekdays.map(Number).sort((a, b) => a - b),
      startTime,
      endTime,
      slotMinutes,
      mode: values.mode,
      capacity,
      ...(values.pathway ? { pathway: values.pathway } : {}),
      nation: values.nation,
      validFrom: validFrom.iso,
      ...(until.ok ? { validUntil: until.iso } : {}),
    },
  };
}
