/**
 * Starting and stopping a server: open the database, migrate, seed the demo when asked,
 * build the app, listen; and on stop, finish in-flight requests and close the database.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { systemClock } from './clock.js';
import { pruneCounters } from './limits/counters.js';
import { pruneSessions } from './auth/sessions.js';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrate } from './db/migrate.js';
import { demoSignIns, isEmpty, seedDemo, type DemoSignIn } from './demo/seed.js';
import { loadDemoDeprivation } from './people/deprivation-lookup.js';
import { writeDemoHistory } from './demo/demo-history.js';
import { deliverDue, queueReminders } from './messages/outbox-worker.js';
import { rollSlotsForward } from './booking/roll-slots-forward.js';
import { escalateOverdue } from './safety-net/escalate-overdue.js';
import { LogTransport, NotifyTransport, type MessageTransport } from './messages/transports.js';

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  readonly url: string;
  readonly demoSignIns: readonly DemoSignIn[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Seed the demo into an empty database even when it is PostgreSQL. */
  readonly demo?: boolean;
  /**
   * With a freshly seeded demo, write its last 12 months through the use cases after the server
   * is listening (issue 11 item 4), with its progress in the log. `npm start` asks for it.
   */
  readonly demoHistory?: boolean;
  readonly logLevel?: string;
}

export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  const database = await openDatabase(
    config.database.kind === 'embedded'
      ? { kind: 'embedded', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize },
  );
  try {
    await migrate(database.db);
    const seedAllowed = database.kind === 'embedded' || options.demo === true;
    const seeded = seedAllowed && (await isEmpty(database.db));
    if (seeded) await seedDemo(database.db);
    // The demo's area resolves postcodes to LSOAs and deprivation (fills only an empty lookup).
    if (seeded) await loadDemoDeprivation(database.db);
    const app = await buildApp({
      config,
      clock: systemClock,
      database,
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const transport: MessageTransport = config.notify
      ? new NotifyTransport(config.notify.apiKey, config.notify.templates)
      : new LogTransport((line) => {
          app.log.info(line);
        });
    let delivering = false;
    const deliver = setInterval(() => {
      if (delivering) return;
      delivering = true;
      const at = systemClock.now();
      // Escalate first, so an overdue crisis request's message goes out in this same round.
      escalateOverdue(database.db, at)
        .then((escalated) => {
          // References and counts only: never a person's details.
          if (escalated.length > 0)
            app.log.warn(
              { escalated: escalated.map((e) => e.reference) },
              'crisis requests escalated: not acknowledged in time',
            );
          const unsent = escalated.filter((e) => e.sentTo.length === 0);
          if (unsent.length > 0)
            app.log.error(
              { escalated: unsent.map((e) => e.reference) },
              'crisis requests escalated with no one to tell: set a duty rota, practice email or safeguarding lead',
            );
        })
        .catch((err: unknown) => {
          app.log.error({ err }, 'crisis escalation failed');
        })
        .then(() => queueReminders(database.db, at))
        .then(() => deliverDue(database.db, transport, at))
        .catch((err: unknown) => {
          app.log.error({ err }, 'message delivery failed');
        })
        .finally(() => {
          delivering = false;
        });
    }, config.outboxIntervalSeconds * 1000);
    deliver.unref();
    // The booking horizon rolls forward with the days: bring every clinic's slots in step at
    // start and every hour.
    const rollSlots = () => {
      rollSlotsForward(database.db, systemClock).catch((err: unknown) => {
        app.log.error({ err }, 'keeping slots in step failed');
      });
    };
    rollSlots();
    const roll = setInterval(rollSlots, 60 * 60_000);
    roll.unref();
    const prune = setInterval(() => {
      const now = systemClock.now();
      Promise.all([pruneSessions(database.db, now), pruneCounters(database.db, now)]).catch(
        (err: unknown) => {
          app.log.warn({ err }, 'pruning expired sessions and counters failed');
        },
      );
    }, 10 * 60_000);
    prune.unref();
    const port = new URL(address).port;
    const history =
      seeded && options.demoHistory === true
        ? writeDemoHistory(database.db, app, `http://localhost:${port}`)
        : undefined;
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      demoSignIns: seedAllowed ? await demoSignIns(database.db) : [],
      async stop() {
        history?.stop();
        await history?.done;
        clearInterval(prune);
        clearInterval(deliver);
        clearInterval(roll);
        await app.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
