/**
 * `npm run generate -- --practices N --people M --years Y [--seed S] [--end YYYY-MM-DD]
 * [--contacts C | --arrivals-per-week A]`: writes a large synthetic service into the PostgreSQL
 * database DATABASE_URL names (issue 11 item 6), with a progress bar and an ETA on stderr
 * (cli-progress). ADR 0018.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { isCalendarDate, type CalendarDate } from '@everyday/core';
import { systemClock } from '../../clock.js';
import { loadDemoArea } from '../population-data.js';
import { generateBulk, isPostgresUrl, type GenerateReport } from './generate-bulk.js';

/**
 * Contacts (contact entries, one per attended appointment) per request, measured over the
 * default parameters (bench/generate.ts prints it): sizes the arrivals for --contacts.
 */
export const CONTACTS_PER_REQUEST = 2.0;
/** Contacts a practice gives in a year when --contacts is not given: 100 practices, 1,000,000. */
export const CONTACTS_PER_PRACTICE_YEAR = 10_000;

export interface CliArgs {
  readonly practices: number;
  readonly people: number | null;
  readonly years: number;
  readonly seed: string;
  readonly endDay: CalendarDate;
  readonly arrivalsPerWeek: number;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

export function parseCliArgs(argv: readonly string[], today: CalendarDate): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      practices: { type: 'string' },
      people: { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
      end: { type: 'string' },
      contacts: { type: 'string' },
      'arrivals-per-week': { type: 'string' },
    },
  });
  const practices = Math.round(positive('practices', values.practices, 100));
  const years = positive('years', values.years, 1);
  const endDay = values.end ?? today;
  if (!isCalendarDate(endDay)) throw new Error('--end must be a date, YYYY-MM-DD');
  const contacts = positive(
    'contacts',
    values.contacts,
    CONTACTS_PER_PRACTICE_YEAR * practices * years,
  );
  const arrivalsPerWeek = positive(
    'arrivals-per-week',
    values['arrivals-per-week'],
    contacts / CONTACTS_PER_REQUEST / ((years * 365.25) / 7),
  );
  return {
    practices,
    people: values.people === undefined ? null : Math.round(positive('people', values.people, 1)),
    years,
    seed: values.seed ?? 'everyday-bulk',
    endDay,
    arrivalsPerWeek,
  };
}

export async function runGenerate(argv: readonly string[]): Promise<GenerateReport> {
  const url = process.env.DATABASE_URL;
  if (url === undefined || !isPostgresUrl(url))
    throw new Error(
      'npm run generate writes into PostgreSQL: set DATABASE_URL=postgres://… (the embedded PGlite database has no COPY from a client, and a service this size is for PostgreSQL)',
    );
  const args = parseCliArgs(argv, systemClock.today());
  const bars = new cliProgress.MultiBar(
    {
      format: ' {phase} |{bar}| {percentage}% | ETA {eta_formatted} | {detail}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let simulate: cliProgress.SingleBar | undefined;
  let copy: cliProgress.SingleBar | undefined;
  let rebuild: cliProgress.SingleBar | undefined;
  try {
    return await generateBulk(
      {
        databaseUrl: url,
        area: loadDemoArea(),
        seed: args.seed,
        practices: args.practices,
        people: args.people,
        years: args.years,
        endDay: args.endDay,
        arrivalsPerWeek: args.arrivalsPerWeek,
        onProgress: (p) => {
          if (p.phase === 'simulate') {
            simulate ??= bars.create(p.total, 0, { phase: 'simulate', detail: '' });
            if (p.value % 5 === 0 || p.value === p.total)
              simulate.update(p.value, {
                phase: 'simulate',
                detail: `day ${String(p.value)}/${String(p.total)}: ${p.counts.requests.toLocaleString('en-GB')} requests, ${p.counts.contacts.toLocaleString('en-GB')} contacts`,
              });
          } else if (p.phase === 'rebuild') {
            rebuild ??= bars.create(p.total, 0, { phase: 'rebuild ', detail: '' });
            rebuild.update(p.value, { phase: 'rebuild ', detail: p.statement.slice(0, 60) });
          } else {
            const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
            copy ??= bars.create(p.total, 0, { phase: 'copy    ', detail: '' });
            copy.update(p.value, {
              phase: 'copy    ',
              detail: `${p.table} (${mb(p.value)} of ${mb(p.total)})`,
            });
          }
        },
      },
      () => performance.now(),
    );
  } finally {
    bars.stop();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  runGenerate(process.argv.slice(2)).then(
    (report) => {
      const c = report.counts;
      process.stderr.write(
        `Wrote ${c.organisations.toLocaleString('en-GB')} organisations, ${c.users.toLocaleString('en-GB')} users, ${c.people.toLocaleString('en-GB')} people, ${c.requests.toLocaleString('en-GB')} requests, ${c.appointments.toLocaleString('en-GB')} appointments and ${c.contacts.toLocaleString('en-GB')} contacts in ${((report.simulateMs + report.copyMs) / 1000).toFixed(0)} s (simulation ${(report.simulateMs / 1000).toFixed(0)} s, COPY ${(report.copyMs / 1000).toFixed(0)} s).\n`,
      );
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
