/** The service report's query string: the dashboard's (core's ZEvidenceQuery) and the language. */
import { ZEvidenceQuery } from '@everyday/core';
import { z } from 'zod';

export const ZServiceReportQuery = ZEvidenceQuery.and(
  z.object({ lang: z.enum(['en', 'cy']).default('en') }),
);
export type TServiceReportQuery = z.infer<typeof ZServiceReportQuery>;
