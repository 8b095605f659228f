// Checks made on each page before moving on. The server checks everything again; these use the
// same codes (docs/api/front-door-contract.md) so its answers can be shown the same way.
import {
  ACCESS_NEEDS,
  AREAS,
  CONTACT_METHODS,
  DURATIONS,
  FALLS_IN_LAST_YEAR,
  IMPACTS,
  RED_FLAGS,
  WORK_STATUSES,
  normalisePostcode,
  parseNhsNumber,
  parseUkPhone,
} from '@everyday/core';
import { checkDateOfBirth } from './date-of-birth.js';
import type { DraftAnswers, Problem } from './draft.js';
import type { StepId } from './steps.js';
import { questionSteps, urgentDetailSteps } from './steps.js';

/** The longest answers the server accepts. */
export const MAX_LENGTH = {
  name: 100,
  referrerName: 200,
  relationship: 100,
  email: 254,
  longText: 2000,
  language: 60,
  accessOther: 500,
} as const;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Check = (field: string, code: string, extra?: Partial<Problem>) => void;

function oneOf(values: readonly string[], value: string): boolean {
  return values.includes(value);
}

function text(check: Check, field: string, value: string, max: number, required = true): void {
  if (required && value.trim() === '') check(field, 'required');
  else if (value.trim().length > max) check(field, 'too_long');
}

function checkStep(step: StepId, a: DraftAnswers, today: string, check: Check): void {
  switch (step) {
    case 'who':
      if (a.for === '') check('for', 'required');
      return;
    case 'about-you':
      if (!a.personAgreed) check('person-agreed', 'agreement_required');
      text(check, 'referrer-name', a.referrerName, MAX_LENGTH.referrerName);
      text(check, 'referrer-relationship', a.referrerRelationship, MAX_LENGTH.relationship);
      if (a.referrerPhone.trim() !== '' && !parseUkPhone(a.referrerPhone))
        check('referrer-phone', 'invalid_phone');
      return;
    case 'name':
      text(check, 'given-name', a.givenName, MAX_LENGTH.name);
      text(check, 'family-name', a.familyName, MAX_LENGTH.name);
      return;
    case 'date-of-birth': {
      const result = checkDateOfBirth(a.dobDay, a.dobMonth, a.dobYear, today);
      if (!result.ok) check('date-of-birth', result.code, { parts: result.parts });
      return;
    }
    case 'nhs-number': {
      const parsed = parseNhsNumber(a.nhsNumber);
      if (!parsed.valid && parsed.problem !== 'empty') check('nhs-number', parsed.problem);
      return;
    }
    case 'postcode':
      if (a.postcode.trim() === '') check('postcode', 'required');
      else if (!normalisePostcode(a.postcode)) check('postcode', 'invalid_postcode');
      return;
    case 'practice':
      if (a.practiceId === '') check('practice', 'required');
      return;
    case 'contact':
      checkContact(a, check);
      return;
    case 'red-flags':
      if (a.redFlags.length === 0 && !a.noRedFlags) check('red-flags', 'required');
      else if (!a.redFlags.every((f) => oneOf(RED_FLAGS, f))) check('red-flags', 'invalid_value');
      return;
    case 'areas':
      if (a.areas.length === 0) check('areas', 'required');
      else if (!a.areas.every((area) => oneOf(AREAS, area))) check('areas', 'invalid_value');
      return;
    case 'falls':
      if (!oneOf(FALLS_IN_LAST_YEAR, a.fallsInLastYear)) check('falls', 'required');
      return;
    case 'work':
      if (!oneOf(WORK_STATUSES, a.workStatus)) check('work-status', 'required');
      return;
    case 'difficulties':
      text(check, 'difficulties', a.difficulties, MAX_LENGTH.longText);
      return;
    case 'since':
      if (!oneOf(DURATIONS, a.since)) check('since', 'required');
      return;
    case 'impact':
      if (!oneOf(IMPACTS, a.impact)) check('impact', 'required');
      return;
    case 'goals':
      text(check, 'goals', a.goals, MAX_LENGTH.longText);
      return;
    case 'access':
      if (a.interpreter === '') check('interpreter', 'required');
      else if (a.interpreter === 'yes')
        text(check, 'interpreter-language', a.interpreterLanguage, MAX_LENGTH.language);
      if (!a.accessNeeds.every((need) => oneOf(ACCESS_NEEDS, need)))
        check('access-needs', 'invalid_value');
      text(check, 'access-other', a.accessOther, MAX_LENGTH.accessOther, false);
      return;
    case 'urgent-advice':
    case 'check-answers':
      return;
  }
}

function checkContact(a: DraftAnswers, check: Check): void {
  const phone = a.phone.trim() === '' ? undefined : parseUkPhone(a.phone);
  if (a.phone.trim() !== '' && !phone) check('phone', 'invalid_phone');
  else if ((a.preferred === 'phone' || a.preferred === 'text') && !phone)
    check('phone', 'required_for_preferred');
  else if (a.preferred === 'text' && phone && !phone.mobile) check('phone', 'mobile_required');
  const email = a.email.trim();
  if (email.length > MAX_LENGTH.email) check('email', 'too_long');
  else if (email !== '' && !emailPattern.test(email)) check('email', 'invalid_email');
  else if (a.preferred === 'email' && email === '') check('email', 'required_for_preferred');
  if (!oneOf(CONTACT_METHODS, a.preferred)) check('preferred', 'required');
}

/** Problems with the answers on one page. */
export function validateStep(step: StepId, answers: DraftAnswers, today: string): Problem[] {
  const problems: Problem[] = [];
  checkStep(step, answers, today, (field, code, extra) => {
    problems.push({ step, field, code, ...extra });
  });
  return problems;
}

/** Problems with every page this person is asked, in the order of the pages. */
export function validateAll(answers: DraftAnswers, today: string): Problem[] {
  return questionSteps(answers).flatMap((step) => validateStep(step, answers, today));
}

/** The first page, in order, whose answers are missing or wrong; undefined when all are fine. */
export function firstIncompleteStep(answers: DraftAnswers, today: string): StepId | undefined {
  return questionSteps(answers).find((step) => validateStep(step, answers, today).length > 0);
}

/**
 * Problems with a page asked for the urgent save: the same checks, except that the contact page
 * then asks only for a phone number (to call them today).
 */
export function validateUrgentStep(step: StepId, answers: DraftAnswers, today: string): Problem[] {
  if (step !== 'contact') return validateStep(step, answers, today);
  const phone = answers.phone.trim();
  if (phone === '') return [{ step, field: 'phone', code: 'required_urgent' }];
  if (!parseUkPhone(phone)) return [{ step, field: 'phone', code: 'invalid_phone' }];
  return [];
}

/** True when the urgent save has all it needs: name, phone and practice (and who is asking). */
export function urgentDetailsComplete(answers: DraftAnswers, today: string): boolean {
  return urgentDetailSteps(answers).every(
    (step) => validateUrgentStep(step, answers, today).length === 0,
  );
}
