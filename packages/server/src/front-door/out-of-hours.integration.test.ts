/**
 * Out-of-hours requests (issue 9, item 5; hazard H-1xx in docs/clinical-safety.md): the receipt of
 * every intake route says whether the request arrived outside opening hours (08:00–18:30
 * Europe/London, Monday to Friday, not on bank holidays), so the advice page can tell the person
 * the service will not see it until the next working day. The clock is injected.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('out-of-hours receipts on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let clock = new Date('2026-12-02T10:00:00Z');
  let ip = 0;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 1000 }, () => clock);
    tree = await makeOrganisationTree(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  async function urgentAt(instant: string): Promise<{ outOfHours: boolean; urgency: string }> {
    clock = new Date(instant);
    const client = new TestClient(app, `10.9.0.${String(++ip)}`);
    await client.refreshSession();
    const a = makeAnswers(tree.practiceIds[0]);
    const res = await client.request({
      method: 'POST',
      url: '/api/referrals/urgent',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: {
          for: 'self',
          person: { givenName: a.person.givenName, familyName: a.person.familyName },
          contact: { phone: '07123 456789', preferred: 'phone' },
          practiceId: a.practiceId,
          redFlags: ['chest_pain'],
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ outOfHours: boolean; urgency: string }>();
  }

  it.each([
    // Wednesday 2 December 2026, 10:00 GMT: open.
    ['a weekday morning', '2026-12-02T10:00:00Z', false],
    // 18:29 London is still open; 18:30 is closed (the end is exclusive).
    ['one minute before closing', '2026-12-02T18:29:00Z', false],
    ['at closing time', '2026-12-02T18:30:00Z', true],
    ['before opening', '2026-12-02T07:59:00Z', true],
    // Saturday 5 December 2026.
    ['a Saturday', '2026-12-05T11:00:00Z', true],
    // Christmas Day 2026 is a Friday and a bank holiday in England and Wales.
    ['Christmas Day', '2026-12-25T11:00:00Z', true],
    // 1 July 2026, 07:30 UTC is 08:30 BST: open (London time, not UTC).
    ['a summer morning at 08:30 BST', '2026-07-01T07:30:00Z', false],
  ])('%s → outOfHours %s', async (_what, instant, expected) => {
    const receipt = await urgentAt(instant);
    expect(receipt.urgency).toBe('crisis');
    expect(receipt.outOfHours).toBe(expected);
  });
});
