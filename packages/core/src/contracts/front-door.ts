/** What the front door's public reads answer (docs/api/front-door-contract.md). */
import { z } from 'zod';
import type { QuestionSet } from '../front-door/question-set.js';

/** A GP practice people can ask through the front door. */
export const ZPractice = z.object({
  id: z.uuid(),
  name: z.string(),
  odsCode: z.string().nullable(),
  postcode: z.string().nullable(),
});
export type Practice = z.infer<typeof ZPractice>;

/**
 * The question set in force, checked for its version (its wording is core's QUESTION_SET). The
 * server's response schema states it as a JSON object with the same check (front-door.schema.ts):
 * a `z.custom` does not convert to JSON Schema.
 */
const ZQuestionSet = z.custom<QuestionSet>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'string',
  { message: 'Expected a question set' },
);

/** GET /api/front-door: the question set in force and the member practices. */
export const ZFrontDoor = z.object({ questionSet: ZQuestionSet, practices: z.array(ZPractice) });
export type FrontDoor = z.infer<typeof ZFrontDoor>;
