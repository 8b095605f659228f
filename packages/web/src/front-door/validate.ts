// Checks made on each page before moving on: each answer is checked with the shared contract's
// rule for it (core contracts/request-answers.ts), the same the server runs, so the codes
// (docs/api/front-door-contract.md) and limits are one; the server checks everything again.
import {
  ANSWER_LIMITS,
  answerFields,
  fieldProblem,
  parseNhsNumber,
  parseUkPhone,
} from '@everyday/core';
import { checkDateOfBirth } from './date-of-birth.js';
import type { DraftAnswers, Problem } from './draft.js';
import type { StepId } from './steps.js';
import { questionSteps, urgentDetailSteps } from './steps.js';

/** The longest answers the server accepts (the contract's). */
export const MAX_LENGTH = ANSWER_LIMITS;

type Check = (field: string, code: string, extra?: Partial<Problem>) => void;
type Rule = (typeof answerFields)[keyof typeof answerFields];

/** Reports the contract's code for `value` under `rule`, if any. */
function rule(check: Check, field: string, value: unknown, schema: Rule): void {
  const code = fieldProblem(schema, value);
  if (code !== undefined) check(field, code);
}

/** A choice is made when the contract accepts it; else the page asks for one. */
function chosen(check: Check, field: string, value: string, schema: Rule): void {
  if (fieldProblem(schema, value) !== undefined) check(field, 'required');
}

function checkStep(step: StepId, a: DraftAnswers, today: string, check: Check): void {
  switch (step) {
    case 'who':
      if (a.for === '') check('for', 'required');
      return;
    case 'about-you':
      if (!a.personAgreed) check('person-agreed', 'agreement_required');
      rule(check, 'referrer-name', a.referrerName, answerFields.referrerName);
      rule(check, 'referrer-relationship', a.referrerRelationship, answerFields.relationship);
      rule(check, 'referrer-phone', a.referrerPhone, answerFields.phone);
      return;
    case 'name':
      rule(check, 'given-name', a.givenName, answerFields.givenName);
      rule(check, 'family-name', a.familyName, answerFields.familyName);
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
      rule(check, 'postcode', a.postcode, answerFields.postcode);
      return;
    case 'practice':
      if (a.practiceId === '') check('practice', 'required');
      return;
    case 'contact':
      checkContact(a, check);
      return;
    case 'red-flags':
      if (a.redFlags.length === 0 && !a.noRedFlags) check('red-flags', 'required');
      else rule(check, 'red-flags', a.redFlags, answerFields.redFlags);
      return;
    case 'areas':
      if (a.areas.length === 0) check('areas', 'required');
      else rule(check, 'areas', a.areas, answerFields.areas);
      return;
    case 'falls':
      chosen(check, 'falls', a.fallsInLastYear, answerFields.fallsInLastYear);
      return;
    case 'work':
      chosen(check, 'work-status', a.workStatus, answerFields.workStatus);
      return;
    case 'difficulties':
      rule(check, 'difficulties', a.difficulties, answerFields.difficulties);
      return;
    case 'since':
      chosen(check, 'since', a.since, answerFields.since);
      return;
    case 'impact':
      chosen(check, 'impact', a.impact, answerFields.impact);
      return;
    case 'goals':
      rule(check, 'goals', a.goals, answerFields.goals);
      return;
    case 'access':
      if (a.interpreter === '') check('interpreter', 'required');
      else if (a.interpreter === 'yes')
        rule(
          check,
          'interpreter-language',
          a.interpreterLanguage,
          answerFields.interpreterLanguage,
        );
      rule(check, 'access-needs', a.accessNeeds, answerFields.accessNeeds);
      rule(check, 'access-other', a.accessOther, answerFields.accessOther);
      if (a.preferredLanguage === '') check('preferred-language', 'required');
      return;
    // Equality monitoring: every question optional, each a choice from the page's own list.
    case 'equality':
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
  const emailCode = fieldProblem(answerFields.email, email);
  if (emailCode !== undefined) check('email', emailCode);
  else if (a.preferred === 'email' && email === '') check('email', 'required_for_preferred');
  chosen(check, 'preferred', a.preferred, answerFields.preferred);
  if (a.preferred === 'letter') {
    rule(check, 'address-line1', a.addressLine1, answerFields.addressLine);
    rule(check, 'address-line2', a.addressLine2, answerFields.optionalAddressLine);
    rule(check, 'address-town', a.addressTown, answerFields.town);
    rule(check, 'address-postcode', a.addressPostcode, answerFields.postcode);
  }
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
