/**
 * GET /api/waiting-list/figures: the waiting list as figures, with each figure's definition and
 * source and the small-number rule when it was applied; `?format=csv` downloads the same table.
 */
import { DISCLOSURE_RULE, WITHIN_WEEKS, ZWaitingFigures, type Clock } from '@everyday/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientAccess } from '../access/patient-access.js';
import { accessContext, requireRole } from '../auth/guards.js';
import { toCsv } from '../http/csv.js';
import { errorResponses } from '../http/schemas.js';
import { readWaitingListFigures } from './waiting-list-figures.js';

export const WAITING_FIGURE_DEFINITIONS = {
  waiting:
    'Requests accepted onto the waiting list and not yet booked, for people registered with your organisations',
  weeks:
    "Completed weeks from acceptance onto the list (or receipt) to today's date in the UK; the median is the middle value",
  withinEighteenWeeks: `Waited fewer than ${String(WITHIN_WEEKS)} completed weeks: the threshold of the NHS referral-to-treatment standard, borrowed for comparison (this is a wait for a first occupational therapy appointment, not consultant-led treatment)`,
  source: "Everyday's requests and their triage decisions, read live",
} as const;

export function waitingListFigureRoutes(
  access: PatientAccess,
  clock: Clock,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/waiting-list/figures',
      {
        schema: {
          tags: ['booking'],
          summary: 'The waiting list as figures (no patient detail)',
          querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }).strict(),
          response: {
            200: z.union([ZWaitingFigures, z.string().describe('text/csv when format=csv')]),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = requireRole(request, 'ot', 'lead', 'admin');
        const today = clock.today();
        const figures = await readWaitingListFigures(access, accessContext(request, actor), today);
        const disclosure = figures.disclosureControlled
          ? { rule: DISCLOSURE_RULE.name, summary: DISCLOSURE_RULE.summary }
          : null;
        if (request.query.format === 'csv') {
          const rows = figures.rows.map((r) => ({
            pathway: r.pathway ?? 'all',
            tier: r.tier ?? 'all',
            waiting: r.waiting ?? '*',
            within_18_weeks: r.withinEighteenWeeks ?? '*',
            within_18_weeks_share: r.withinEighteenWeeksShare ?? '*',
            median_weeks: r.medianWeeks ?? '*',
            longest_weeks: r.longestWeeks ?? '*',
          }));
          const note = disclosure
            ? `# ${disclosure.rule}: ${disclosure.summary} (* = suppressed)\n`
            : '';
          return reply
            .type('text/csv; charset=utf-8')
            .header(
              'content-disposition',
              `attachment; filename="everyday-waiting-list-${today}.csv"`,
            )
            .send(
              note +
                toCsv(rows, [
                  'pathway',
                  'tier',
                  'waiting',
                  'within_18_weeks',
                  'within_18_weeks_share',
                  'median_weeks',
                  'longest_weeks',
                ]),
            );
        }
        return { today, rows: figures.rows, definitions: WAITING_FIGURE_DEFINITIONS, disclosure };
      },
    );
  };
}
