/**
 * The answers of a request, validated field by field on the server with the shared contract
 * (core `contracts/request-answers.ts`; the web app checks the same rules first). Field codes
 * are stable; the web app words them in English and Welsh.
 *
 * Route schemas are built once, when the routes are registered, so these read "today" (for a
 * date of birth in the future) as the Europe/London date of the system clock at each parse;
 * `answersSchemas(clock)` builds them on an injected clock instead (ADR 0012).
 */
import {
  requestAnswersSchemas,
  type Clock,
  type RequestAnswersBody,
  type UrgentAnswersBody,
} from '@everyday/core';
import { systemClock } from '../clock.js';

/** The answers schemas on `clock`'s London "today". */
export function answersSchemas(
  clock: Pick<Clock, 'today'>,
): ReturnType<typeof requestAnswersSchemas> {
  return requestAnswersSchemas(() => clock.today());
}

const schemas = requestAnswersSchemas(() => systemClock.today());

export const {
  ZPersonDetails,
  ZContactDetails,
  ZReferrer,
  ZAccessNeeds,
  ZRequestAnswers,
  ZUrgentPersonDetails,
  ZUrgentContactDetails,
  ZUrgentFreeText,
  ZUrgentAnswers,
} = schemas;

export type TRequestAnswers = RequestAnswersBody;
export type TUrgentAnswers = UrgentAnswersBody;
