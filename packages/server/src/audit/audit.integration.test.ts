import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, unique } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { writeAuditEvent } from './audit-log.js';

describe.each(testEngines())('the audit log export on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t);
    const tree = await makeOrganisationTree(t.db);
    const u = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    admin = new TestClient(app);
    await admin.signIn(u.email, u.password);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('guards every cell a spreadsheet would read as a formula (OWASP "CSV Injection")', async () => {
    const resourceType = unique('probe').slice(0, 40);
    await writeAuditEvent(t.db, {
      userId: null,
      actorLabel: '=HYPERLINK("http://example.com","x")',
      action: 'read',
      resourceType,
      resourceId: null,
      organisationId: null,
      ip: '@1.2.3.4',
      outcome: 'denied',
      reason: '+SUM(1,2)',
    });
    const res = await admin.get(`/api/admin/audit.csv?resourceType=${resourceType}`);
    expect(res.statusCode).toBe(200);
    const rows = parse<Record<string, string>>(res.body, { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      resourceType,
      userEmail: `'=HYPERLINK("http://example.com","x")`,
      ip: "'@1.2.3.4",
      reason: "'+SUM(1,2)",
    });
  });
});
