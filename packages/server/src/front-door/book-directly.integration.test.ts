import { randomUUID } from 'node:crypto';
import { fixedClock } from '@everyday/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatientAccess } from '../access/patient-access.js';
import { makeOrganisationTree, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { answersSchemas } from './answers.schema.js';
import { RequestIntake } from './intake.js';

const NOW = new Date('2026-11-03T10:15:00Z');

/** Memory concerns with quite a lot of impact: triage suggests a memory-strategies group. */
const MEMORY_TARGETED = {
  areas: ['memory_thinking'],
  since: '3_to_12_months',
  impact: 'quite_a_lot',
  fallsInLastYear: 'none',
  person: { dateOfBirth: '1952-05-01' },
} as const;

describe.each(testEngines())('direct booking in the intake transaction on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let person: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      { publicRateLimit: 100000, directBookingPathways: ['memory'] },
      () => NOW,
    );
    tree = await makeOrganisationTree(t.db);
    person = new TestClient(app, '10.7.0.1');
    await person.refreshSession();
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it("accepts onto triage's tier, at the clock's now, in the intake's one audited transaction", async () => {
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], MEMORY_TARGETED),
      },
    });
    expect(res.statusCode).toBe(201);
    const receipt = res.json<{ id: string; directBooking: { link: string } | null }>();
    expect(receipt.directBooking?.link).toMatch(/^\/book\//);

    const stored = await t.db
      .selectFrom('requests')
      .select(['status', 'pathway', 'tier', 'suggested_tier', 'received_at', 'acted_at'])
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      status: 'waiting',
      pathway: 'memory',
      tier: 'targeted',
      suggested_tier: 'targeted',
      received_at: NOW,
      acted_at: NOW,
    });
    const events = await t.db
      .selectFrom('request_events')
      .select(['action', 'details', 'user_id'])
      .where('request_id', '=', receipt.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['received', 'accept']);
    expect(events[1]).toMatchObject({
      user_id: null,
      details: { pathway: 'memory', tier: 'targeted', direct: true },
    });
    // One transaction through the access module: one audit event, the request's creation.
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('resource_type', '=', 'request')
      .where('resource_id', '=', receipt.id)
      .execute();
    expect(audit).toEqual([{ action: 'create', outcome: 'allowed' }]);
  });

  it('leaves no request behind when a step after intake fails', async () => {
    const intake = new RequestIntake(t.db, new PatientAccess(t.db), 'secret', fixedClock(NOW));
    // Parsed as the route parses it, so the answers are the schema's own type.
    const answers = answersSchemas(fixedClock(NOW)).ZRequestAnswers.parse(
      makeAnswers(tree.practiceIds[0], MEMORY_TARGETED),
    );
    const key = randomUUID();
    await expect(
      intake.submit(
        { principal: { kind: 'public' }, ip: '10.7.0.2' },
        {
          route: 'self',
          channel: 'online',
          questionSetVersion: QUESTION_SET_VERSION,
          idempotency: { scope: 'public:referral', key },
          answers,
          complete: true,
          submittedBy: null,
        },
        () => Promise.reject(new Error('accept failed')),
      ),
    ).rejects.toThrow('accept failed');
    const left = await t.db
      .selectFrom('requests')
      .select('id')
      .where('idempotency_key', '=', key)
      .execute();
    expect(left).toEqual([]);
    const people = await t.db
      .selectFrom('people')
      .select('id')
      .where('family_name', '=', answers.person.familyName)
      .execute();
    expect(people).toEqual([]);
  });
});
