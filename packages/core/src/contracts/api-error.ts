/** The API's one error shape (docs/api/front-door-contract.md). */
import { z } from 'zod';

/** A problem with one field: a dotted path into the body, a field code and a message. */
export const ZFieldError = z.object({ path: z.string(), code: z.string(), message: z.string() });
export type FieldError = z.infer<typeof ZFieldError>;

/** `{ error: { code, message, fields?, retryAfterSeconds? } }`, as the server sends it. */
export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(ZFieldError).optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

/**
 * The same shape read leniently, as a client reads what reached it (a proxy may send anything):
 * missing parts become undefined, field errors without a path or code are dropped.
 */
export const ZReceivedErrorBody = z.object({
  error: z
    .object({
      code: z.string().optional().catch(undefined),
      message: z.string().optional().catch(undefined),
      fields: z
        .array(z.unknown())
        .catch([])
        .optional()
        .transform((items) =>
          (items ?? []).flatMap((item) => {
            const parsed = ZFieldError.extend({ message: z.string().catch('') }).safeParse(item);
            return parsed.success ? [parsed.data] : [];
          }),
        ),
      retryAfterSeconds: z.number().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  retryAfterSeconds: z.number().optional().catch(undefined),
});

/** A schema a client checks a response with (so the web needs no zod of its own). */
export type ResponseSchema<T> = z.ZodType<T>;
