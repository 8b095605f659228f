/**
 * "Today" is the Europe/London date of the injected clock (ADR 0006), not the UTC date: at 00:30
 * on a summer night London is already on the next day while UTC is not (issue 10, item 5).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from './testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from './testing/requests.js';
import { makeApp, TestClient } from './testing/test-app.js';
import { testEngines, type TestDatabase } from './testing/test-database.js';

// 00:30 British Summer Time on Wednesday 15 July 2026 is 23:30 UTC on Tuesday 14 July.
const HALF_PAST_MIDNIGHT_BST = new Date('2026-07-14T23:30:00Z');

describe.each(testEngines())("today is London's date on $name", (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => HALF_PAST_MIDNIGHT_BST);
    tree = await makeOrganisationTree(t.db);
    const u = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(u.email, u.password);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it("shows today's diary at 00:30 in summer, not yesterday's", async () => {
    const siteId = (
      await ot.post('/api/sites', { name: 'Kendal', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
    const created = await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Wednesday clinic',
      weekdays: [3],
      startTime: '09:00',
      endTime: '10:00',
      mode: 'in_person',
      validFrom: '2026-07-14',
    });
    expect(created.statusCode).toBe(201);
    const res = await ot.get('/api/diary?days=1');
    expect(res.statusCode).toBe(200);
    const starts = res.json<{ slots: { startsAt: string }[] }>().slots.map((s) => s.startsAt);
    // 09:00 and 09:30 BST on 15 July; the UTC date (14 July, a Tuesday) has no clinic.
    expect(starts).toEqual(['2026-07-15T08:00:00.000Z', '2026-07-15T08:30:00.000Z']);
  });

  it("triages with the age on London's date: 65 on the birthday at 00:30 in summer", async () => {
    const r = await ot.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], {
          person: { dateOfBirth: '1961-07-15' },
          areas: ['memory_thinking'],
          fallsInLastYear: undefined,
        }),
      },
    });
    expect(r.statusCode).toBe(201);
    const detail = await ot.get(`/api/requests/${r.json<{ id: string }>().id}`);
    const body = detail.json<{
      person: { age: number };
      suggestion: { pathway: string; reasons: { pathway: { text: string }[] } };
    }>();
    expect(body.person.age).toBe(65);
    // default-pathway-rules.ts: memory or thinking concerns at 65 or over suggest the memory pathway.
    expect(body.suggestion.pathway).toBe('memory');
  });
});
