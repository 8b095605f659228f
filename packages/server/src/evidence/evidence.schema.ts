/**
 * The evidence routes' query strings: the dashboard's (core's ZEvidenceQuery) and, for the CSV
 * download, which table of the dashboard to write.
 */
import { BREAKDOWNS, ZEvidenceQuery } from '@everyday/core';
import { z } from 'zod';

/**
 * The tables a CSV can hold: a section's figures (`access`, `outcome-figures` for the outcomes
 * section, `work`, `avoided`, `experience`), the per-instrument outcome rows (`outcomes`), a
 * breakdown by its key, the inequality indices and the weekly trend.
 */
export const EVIDENCE_TABLES = [
  'access',
  'outcome-figures',
  'work',
  'avoided',
  'experience',
  'outcomes',
  ...BREAKDOWNS,
  'inequality',
  'trend',
] as const;
export type EvidenceTable = (typeof EVIDENCE_TABLES)[number];

export const ZEvidenceCsvQuery = ZEvidenceQuery.and(z.object({ table: z.enum(EVIDENCE_TABLES) }));
