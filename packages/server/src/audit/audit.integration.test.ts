import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nhsNumberCheckDigit } from '@everyday/core';
import { makeOrganisationTree, makeUser, unique, type TestTree } from '../testing/builders.js';
import { makeEpisode, type TestEpisode } from '../testing/episodes.js';
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

/** A valid NHS number no other test uses. */
function freshNhsNumber(): string {
  for (;;) {
    const nine = String(Math.floor(100_000_000 + Math.random() * 899_999_999));
    const check = nhsNumberCheckDigit(nine);
    if (check !== undefined) return `${nine}${String(check)}`;
  }
}

interface AuditBody {
  events: {
    resourceType: string;
    resourceId: string | null;
    person: { id: string; name: string } | null;
  }[];
  total: number;
  people: { id: string; name: string }[] | null;
}

describe.each(testEngines())('whose record, in the audit log, on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let admin: TestClient;
  let adminId: string;
  let ot: TestClient;
  let gwen: TestEpisode & { nhsNumber: string };
  let other: TestEpisode;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t);
    tree = await makeOrganisationTree(t.db);
    const a = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    adminId = a.id;
    admin = new TestClient(app);
    await admin.signIn(a.email, a.password);
    const o = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.serviceId] });
    ot = new TestClient(app);
    await ot.signIn(o.email, o.password);
    const nhsNumber = freshNhsNumber();
    gwen = {
      ...(await makeEpisode(t.db, {
        practiceId: tree.practiceIds[0],
        pathway: 'frailty_falls',
        nhsNumber,
      })),
      nhsNumber,
    };
    other = await makeEpisode(t.db, { practiceId: tree.practiceIds[1], pathway: 'frailty_falls' });
    // The OT looked at both people's requests and at Gwen's episode record (as the access
    // module records a read).
    const read = (resourceType: string, resourceId: string, organisationId: string) =>
      writeAuditEvent(t.db, {
        userId: o.id,
        actorLabel: o.email,
        action: 'read',
        resourceType,
        resourceId,
        organisationId,
        ip: null,
        outcome: 'allowed',
      });
    await read('request', gwen.requestId, tree.practiceIds[0]);
    await read('request', other.requestId, tree.practiceIds[1]);
    await read('episode_record', gwen.episodeId, tree.practiceIds[0]);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  async function identityEvents(action: 'read' | 'search') {
    return t.db
      .selectFrom('audit_events')
      .select(['reason', 'outcome'])
      .where('user_id', '=', adminId)
      .where('resource_type', '=', 'person_identity')
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  }

  it('finds the events about a person by NHS number, with their name, and audits the search (issue 16 item 11)', async () => {
    const before = await identityEvents('search');
    const res = await admin.get(`/api/admin/audit?nhsNumber=${gwen.nhsNumber}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<AuditBody>();
    expect(body.people).toEqual([{ id: gwen.personId, name: gwen.name }]);
    const about = body.events.map((e) => [e.resourceType, e.resourceId]);
    expect(about).toEqual(
      expect.arrayContaining([
        ['request', gwen.requestId],
        ['episode_record', gwen.episodeId],
      ]),
    );
    expect(about).not.toContainEqual(['request', other.requestId]);
    expect(body.total).toBe(body.events.length);
    for (const event of body.events)
      expect(event.person).toEqual({ id: gwen.personId, name: gwen.name });
    const after = await identityEvents('search');
    expect(after.slice(before.length)).toEqual([
      { reason: 'audit log by person: 1 people', outcome: 'allowed' },
    ]);
  });

  it('finds them by name and date of birth too, and refuses a name without a date of birth field by field', async () => {
    const family = gwen.name.split(' ').slice(1).join(' ');
    const res = await admin.get(
      `/api/admin/audit?name=${encodeURIComponent(family.toUpperCase())}&dateOfBirth=${gwen.dateOfBirth}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json<AuditBody>().people).toEqual([{ id: gwen.personId, name: gwen.name }]);

    const bad = await admin.get(`/api/admin/audit?name=${encodeURIComponent(family)}`);
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields,
    ).toEqual([expect.objectContaining({ path: 'dateOfBirth', code: 'required' })]);
    const badNumber = await admin.get('/api/admin/audit?nhsNumber=1234567890');
    expect(badNumber.statusCode).toBe(400);
    expect(
      badNumber.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields,
    ).toEqual([expect.objectContaining({ path: 'nhsNumber', code: 'invalid_nhs_number' })]);
  });

  it('names whose record each read was, and audits the naming as a read by the admin (issue 16 item 11)', async () => {
    const before = await identityEvents('read');
    const res = await admin.get(`/api/admin/audit?resourceType=request&action=read`);
    expect(res.statusCode).toBe(200);
    const events = res.json<AuditBody>().events;
    expect(events.find((e) => e.resourceId === gwen.requestId)?.person).toEqual({
      id: gwen.personId,
      name: gwen.name,
    });
    expect(events.find((e) => e.resourceId === other.requestId)?.person).toEqual({
      id: other.personId,
      name: other.name,
    });
    const after = await identityEvents('read');
    expect(after.slice(before.length)).toEqual([
      {
        reason: `audit log names: ${String(events.filter((e) => e.person).length)} records named`,
        outcome: 'allowed',
      },
    ]);

    const csv = await admin.get(`/api/admin/audit.csv?nhsNumber=${gwen.nhsNumber}`);
    const rows = parse<Record<string, string>>(csv.body, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.personName).toBe(gwen.name);
  });

  it('names only the people of the organisations the admin covers, and only to admins', async () => {
    const a = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.practiceIds[1]] });
    const local = new TestClient(app);
    await local.signIn(a.email, a.password);
    const res = await local.get(`/api/admin/audit?resourceType=request&action=read`);
    const events = res.json<AuditBody>().events;
    expect(events.find((e) => e.resourceId === gwen.requestId)?.person).toBeNull();
    expect(events.find((e) => e.resourceId === other.requestId)?.person?.name).toBe(other.name);
    const search = await local.get(`/api/admin/audit?nhsNumber=${gwen.nhsNumber}`);
    expect(search.json<AuditBody>()).toMatchObject({ people: [], total: 0, events: [] });

    expect((await ot.get(`/api/admin/audit?nhsNumber=${gwen.nhsNumber}`)).statusCode).toBe(403);
  });
});
