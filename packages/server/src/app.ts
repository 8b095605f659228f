/**
 * The composition root: builds the Fastify app from its parts. Everything a part needs is
 * passed in here; nothing else wires dependencies.
 */
import { randomBytes } from 'node:crypto';
import { clockFrom, type Clock, type ProjectionResultBody } from '@everyday/core';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { PatientAccess } from './access/patient-access.js';
import { auditRoutes } from './audit/audit.routes.js';
import { systemClock } from './clock.js';
import { sessionRoutes } from './auth/session.routes.js';
import { accountRoutes } from './auth/account.routes.js';
import { findSessionActor, SESSION_COOKIE } from './auth/sessions.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import type { Database } from './db/schema.js';
import { healthRoutes } from './health/health.routes.js';
import { registerErrorHandling } from './http/error-handler.js';
import { loggerOptions } from './http/logging.js';
import { registerWeb } from './http/web.js';
import { organisationRoutes } from './organisations/organisation.routes.js';
import { serviceContactRoutes } from './organisations/service-contact.routes.js';
import { demoStatusRoutes } from './demo/demo-status.routes.js';
import { isDemoService } from './demo/seed.js';
import { personRoutes } from './people/person.routes.js';
import { userRoutes } from './users/user.routes.js';
import { apiKeyAdminRoutes, systemRequestRoutes } from './api-keys/api-key.routes.js';
import { inboxRoutes } from './triage/inbox.routes.js';
import { handoverRoutes } from './triage/handover.routes.js';
import { frontDoorRoutes } from './front-door/front-door.routes.js';
import { RequestIntake } from './front-door/intake.js';
import { staffRequestRoutes } from './front-door/staff-request.routes.js';
import { ruleSetRoutes } from './triage/rule-set.routes.js';
import { bookingRoutes } from './booking/booking.routes.js';
import { clinicRoutes } from './booking/clinic.routes.js';
import { outboxRoutes } from './messages/outbox.routes.js';
import { selfBookingRoutes } from './booking/self-booking.routes.js';
import { viewRoutes } from './booking/views.routes.js';
import { navigationRoutes } from './navigation/navigation.routes.js';
import { waitingListFigureRoutes } from './booking/waiting-list-figures.routes.js';
import { evidenceRoutes } from './evidence/evidence.routes.js';
import { planningRoutes } from './planning/planning.routes.js';
import type { ProjectionMeta } from './planning/projection-context.js';
import { ProjectionJobs } from './planning/projection-jobs.js';
import { ProjectionPool } from './planning/projection-pool.js';
import { projectionRoutes } from './planning/projection.routes.js';
import { serviceReportRoutes } from './evidence/service-report.routes.js';
import { recordRoutes } from './record/record.routes.js';
import { dischargeRoutes } from './record/discharge.routes.js';
import { questionnaireRoutes } from './record/questionnaire.routes.js';
import { crisisRoutes } from './safety-net/crisis.routes.js';
import { safetyFlagRoutes } from './safety-net/safety-flags.routes.js';

export interface AppDependencies {
  readonly config: Config;
  readonly database: DatabaseHandle;
  /** The clock (tests fix it); `now` is a shorthand for a clock reading that function. */
  readonly clock?: Clock;
  readonly now?: () => Date;
  /** Override the log level (tests pass 'silent'). */
  readonly logLevel?: string;
  /** Where logs go (standard output by default); tests read them. */
  readonly logStream?: NodeJS.WritableStream;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A secret shared by every process through the database, created by whichever starts first. */
async function sharedSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config, database } = deps;
  const { db } = database;
  const clock = deps.clock ?? (deps.now ? clockFrom(deps.now) : systemClock);

  const app = Fastify({
    logger: loggerOptions(deps.logLevel ?? config.logLevel, deps.logStream),
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
    // Signed links carry their token in the path.
    routerOptions: { maxParamLength: 500 },
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(fastifyCookie, { secret: await sharedSecret(db, 'cookie') });
  await app.register(fastifyCsrf, {
    cookieKey: 'everyday_csrf',
    cookieOpts: {
      path: '/',
      sameSite: 'strict',
      httpOnly: true,
      signed: true,
      secure: config.cookieSecure,
    },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Everyday API',
        version: config.version,
        description: 'The API of Everyday, an OT-led first-contact service for primary care.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  // Who is signed in, and CSRF for every state-changing request.
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token
      ? ((await findSessionActor(db, token, config.sessionIdleMinutes, clock.now())) ?? null)
      : null;
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.csrf !== false) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => {
          if (err) reject(err);
          else resolve();
        });
      });
    }
  });

  const access = new PatientAccess(db);
  const accountUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  // Two-factor secrets are sealed with this key before they are stored (ADR 0016).
  const twoFactorKey = Buffer.from(await sharedSecret(db, 'two-factor'), 'base64url');
  await app.register(healthRoutes(db, database.kind, config.version));
  await app.register(
    sessionRoutes({
      db,
      idleMinutes: config.sessionIdleMinutes,
      cookieSecure: config.cookieSecure,
      clock,
      twoFactorKey,
    }),
  );
  await app.register(accountRoutes({ db, clock, publicUrl: accountUrl, twoFactorKey }));
  await app.register(organisationRoutes(db));
  await app.register(serviceContactRoutes(config.serviceContact));
  await app.register(demoStatusRoutes(db));
  await app.register(userRoutes(db, clock, accountUrl));
  await app.register(auditRoutes(db));
  await app.register(personRoutes(access));

  const intake = new RequestIntake(db, access, await sharedSecret(db, 'completion'), clock);
  const bookingSecret = await sharedSecret(db, 'booking-links');
  await app.register(
    frontDoorRoutes({
      db,
      intake,
      clock,
      rateLimit: { limit: config.publicRateLimit, windowSeconds: 600 },
      directBooking: {
        pathways: config.directBookingPathways,
        secret: bookingSecret,
        publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      },
    }),
  );
  await app.register(staffRequestRoutes(access, intake));
  await app.register(systemRequestRoutes(db, intake, clock));
  await app.register(apiKeyAdminRoutes(db, clock));
  await app.register(inboxRoutes(access, clock));
  await app.register(handoverRoutes(access, clock));
  await app.register(safetyFlagRoutes(access, clock));
  await app.register(crisisRoutes(db, access, clock));
  await app.register(ruleSetRoutes(db));
  await app.register(clinicRoutes(db, access, clock));
  await app.register(bookingRoutes(access, clock));
  await app.register(outboxRoutes(db, clock));
  await app.register(viewRoutes(access, clock));
  await app.register(navigationRoutes(access, clock));
  await app.register(waitingListFigureRoutes(access, clock));
  await app.register(evidenceRoutes(access, clock));
  await app.register(planningRoutes({ db, clock }));
  // Projections run on worker threads, started on first use and stopped with the app.
  const projectionPool = new ProjectionPool();
  app.addHook('onClose', () => projectionPool.close());
  await app.register(
    projectionRoutes({
      db,
      access,
      clock,
      pool: projectionPool,
      jobs: new ProjectionJobs<ProjectionResultBody, ProjectionMeta>(clock),
      isDemo: () => isDemoService(db),
    }),
  );
  await app.register(
    serviceReportRoutes({ access, clock, organisations: db, isDemo: () => isDemoService(db) }),
  );
  await app.register(
    selfBookingRoutes({
      db,
      access,
      secret: bookingSecret,
      publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
      clock,
      rateLimit: config.publicRateLimit * 4,
      servicePhone: config.serviceContact.phone,
      serviceContact: config.serviceContact,
      codeRateLimit: config.publicRateLimit,
    }),
  );

  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  await app.register(recordRoutes(access, clock));
  await app.register(dischargeRoutes(access, publicUrl, clock, config.serviceContact));
  await app.register(
    questionnaireRoutes({ db, access, publicUrl, clock, rateLimit: config.publicRateLimit * 4 }),
  );

  if (process.env.EVERYDAY_BENCH_FLOOR === 'true') {
    // Benchmarks only: the floor a submission is measured against, one insert and nothing else.
    app.post(
      '/api/bench/floor',
      { config: { csrf: false }, schema: { hide: true } },
      async (_request, reply) => {
        await db
          .insertInto('rate_limit_counters')
          .values({
            key: `bench:${randomBytes(8).toString('hex')}`,
            window_start: clock.now(),
            count: 1,
            expires_at: clock.now(),
          })
          .execute();
        return reply.status(201).send({ ok: true });
      },
    );
  }

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app, config.webDir);
  return app;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set false on routes authenticated otherwise than by the session cookie (API keys). */
    csrf?: boolean;
  }
}
