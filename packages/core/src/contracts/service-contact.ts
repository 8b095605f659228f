/** GET /api/service-contact: how the public reaches the service, as the service configured it. */
import { z } from 'zod';

export const ZServiceContact = z.object({
  /** The service's postal address, one line per element; empty when not configured. */
  addressLines: z.array(z.string()),
  /** The service's phone number as configured (EVERYDAY_SERVICE_PHONE), or null. */
  phone: z.string().nullable(),
  /** The service's email address (EVERYDAY_SERVICE_EMAIL), or null. */
  email: z.string().nullable(),
});
export type ServiceContactDetails = z.infer<typeof ZServiceContact>;
