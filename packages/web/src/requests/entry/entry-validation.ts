// Checks made before the staff form is sent, reporting problems with the paths and codes the
// server uses (so one table turns either into messages beside fields).
import { normalisePostcode, parseNhsNumber, parseUkPhone } from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import type { EntryValues } from './entry-values.js';
import { isoDateOf } from './entry-values.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

function text(path: string, value: string, max: number): FieldError[] {
  const trimmed = value.trim();
  if (trimmed === '') return [problem(path, 'required')];
  return trimmed.length > max ? [problem(path, 'too_long')] : [];
}

function optionalText(path: string, value: string, max: number): FieldError[] {
  return value.trim().length > max ? [problem(path, 'too_long')] : [];
}

function chosen(path: string, value: string): FieldError[] {
  return value === '' ? [problem(path, 'required')] : [];
}

function phone(path: string, value: string): FieldError[] {
  return value.trim() !== '' && !parseUkPhone(value) ? [problem(path, 'invalid_phone')] : [];
}

/** The date of birth and the name: what the duplicate check needs. */
export function validatePersonKey(values: EntryValues, today: string): FieldError[] {
  const parts = values.dateOfBirth;
  const dob = isoDateOf(parts);
  const blank = [parts.day, parts.month, parts.year].every((p) => p.trim() === '');
  const dobPath = 'answers.person.dateOfBirth';
  const nhs = values.nhsNumber.trim();
  return [
    ...text('answers.person.givenName', values.givenName, 100),
    ...text('answers.person.familyName', values.familyName, 100),
    ...(blank
      ? [problem(dobPath, 'required')]
      : dob === null
        ? [problem(dobPath, 'invalid_date')]
        : dob > today
          ? [problem(dobPath, 'date_in_future')]
          : dob < '1900-01-01'
            ? [problem(dobPath, 'date_too_early')]
            : []),
    ...(nhs !== '' && !parseNhsNumber(nhs).valid
      ? [problem('answers.person.nhsNumber', 'invalid_nhs_number')]
      : []),
  ];
}

function validateWho(values: EntryValues): FieldError[] {
  if (values.for !== 'someone_else') return chosen('answers.for', values.for);
  return [
    ...text('answers.referrer.name', values.referrerName, 200),
    ...text('answers.referrer.relationship', values.referrerRelationship, 100),
    ...phone('answers.referrer.phone', values.referrerPhone),
    ...(values.personAgreed ? [] : [problem('answers.personAgreed', 'agreement_required')]),
  ];
}

function validateContact(values: EntryValues): FieldError[] {
  const problems = [...phone('answers.contact.phone', values.phone)];
  const email = values.email.trim();
  if (email !== '' && !emailPattern.test(email))
    problems.push(problem('answers.contact.email', 'invalid_email'));
  const { preferred } = values;
  if (preferred === '') problems.push(problem('answers.contact.preferred', 'required'));
  const hasPhone = values.phone.trim() !== '';
  if ((preferred === 'phone' || preferred === 'text') && !hasPhone)
    problems.push(problem('answers.contact.phone', 'required_for_preferred'));
  if (preferred === 'text' && hasPhone && parseUkPhone(values.phone)?.mobile === false)
    problems.push(problem('answers.contact.phone', 'mobile_required'));
  if (preferred === 'email' && email === '')
    problems.push(problem('answers.contact.email', 'required_for_preferred'));
  return problems;
}

function validateNeeds(values: EntryValues): FieldError[] {
  const { areas } = values;
  return [
    ...(areas.length === 0 ? [problem('answers.areas', 'too_short')] : []),
    ...(areas.includes('falls_mobility')
      ? chosen('answers.fallsInLastYear', values.fallsInLastYear)
      : []),
    ...(areas.includes('work') ? chosen('answers.workStatus', values.workStatus) : []),
    ...text('answers.difficulties', values.difficulties, 2000),
    ...chosen('answers.since', values.since),
    ...chosen('answers.impact', values.impact),
    ...text('answers.goals', values.goals, 2000),
  ];
}

function validateAccess(values: EntryValues): FieldError[] {
  return [
    ...(values.access.includes('interpreter')
      ? text('answers.access.language', values.interpreterLanguage, 60)
      : []),
    ...optionalText('answers.access.other', values.accessOther, 500),
  ];
}

/**
 * Every problem with the form, in the order of the page.
 * @param today YYYY-MM-DD, for the date of birth
 */
export function validateEntry(values: EntryValues, today: string): FieldError[] {
  const postcode = values.postcode.trim();
  return [
    ...chosen('channel', values.channel),
    ...validateWho(values),
    ...validatePersonKey(values, today),
    ...(postcode === ''
      ? [problem('answers.person.postcode', 'required')]
      : normalisePostcode(postcode)
        ? []
        : [problem('answers.person.postcode', 'invalid_postcode')]),
    ...chosen('answers.practiceId', values.practiceId),
    ...validateContact(values),
    ...validateNeeds(values),
    ...validateAccess(values),
    ...(values.channel === 'clinician_referral'
      ? text('answers.clinicalReason', values.clinicalReason, 4000)
      : []),
  ];
}

/** Today in the browser's own calendar, YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = String(now.getFullYear());
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
