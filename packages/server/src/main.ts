#!/usr/bin/env node
/**
 * The `everyday` command: `serve` (the default), `migrate`, `create-admin`, `import-postcodes`,
 * `import-deprivation` and `import-list-sizes`.
 */
import { parseArgs } from 'node:util';
import { checkPassword } from '@everyday/core';
import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { packageVersion, startServer } from './server.js';
import { hashPassword } from './auth/passwords.js';
import { emailInUse, insertUser } from './users/user.repository.js';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  importDeprivation,
  importPostcodes,
  type ImportReport,
} from './people/deprivation-lookup.js';
import { importListSizes } from './planning/import-list-sizes.js';

const USAGE = `Usage: everyday [serve [--demo] | migrate | create-admin --email EMAIL --name NAME --service NAME
                 | import-postcodes FILE | import-deprivation FILE | import-list-sizes FILE]

  serve         Start the server (default). --demo seeds the demo service into an empty PostgreSQL database;
                --demo-history (what npm start passes; --no-demo-history to skip) also writes the demo's
                last 12 months through the use cases after the server is up.
  migrate       Apply database migrations and exit.
  create-admin  Add an administrator (and a service organisation if there is none). The password is read
                from EVERYDAY_ADMIN_PASSWORD, or generated and printed once.
  import-postcodes FILE [--source-version TEXT]
                Load postcode → LSOA rows from an ONS Postcode Directory CSV (pcds/pcd, lsoa11/lsoa21) or
                Trafford Data Lab's layout (postcode, lsoa_code); upserts, so running it twice is safe.
                --source-version is stored with each person resolved (default: the file's name).
  import-deprivation FILE [--source TEXT]
                Load IMD 2019 (England) or WIMD 2019 (Wales) deciles and ranks by LSOA (lsoa_code,
                IMD_decile, IMD_rank[, IMD_score]); upserts.
  import-list-sizes FILE
                Set practices' registered populations (the staffing norm's list sizes) from a CSV with
                ods_code and list_size columns (or NHS Digital's CODE and NUMBER_OF_PATIENTS), for places
                the England extract does not cover; unknown codes and bad lines are reported.`;

async function runImport(
  config: Config,
  kind: 'postcodes' | 'deprivation',
  file: string,
  version: string | undefined,
): Promise<void> {
  const database = await openDatabase(
    config.database.kind === 'embedded'
      ? { kind: 'embedded', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  try {
    await migrate(database.db);
    const label = version ?? basename(file);
    const report: ImportReport =
      kind === 'postcodes'
        ? await importPostcodes(database.db, createReadStream(file), label)
        : await importDeprivation(database.db, createReadStream(file), label);
    process.stdout.write(
      `Read ${String(report.read)} rows: ${String(report.stored)} stored, ${String(report.skipped)} skipped; ` +
        `${String(report.total)} ${kind === 'postcodes' ? 'postcodes' : 'areas'} in the lookup (${label}).\n`,
    );
  } finally {
    await database.close();
  }
}

async function runListSizeImport(config: Config, file: string): Promise<void> {
  const database = await openDatabase(
    config.database.kind === 'embedded'
      ? { kind: 'embedded', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  try {
    await migrate(database.db);
    const report = await importListSizes(database.db, await readFile(file, 'utf8'));
    let text = `Read ${String(report.read)} rows: ${String(report.updated)} practices updated.\n`;
    if (report.unmatched.length > 0)
      text += `No practice with ODS code: ${report.unmatched.join(', ')}\n`;
    for (const p of report.problems) text += `Line ${String(p.line)}: ${p.message}\n`;
    process.stdout.write(text);
  } finally {
    await database.close();
  }
}

async function serve(config: Config, demo: boolean, demoHistory: boolean): Promise<void> {
  const server = await startServer(config, { demo, demoHistory });
  const where =
    config.database.kind === 'embedded'
      ? `embedded PostgreSQL (PGlite) in ${config.database.dataDir}`
      : 'PostgreSQL';
  // One write, so whoever reads the first line (a test, a supervisor) has the sign-ins with it.
  let banner = `\nEveryday ${config.version} is running at ${server.url} on ${where}\n`;
  if (server.demoSignIns.length > 0) {
    banner += `\nDemo sign-ins (password for each: ${server.demoSignIns[0]?.password ?? ''}):\n`;
    for (const s of server.demoSignIns) banner += `  ${s.role.padEnd(10)} ${s.email}\n`;
  }
  process.stdout.write(`${banner}\nPress Ctrl+C to stop.\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      process.stdout.write('Stopping now.\n');
      process.exit(1);
    }
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
}

async function runMigrate(config: Config): Promise<void> {
  const database = await openDatabase(
    config.database.kind === 'embedded'
      ? { kind: 'embedded', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  try {
    const report = await migrate(database.db);
    process.stdout.write(
      report.applied.length === 0
        ? `Database is up to date (version ${report.current}).\n`
        : `Applied migrations ${report.applied.join(', ')}; now at version ${report.current}.\n`,
    );
  } finally {
    await database.close();
  }
}

async function createAdmin(
  config: Config,
  email: string,
  name: string,
  serviceName: string,
): Promise<void> {
  const database = await openDatabase(
    config.database.kind === 'embedded'
      ? { kind: 'embedded', dataDir: config.database.dataDir }
      : { kind: 'postgres', url: config.database.url },
  );
  try {
    await migrate(database.db);
    const { db } = database;
    if (await emailInUse(db, email))
      throw new Error(`A user with the email ${email} already exists.`);
    const given = process.env.EVERYDAY_ADMIN_PASSWORD;
    const password = given ?? randomBytes(12).toString('base64url');
    const problem = checkPassword(password);
    if (problem)
      throw new Error(`EVERYDAY_ADMIN_PASSWORD is not acceptable: ${problem.replace('_', ' ')}.`);
    const passwordHash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      let service = await trx
        .selectFrom('organisations')
        .select('id')
        .where('kind', '=', 'service')
        .orderBy('created_at')
        .executeTakeFirst();
      service ??= await trx
        .insertInto('organisations')
        .values({ kind: 'service', name: serviceName })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertUser(trx, {
        email,
        name,
        roles: ['admin'],
        organisationIds: [service.id],
        passwordHash,
      });
    });
    process.stdout.write(`Administrator ${email} added.${given ? '' : ` Password: ${password}`}\n`);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      'demo-history': { type: 'boolean', default: false },
      'no-demo-history': { type: 'boolean', default: false },
      email: { type: 'string' },
      name: { type: 'string' },
      service: { type: 'string', default: 'OT service' },
      'source-version': { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(process.env, packageVersion());
  const command = positionals[0] ?? 'serve';
  switch (command) {
    case 'serve':
      return serve(config, values.demo, values['demo-history'] && !values['no-demo-history']);
    case 'migrate':
      return runMigrate(config);
    case 'create-admin':
      if (!values.email || !values.name)
        throw new Error(`create-admin needs --email and --name.\n${USAGE}`);
      return createAdmin(config, values.email, values.name, values.service);
    case 'import-postcodes':
    case 'import-deprivation': {
      const file = positionals[1];
      if (!file) throw new Error(`${command} needs a FILE.\n${USAGE}`);
      return command === 'import-postcodes'
        ? runImport(config, 'postcodes', file, values['source-version'])
        : runImport(config, 'deprivation', file, values.source);
    }
    case 'import-list-sizes': {
      const file = positionals[1];
      if (!file) throw new Error(`${command} needs a FILE.\n${USAGE}`);
      return runListSizeImport(config, file);
    }
    default:
      throw new Error(`Unknown command: ${command}\n${USAGE}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
