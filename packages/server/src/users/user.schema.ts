import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPassword } from '@everyday/core';
import { ZRole } from '../http/schemas.js';

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .refine((p) => checkPassword(p) !== 'too_common', {
    message: 'Choose a password that is harder to guess',
    params: { code: 'too_common' },
  });

export const ZUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(ZRole),
  organisationIds: z.array(z.uuid()),
  active: z.boolean(),
  /** False until the user has chosen a password from their link. */
  passwordSet: z.boolean(),
  twoFactor: z.boolean(),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZCreateUserBody = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    roles: z.array(ZRole).min(1).max(5),
    organisationIds: z.array(z.uuid()).min(1).max(500),
    /** The language of the e-mail with their set-your-password link. */
    language: z.enum(['en', 'cy']).default('en'),
  })
  // No password: the user chooses their own from the link (an unknown key is a field error).
  .strict();
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;

export const ZUpdateUserBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    roles: z.array(ZRole).min(1).max(5).optional(),
    organisationIds: z.array(z.uuid()).min(1).max(500).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type TUpdateUserBody = z.infer<typeof ZUpdateUserBody>;

export const ZSetPasswordLinkBody = z
  .object({ language: z.enum(['en', 'cy']).default('en') })
  .strict();
export const ZUserParams = z.object({ id: z.uuid() });
