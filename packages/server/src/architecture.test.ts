/**
 * Boundaries that must hold, checked rather than just written down:
 * - packages/core imports no server, web app, database driver, framework or Node I/O;
 * - every function that touches a patient table (a query builder's table or join, a subquery, or
 *   raw `sql` naming the table) lives in a repository and takes an AuditedTransaction, so every
 *   read and write of patient data, aggregates included, passes the access module;
 * - only the access module makes an AuditedTransaction.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
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
  'handovers',
  'booking_codes',
];

/** Query-builder methods whose first argument names a table. */
const TABLE_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'innerJoinLateral',
  'leftJoinLateral',
]);

const rawSqlTouch = new RegExp(
  `\\b(from|join|into|update|table)\\s+(${PATIENT_TABLES.join('|')})\\b`,
  'i',
);

function tableOf(text: string): string {
  return (text.trim().split(/\s+/)[0] ?? '').split('.').pop() ?? '';
}

/** Each place in a file that names a patient table, with a short description. */
function patientTouches(file: ts.SourceFile): { node: ts.Node; what: string }[] {
  const found: { node: ts.Node; what: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const first = node.arguments[0];
      const names =
        first === undefined
          ? []
          : ts.isStringLiteralLike(first)
            ? [first.text]
            : ts.isArrayLiteralExpression(first)
              ? first.elements.filter(ts.isStringLiteralLike).map((e) => e.text)
              : [];
      if (TABLE_METHODS.has(method)) {
        for (const name of names) {
          if (PATIENT_TABLES.includes(tableOf(name)))
            found.push({ node, what: `${method}('${name}')` });
        }
      }
      // sql.table('appointments'), sql.id('appointments')
      if (
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'sql' &&
        names.some((n) => PATIENT_TABLES.includes(tableOf(n)))
      ) {
        found.push({ node, what: `sql.${method}` });
      }
    }
    if (ts.isTaggedTemplateExpression(node)) {
      const tag = node.tag;
      const isSql =
        (ts.isIdentifier(tag) && tag.text === 'sql') ||
        (ts.isPropertyAccessExpression(tag) &&
          ts.isIdentifier(tag.expression) &&
          tag.expression.text === 'sql');
      const text = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? node.template.text
        : [node.template.head.text, ...node.template.templateSpans.map((s) => s.literal.text)].join(
            ' ',
          );
      const match = rawSqlTouch.exec(text);
      if (isSql && match) found.push({ node, what: `sql \`…${match[0]}…\`` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function functionName(fn: ts.SignatureDeclaration): string {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** The functions enclosing a node, innermost first. */
function enclosingFunctions(node: ts.Node): ts.SignatureDeclaration[] {
  const out: ts.SignatureDeclaration[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent as ts.Node | undefined) {
    if (ts.isFunctionLike(n)) out.push(n);
  }
  return out;
}

/** An AuditedTransaction, or the access module's organisation lookup before its audited decision. */
const takesAuditedTransaction = (fn: ts.SignatureDeclaration, file: ts.SourceFile) =>
  fn.parameters.some(
    (p) =>
      p.type !== undefined &&
      /\b(AuditedTransaction|LookupTransaction)\b/.test(p.type.getText(file)),
  );

/** Every function touching a patient table that is not a repository function demanding an AuditedTransaction. */
export function patientTableOffenders(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const name = relative(root, path);
  return patientTouches(file).flatMap(({ node, what }) => {
    const fns = enclosingFunctions(node);
    const outer = fns.at(-1);
    const where = `${name}: ${outer ? functionName(outer) : '(module)'} ${what}`;
    if (!path.endsWith('.repository.ts')) return [`${where} outside a repository`];
    if (!fns.some((fn) => takesAuditedTransaction(fn, file)))
      return [`${where} without an AuditedTransaction`];
    return [];
  });
}

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

  it('touches patient tables only in repository functions that demand an AuditedTransaction', () => {
    const files = sourceFiles(join(root, 'packages/server/src')).filter((f) => !isTest(f));
    const offenders = files.flatMap((f) => patientTableOffenders(f, readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('sees a patient table behind a join, a subquery and raw sql, not only selectFrom', () => {
    const path = join(root, 'packages/server/src/example/example.repository.ts');
    const source = `
      import { sql, type Kysely } from 'kysely';
      export async function joined(db: Kysely<Database>) {
        return db.selectFrom('slots').innerJoin('appointments as a', 'a.slot_id', 'slots.id').execute();
      }
      export async function subquery(db: Kysely<Database>) {
        return db.selectFrom('slots').where((eb) => eb.exists(eb.selectFrom('episodes').select('id'))).execute();
      }
      export async function raw(db: Kysely<Database>) {
        return sql\`SELECT count(*) FROM slots s LEFT JOIN appointments a ON a.slot_id = s.id\`.execute(db);
      }
      export async function fine(trx: AuditedTransaction) {
        return trx.selectFrom('appointments').select((eb) => eb.selectFrom('people').select('id').as('p')).execute();
      }
      export async function slotsOnly(db: Kysely<Database>) {
        return db.selectFrom('slots').selectAll().execute();
      }`;
    expect(patientTableOffenders(path, source)).toEqual([
      "packages/server/src/example/example.repository.ts: joined innerJoin('appointments as a') without an AuditedTransaction",
      "packages/server/src/example/example.repository.ts: subquery selectFrom('episodes') without an AuditedTransaction",
      'packages/server/src/example/example.repository.ts: raw sql `…JOIN appointments…` without an AuditedTransaction',
    ]);
    expect(
      patientTableOffenders(path.replace('.repository', ''), 'db => db.selectFrom("people")'),
    ).toEqual([
      "packages/server/src/example/example.ts: (anonymous) selectFrom('people') outside a repository",
    ]);
  });

  it("lets only the access module open the patient repositories' transactions", () => {
    const files = sourceFiles(join(root, 'packages/server/src')).filter((f) => !isTest(f));
    const casts = files
      .filter((f) => /as (AuditedTransaction|LookupTransaction)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(casts).toEqual(['packages/server/src/access/patient-access.ts']);
  });
});

/** The capability map at the top of docs/architecture.md: its table rows and the text around it. */
function capabilityMap(): {
  rows: { name: string; folders: Record<Package, string[]> }[];
  text: string;
} {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const start = doc.indexOf('## Capabilities');
  const text = doc.slice(start, doc.indexOf('\n## ', start + 1));
  const folders = (cell: string) =>
    [...cell.replace(/\([^)]*\)/g, '').matchAll(/`([a-z-]+(?:\/[a-z-]+)*\/)`/g)].map(
      (m) => m[1] ?? '',
    );
  const rows = text
    .split('\n')
    .filter((line) => /^\| `[a-z-]+`/.test(line))
    .map((line) => {
      const [name = '', , core = '', server = '', web = ''] = line
        .split('|')
        .slice(1)
        .map((c) => c.trim());
      return { name, folders: { core: folders(core), server: folders(server), web: folders(web) } };
    });
  return { rows, text };
}

type Package = 'core' | 'server' | 'web';
const PACKAGES: readonly Package[] = ['core', 'server', 'web'];

describe('the capability map in docs/architecture.md', () => {
  const { rows, text } = capabilityMap();

  it('names the capabilities issue 10 set out, in every package where they have code', () => {
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['`front-door`', '`triage`', '`booking`', '`record`', '`messages`']),
    );
    for (const name of ['front-door', 'triage', 'booking', 'record']) {
      const row = rows.find((r) => r.name === `\`${name}\``);
      for (const pkg of PACKAGES)
        expect(row?.folders[pkg], `${name} in ${pkg}`).toContain(`${name}/`);
    }
  });

  it('names only folders that exist', () => {
    const missing = rows.flatMap((r) =>
      PACKAGES.flatMap((pkg) =>
        r.folders[pkg]
          .filter((f) => !isDirectory(join(root, 'packages', pkg, 'src', f)))
          .map((f) => `${pkg}: ${f}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('accounts for every top-level folder of core, server and web', () => {
    const unnamed = PACKAGES.flatMap((pkg) =>
      readdirSync(join(root, 'packages', pkg, 'src'))
        .filter((f) => isDirectory(join(root, 'packages', pkg, 'src', f)))
        .filter((f) => !text.includes(`\`${f}/\``))
        .map((f) => `${pkg}: ${f}/`),
    );
    expect(unnamed).toEqual([]);
  });
});

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
