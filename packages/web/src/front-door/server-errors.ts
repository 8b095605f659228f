// The server's field errors (dotted paths into the body, e.g. `answers.person.givenName`) mapped
// to the page and the element each is about, so check your answers can link to them.
import type { FieldError } from '../api-types.js';
import type { Problem } from './draft.js';
import type { StepId } from './steps.js';

const FIELDS: readonly [path: string, step: StepId, field: string][] = [
  ['answers.for', 'who', 'for'],
  ['answers.personAgreed', 'about-you', 'person-agreed'],
  ['answers.referrer.name', 'about-you', 'referrer-name'],
  ['answers.referrer.relationship', 'about-you', 'referrer-relationship'],
  ['answers.referrer.phone', 'about-you', 'referrer-phone'],
  ['answers.referrer', 'about-you', 'referrer-name'],
  ['answers.person.givenName', 'name', 'given-name'],
  ['answers.person.familyName', 'name', 'family-name'],
  ['answers.person.dateOfBirth', 'date-of-birth', 'date-of-birth'],
  ['answers.person.nhsNumber', 'nhs-number', 'nhs-number'],
  ['answers.person.postcode', 'postcode', 'postcode'],
  ['answers.practiceId', 'practice', 'practice'],
  ['answers.contact.phone', 'contact', 'phone'],
  ['answers.contact.email', 'contact', 'email'],
  ['answers.contact.preferred', 'contact', 'preferred'],
  ['answers.contact.address.line1', 'contact', 'address-line1'],
  ['answers.contact.address.line2', 'contact', 'address-line2'],
  ['answers.contact.address.town', 'contact', 'address-town'],
  ['answers.contact.address.postcode', 'contact', 'address-postcode'],
  ['answers.contact.address', 'contact', 'address-line1'],
  ['answers.preferredLanguage', 'access', 'preferred-language'],
  ['answers.redFlags', 'red-flags', 'red-flags'],
  ['answers.areas', 'areas', 'areas'],
  ['answers.fallsInLastYear', 'falls', 'falls'],
  ['answers.workStatus', 'work', 'work-status'],
  ['answers.difficulties', 'difficulties', 'difficulties'],
  ['answers.since', 'since', 'since'],
  ['answers.impact', 'impact', 'impact'],
  ['answers.goals', 'goals', 'goals'],
  ['answers.access.interpreter', 'access', 'interpreter'],
  ['answers.access.language', 'access', 'interpreter-language'],
  ['answers.access.needs', 'access', 'access-needs'],
  ['answers.access.other', 'access', 'access-other'],
  ['answers.equality.sex', 'equality', 'sex'],
  ['answers.equality.genderSameAsSex', 'equality', 'gender-same'],
  ['answers.equality.genderIdentity', 'equality', 'gender-identity'],
  ['answers.equality.ethnicity', 'equality', 'ethnic-group'],
  ['answers.equality', 'equality', 'sex'],
];

/** The page and element a server field error is about; undefined when it is about no page. */
export function locateField(path: string): { step: StepId; field: string } | undefined {
  const found = FIELDS.find(
    ([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`),
  );
  return found ? { step: found[1], field: found[2] } : undefined;
}

/**
 * Server field errors as problems on pages. The date of birth is about all three boxes; errors
 * about no page (an unknown field) are returned apart, to show without a link.
 */
export function serverProblems(errors: readonly FieldError[]): {
  problems: Problem[];
  unplaced: FieldError[];
} {
  const problems: Problem[] = [];
  const unplaced: FieldError[] = [];
  for (const error of errors) {
    const place = locateField(error.path);
    if (!place) {
      unplaced.push(error);
      continue;
    }
    if (problems.some((p) => p.field === place.field)) continue;
    const problem: Problem = { ...place, code: error.code, message: error.message };
    if (place.field === 'date-of-birth') problem.parts = ['day', 'month', 'year'];
    problems.push(problem);
  }
  return { problems, unplaced };
}
