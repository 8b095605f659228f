// Checks made before the staff form is sent, reporting problems with the paths and codes the
// server uses (so one table turns either into messages beside fields). Each answer is checked
// with the shared contract's rule for it (core contracts/request-answers.ts).
import {
  EARLIEST_DATE_OF_BIRTH,
  answerFields,
  fallsQuestionApplies,
  fieldProblem,
  parseUkPhone,
} from '@everyday/core';
import type { FieldError } from '../../api-types.js';
import type { EntryValues } from './entry-values.js';
import { isoDateOf } from './entry-values.js';

type Rule = (typeof answerFields)[keyof typeof answerFields];

function problem(path: string, code: string): FieldError {
  return { path, code, message: code };
}

/** The contract's problem with `value` under `rule`, at `path`. */
function rule(path: string, value: unknown, schema: Rule): FieldError[] {
  const code = fieldProblem(schema, value);
  return code === undefined ? [] : [problem(path, code)];
}

function chosen(path: string, value: string): FieldError[] {
  return value === '' ? [problem(path, 'required')] : [];
}

/** The date of birth and the name: what the duplicate check needs. */
export function validatePersonKey(values: EntryValues, today: string): FieldError[] {
  const parts = values.dateOfBirth;
  const dob = isoDateOf(parts);
  const blank = [parts.day, parts.month, parts.year].every((p) => p.trim() === '');
  const dobPath = 'answers.person.dateOfBirth';
  const nhs = values.nhsNumber.trim();
  return [
    ...rule('answers.person.givenName', values.givenName, answerFields.givenName),
    ...rule('answers.person.familyName', values.familyName, answerFields.familyName),
    ...(blank
      ? [problem(dobPath, 'required')]
      : dob === null
        ? [problem(dobPath, 'invalid_date')]
        : dob > today
          ? [problem(dobPath, 'date_in_future')]
          : dob < EARLIEST_DATE_OF_BIRTH
            ? [problem(dobPath, 'date_too_early')]
            : []),
    ...rule('answers.person.nhsNumber', nhs, answerFields.nhsNumber),
  ];
}

function validateWho(values: EntryValues): FieldError[] {
  if (values.for !== 'someone_else') return chosen('answers.for', values.for);
  return [
    ...rule('answers.referrer.name', values.referrerName, answerFields.referrerName),
    ...rule(
      'answers.referrer.relationship',
      values.referrerRelationship,
      answerFields.relationship,
    ),
    ...rule('answers.referrer.phone', values.referrerPhone, answerFields.phone),
    ...(values.personAgreed ? [] : [problem('answers.personAgreed', 'agreement_required')]),
  ];
}

function validateContact(values: EntryValues): FieldError[] {
  const problems = [...rule('answers.contact.phone', values.phone, answerFields.phone)];
  const email = values.email.trim();
  problems.push(...rule('answers.contact.email', email, answerFields.email));
  const { preferred } = values;
  if (preferred === '') problems.push(problem('answers.contact.preferred', 'required'));
  const hasPhone = values.phone.trim() !== '';
  if ((preferred === 'phone' || preferred === 'text') && !hasPhone)
    problems.push(problem('answers.contact.phone', 'required_for_preferred'));
  if (preferred === 'text' && hasPhone && parseUkPhone(values.phone)?.mobile === false)
    problems.push(problem('answers.contact.phone', 'mobile_required'));
  if (preferred === 'email' && email === '')
    problems.push(problem('answers.contact.email', 'required_for_preferred'));
  // Letter needs an address (issue 16 item 3).
  if (preferred === 'letter')
    problems.push(
      ...rule('answers.contact.address.line1', values.addressLine1, answerFields.addressLine),
      ...rule(
        'answers.contact.address.line2',
        values.addressLine2,
        answerFields.optionalAddressLine,
      ),
      ...rule('answers.contact.address.town', values.addressTown, answerFields.town),
      ...rule('answers.contact.address.postcode', values.addressPostcode, answerFields.postcode),
    );
  return problems;
}

function validateNeeds(values: EntryValues): FieldError[] {
  const { areas } = values;
  return [
    ...(areas.length === 0 ? [problem('answers.areas', 'too_short')] : []),
    ...(fallsQuestionApplies(areas)
      ? chosen('answers.fallsInLastYear', values.fallsInLastYear)
      : []),
    ...(areas.includes('work') ? chosen('answers.workStatus', values.workStatus) : []),
    ...rule('answers.difficulties', values.difficulties, answerFields.difficulties),
    ...chosen('answers.since', values.since),
    ...chosen('answers.impact', values.impact),
    ...rule('answers.goals', values.goals, answerFields.goals),
  ];
}

function validateAccess(values: EntryValues): FieldError[] {
  return [
    ...(values.access.includes('interpreter')
      ? rule(
          'answers.access.language',
          values.interpreterLanguage,
          answerFields.interpreterLanguage,
        )
      : []),
    ...rule('answers.access.other', values.accessOther, answerFields.accessOther),
  ];
}

/**
 * Every problem with the form, in the order of the page.
 * @param today YYYY-MM-DD, for the date of birth
 */
export function validateEntry(values: EntryValues, today: string): FieldError[] {
  return [
    ...chosen('channel', values.channel),
    ...validateWho(values),
    ...validatePersonKey(values, today),
    ...rule('answers.person.postcode', values.postcode, answerFields.postcode),
    ...chosen('answers.practiceId', values.practiceId),
    ...validateContact(values),
    ...validateNeeds(values),
    ...validateAccess(values),
    ...(values.channel === 'clinician_referral'
      ? rule('answers.clinicalReason', values.clinicalReason, answerFields.clinicalReason)
      : []),
  ];
}

/** Today in the browser's own calendar, YYYY-MM-DD (the one helper the referral form uses too). */
export { localToday as todayIso } from '../date-of-birth.js';
