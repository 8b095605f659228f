/**
 * The demo year behind `npm start` (issue 11 item 4): written after the server is listening, so it
 * is healthy at once, with its progress in the log; stopped cleanly when the server stops.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  drawPerson,
  londonDateOf,
  northTraffordArea,
  type PopulationArea,
  type PersonSource,
} from '@everyday/core';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { systemClock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { generateHistory } from './generate-history.js';
import { DEMO_POSTCODES_FILE, loadDemoArea, readDemoPostcodes } from './population-data.js';

/** The area, also from the built server, whose folder has no copy of the postcodes (read from src/). */
function demoArea(): PopulationArea {
  if (existsSync(DEMO_POSTCODES_FILE)) return loadDemoArea();
  const source = fileURLToPath(
    new URL('../../src/demo/data/north-trafford-postcodes.csv', import.meta.url),
  );
  return northTraffordArea(readDemoPostcodes(source));
}

export const DEMO_SEED = 'everyday-demo';
export const DEMO_DAYS = 365;

export function writeDemoHistory(
  db: Kysely<Database>,
  app: FastifyInstance,
  publicUrl: string,
): { stop(): void; done: Promise<void> } {
  let stopping = false;
  const endAt = systemClock.now();
  const today = londonDateOf(endAt.getTime());
  const area = demoArea();
  const people: PersonSource = (random, index, ages) =>
    drawPerson(random, area, today, index, { minAge: ages.min, maxAge: ages.max });
  const started = performance.now();
  app.log.info('writing the demo year through the use cases');
  const done = generateHistory(db, {
    seed: DEMO_SEED,
    days: DEMO_DAYS,
    endAt,
    people,
    publicUrl,
    shouldStop: () => stopping,
    onProgress: (p) => {
      if (p.day % 30 === 0 || p.day === p.days)
        app.log.info(
          { day: p.day, of: p.days, ...p.counts },
          `demo year: day ${String(p.day)} of ${String(p.days)}`,
        );
    },
  }).then(
    (counts) => {
      const seconds = (performance.now() - started) / 1000;
      app.log.info({ ...counts, seconds: Number(seconds.toFixed(1)) }, 'demo year written');
    },
    (err: unknown) => {
      if (!stopping) app.log.error({ err }, 'writing the demo year failed');
    },
  );
  return {
    stop() {
      stopping = true;
    },
    done,
  };
}
