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
