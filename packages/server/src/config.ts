/**
 * Configuration comes from the environment, validated once at start. A bad value stops the
 * process with a message naming each variable, what it holds and what it should hold.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PATHWAYS, type Pathway } from '@everyday/core';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be between 0 and 65535' })
    .max(65535, { message: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  EVERYDAY_DATA_DIR: z.string().min(1).default('./data'),
  EVERYDAY_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  EVERYDAY_COOKIE_SECURE: booleanFlag.optional(),
  EVERYDAY_TRUST_PROXY: booleanFlag.default(false),
  EVERYDAY_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  NOTIFY_API_KEY: z.string().min(20, { message: 'must be a GOV.UK Notify API key' }).optional(),
  NOTIFY_TEMPLATES: z
    .string()
    .optional()
    .refine(
      (v) => {
        if (v === undefined) return true;
        try {
          const parsed: unknown = JSON.parse(v);
          return (
            typeof parsed === 'object' &&
            parsed !== null &&
            Object.values(parsed).every((x) => typeof x === 'string')
          );
        } catch {
          return false;
        }
      },
      { message: 'must be a JSON object of template ids, like {"request_received.sms.en":"<id>"}' },
    ),
  EVERYDAY_OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  EVERYDAY_PUBLIC_URL: z
    .url({
      message: 'must be the URL people reach Everyday at, like https://everyday.example.nhs.uk',
    })
    .optional(),
  EVERYDAY_DIRECT_BOOKING_PATHWAYS: z
    .string()
    .default('memory')
    .refine(
      (v) =>
        v
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
          .every((p) => PATHWAYS.includes(p as (typeof PATHWAYS)[number])),
      {
        message: `must be a comma-separated list of pathways (${PATHWAYS.join(', ')}), or empty`,
      },
    ),
  EVERYDAY_SERVICE_ADDRESS: z
    .string()
    .trim()
    .min(1)
    .max(300, { message: 'must be at most 300 characters' })
    .optional(),
  EVERYDAY_SERVICE_PHONE: z
    .string()
    .trim()
    .regex(/^[0-9 +()]{10,20}$/, { message: 'must be a phone number, like 0161 496 0000' })
    .optional(),
  EVERYDAY_SERVICE_EMAIL: z
    .email({ message: 'must be an email address, like ot.service@example.nhs.uk' })
    .optional(),
  EVERYDAY_PUBLIC_RATE_LIMIT: z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .default(30),
  NODE_ENV: z.string().optional(),
});

export interface ServiceContact {
  /** Postal address, lines separated by commas. */
  readonly address: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'embedded'; readonly dataDir: string }
    | { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number };
  readonly webDir: string;
  readonly logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  readonly cookieSecure: boolean;
  readonly trustProxy: boolean;
  readonly sessionIdleMinutes: number;
  /** Public submissions allowed per client address per 10 minutes. */
  readonly publicRateLimit: number;
  /** GOV.UK Notify, when configured; otherwise messages go to the log transport. */
  readonly notify:
    { readonly apiKey: string; readonly templates: Readonly<Record<string, string>> } | undefined;
  readonly outboxIntervalSeconds: number;
  /** Where people reach Everyday, for links in messages. */
  readonly publicUrl: string | undefined;
  /** Pathways whose people may book straight from the end of the referral form. */
  readonly directBookingPathways: readonly Pathway[];
  /** How people and practices reach the service (letters' "From", advice); each may be unset. */
  readonly serviceContact: ServiceContact;
  readonly version: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Everyday cannot start: the configuration is not valid.\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Read and validate the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = '0.0.0'): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const value = env[name];
      const shown =
        name === 'DATABASE_URL' || name === 'NOTIFY_API_KEY' ? '(hidden)' : JSON.stringify(value);
      return `${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'embedded', dataDir: resolve(e.EVERYDAY_DATA_DIR) },
    webDir: e.EVERYDAY_WEB_DIR ? resolve(e.EVERYDAY_WEB_DIR) : DEFAULT_WEB_DIR,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.EVERYDAY_COOKIE_SECURE ?? production,
    trustProxy: e.EVERYDAY_TRUST_PROXY,
    sessionIdleMinutes: e.EVERYDAY_SESSION_IDLE_MINUTES,
    publicRateLimit: e.EVERYDAY_PUBLIC_RATE_LIMIT,
    notify: e.NOTIFY_API_KEY
      ? {
          apiKey: e.NOTIFY_API_KEY,
          templates: JSON.parse(e.NOTIFY_TEMPLATES ?? '{}') as Record<string, string>,
        }
      : undefined,
    outboxIntervalSeconds: e.EVERYDAY_OUTBOX_INTERVAL_SECONDS,
    publicUrl: e.EVERYDAY_PUBLIC_URL?.replace(/\/$/, ''),
    directBookingPathways: e.EVERYDAY_DIRECT_BOOKING_PATHWAYS.split(',')
      .map((x) => x.trim())
      .filter(Boolean) as Pathway[],
    serviceContact: {
      address: e.EVERYDAY_SERVICE_ADDRESS ?? null,
      phone: e.EVERYDAY_SERVICE_PHONE ?? null,
      email: e.EVERYDAY_SERVICE_EMAIL ?? null,
    },
    version,
  };
}
