/**
 * Boundaries that must hold, checked rather than just written down:
 * - packages/core imports no server, web app, database driver, framework or Node I/O;
 * - patient tables are touched only by repositories whose functions take an AuditedTransaction,
 *   so every read and write of patient data passes the access module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const isTest = (f: string) =>
  /\.(test|integration\.test|e2e)\.tsx?$/.test(f) || f.includes('/testing/');

/** Tables holding patient data. Add each new one here when a migration creates it. */
export const PATIENT_TABLES = [
  'people',
  'requests',
  'request_events',
  'outbox_messages',
  'episodes',
  'appointments',
  'record_entries',
  'record_entry_versions',
  'questionnaire_links',
];

describe('architecture', () => {
  it('keeps packages/core pure', () => {
    const forbidden =
      /from '(@everyday\/(server|web)|fastify|@fastify\/|kysely|pg|@electric-sql\/|react|node:|fs|http|child_process)/;
    const offenders = sourceFiles(join(root, 'packages/core/src'))
      .filter((f) => !isTest(f))
      .filter((f) => forbidden.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('touches patient tables only in repositories that demand an AuditedTransaction', () => {
    const touches = new RegExp(
      `(selectFrom|insertInto|updateTable|deleteFrom)\\('(${PATIENT_TABLES.join('|')})'`,
    );
    const files = sourceFiles(join(root, 'packages/server/src')).filter((f) => !isTest(f));
    const touching = files.filter((f) => touches.test(readFileSync(f, 'utf8')));
    expect(touching.length).toBeGreaterThan(0);
    for (const file of touching) {
      const text = readFileSync(file, 'utf8');
      expect(file.endsWith('.repository.ts'), relative(root, file)).toBe(true);
      expect(text, relative(root, file)).toContain('AuditedTransaction');
    }
  });

  it("lets only the access module open the patient repositories' transactions", () => {
    const files = sourceFiles(join(root, 'packages/server/src')).filter((f) => !isTest(f));
    const casts = files
      .filter((f) => /as AuditedTransaction/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(casts).toEqual(['packages/server/src/access/patient-access.ts']);
  });
});
