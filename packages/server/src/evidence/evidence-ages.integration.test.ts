/**
 * The age the evidence breakdowns group a person by is worked out in the query (issue 12): whole
 * years on the Europe/London date of the request, by core's `ageOn` rule (less one before the
 * birthday; a 29 February birthday falls on 1 March in other years). Three requests whose ages
 * differ between the UTC and the London date, or across 28 February, each put in its band by
 * hand below. Both databases.
 */
import { randomUUID } from 'node:crypto';
import { ageOn, type EvidenceDashboard } from '@everyday/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('evidence ages on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let now = new Date('2026-02-28T12:00:00Z');
  let ot = { email: '', password: '' };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => now);
    tree = await makeOrganisationTree(t.db);
    ot = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    const request = async (at: string, dateOfBirth: string) => {
      now = new Date(at);
      const c = new TestClient(app);
      await c.signIn(ot.email, ot.password);
      const r = await c.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          channel: 'phone',
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(tree.practiceIds[0], { person: { dateOfBirth } }),
        },
      });
      expect(r.statusCode, r.body).toBe(201);
    };
    // Born 29 February 2008: on 28 February 2026 still 17 (the birthday is 1 March) ...
    await request('2026-02-28T12:00:00Z', '2008-02-29');
    // ... and 18 on 1 March.
    await request('2026-03-01T12:00:00Z', '2008-02-29');
    // Born 15 June 2008: at 23:30 UTC on 14 June it is 00:30 on the 15th in London (BST), so 18.
    await request('2026-06-14T23:30:00Z', '2008-06-15');
    now = new Date('2026-07-01T12:00:00Z');
  });

  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('puts each person in the age band of their age on the London date of the request', async () => {
    // The rule the query follows, on the three cases: 17, 18, 18.
    expect([
      ageOn('2008-02-29', '2026-02-28'),
      ageOn('2008-02-29', '2026-03-01'),
      ageOn('2008-06-15', '2026-06-15'),
    ]).toEqual([17, 18, 18]);
    const c = new TestClient(app);
    await c.signIn(ot.email, ot.password);
    const r = await c.get('/api/evidence/dashboard?from=2026-02-01&to=2026-06-30');
    expect(r.statusCode, r.body).toBe(200);
    const bands = r.json<EvidenceDashboard>().breakdowns.find((b) => b.key === 'age-band');
    const requests = (group: string) =>
      bands?.rows.find((row) => row.group === group)?.figures[0]?.value;
    expect(requests('0-17')).toBe(1);
    expect(requests('18-29')).toBe(2);
  });
});
