import { z } from 'zod';
import { ZRole } from '../http/schemas.js';

export const ZSignInBody = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(200),
  })
  .strict();
export type TSignInBody = z.infer<typeof ZSignInBody>;

export const ZSessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(ZRole),
  organisations: z.array(
    z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['service', 'pcn', 'practice']) }),
  ),
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZSessionResponse = z.object({
  user: ZSessionUser.nullable(),
  csrfToken: z.string(),
});

export const ZSignInResponse = z.object({ user: ZSessionUser });

/** The password was right and the account has two-factor on: the code is asked next. */
export const ZCodeNeededResponse = z.object({ codeNeeded: z.literal(true) });

export const ZSignInCodeBody = z.object({ code: z.string().trim().min(1).max(40) }).strict();
