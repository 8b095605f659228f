/** Request and response shapes of the account routes: forgotten passwords, links, two-factor. */
import { z } from 'zod';
import { ZPassword } from '../users/user.schema.js';

export const ZLanguage = z.enum(['en', 'cy']);

export const ZForgotPasswordBody = z
  .object({ email: z.email().max(254), language: ZLanguage.default('en') })
  .strict();

/** The same answer whether or not the account exists. */
export const ZForgotPasswordResponse = z.object({ accepted: z.literal(true) });

export const ZSetPasswordBody = z
  .object({ token: z.string().min(1).max(200), password: ZPassword })
  .strict();

export const ZSecurityCodeBody = z.object({ code: z.string().trim().min(1).max(40) }).strict();

export const ZTwoFactorStatus = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});

export const ZTwoFactorSetup = z.object({ secret: z.string(), uri: z.string() });

export const ZRecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
