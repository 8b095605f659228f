import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('the public front door on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let person: TestClient;
  let ip = 0;

  /** A fresh client address per test, so the rate limit is per test. */
  async function newPerson(): Promise<TestClient> {
    const client = new TestClient(app, `10.1.0.${++ip}`);
    await client.refreshSession();
    return client;
  }

  function refer(client: TestClient, answers: unknown, key: string = randomUUID()) {
    return client.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
      headers: { 'idempotency-key': key },
    });
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 1000 });
    tree = await makeOrganisationTree(t.db);
    person = await newPerson();
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('offers the questions in both languages and the member practices', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/front-door' });
    const body = res.json<{ questionSet: { version: string }; practices: { id: string }[] }>();
    expect(body.questionSet.version).toBe(QUESTION_SET_VERSION);
    expect(body.practices.map((p) => p.id)).toEqual(
      expect.arrayContaining([...tree.practiceIds, tree.otherPcnPracticeId]),
    );
  });

  it('stores a self-referral before acknowledging it, triaged, audited, with a confirmation queued', async () => {
    const answers = makeAnswers(tree.practiceIds[0]);
    const res = await refer(person, answers);
    expect(res.statusCode).toBe(201);
    const receipt = res.json<{
      id: string;
      reference: string;
      urgency: string;
      advice: string[];
      confirmationSent: boolean;
    }>();
    expect(receipt.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(receipt).toMatchObject({ advice: [], confirmationSent: true });

    const stored = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      route: 'self',
      channel: 'online',
      status: 'received',
      practice_id: tree.practiceIds[0],
      complete: true,
    });
    expect(stored.urgency).toBe(receipt.urgency);
    expect(stored.triage_rule_version).toMatch(/^triage-/);
    expect((stored.answers as { goals: string }).goals).toBe(answers.goals);
    const events = await t.db
      .selectFrom('request_events')
      .select('action')
      .where('request_id', '=', receipt.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['received']);
    const outbox = await t.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('request_id', '=', receipt.id)
      .execute();
    expect(outbox).toEqual([
      expect.objectContaining({
        kind: 'request_received',
        channel: 'email',
        recipient: 'gwen@example.com',
        status: 'pending',
      }),
    ]);
    expect(JSON.stringify(outbox[0]?.payload)).not.toContain(answers.person.familyName);
    const audit = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_id', '=', receipt.id)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        actor_label: 'public',
        action: 'create',
        resource_type: 'request',
        outcome: 'allowed',
      }),
    ]);
  });

  it('never creates a second request for a retried submission, even ten at once', async () => {
    const key = randomUUID();
    const answers = makeAnswers(tree.practiceIds[0]);
    const first = await refer(person, answers, key);
    const again = await refer(person, answers, key);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);

    const burstKey = randomUUID();
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => refer(person, makeAnswers(tree.practiceIds[0]), burstKey)),
    );
    expect(burst.every((r) => r.statusCode === 200 || r.statusCode === 201)).toBe(true);
    expect(new Set(burst.map((r) => r.json<{ id: string }>().id)).size).toBe(1);
    const rows = await t.db
      .selectFrom('requests')
      .select('id')
      .where('idempotency_key', '=', burstKey)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('insists on an idempotency key', async () => {
    const res = await person.post('/api/referrals', {
      questionSetVersion: QUESTION_SET_VERSION,
      answers: makeAnswers(tree.practiceIds[0]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { fields: [{ path: 'idempotency-key', code: 'required' }] },
    });
  });

  it('says exactly what is wrong with each answer', async () => {
    const answers = makeAnswers(tree.practiceIds[0], {
      for: 'someone_else',
      person: {
        givenName: '',
        nhsNumber: '4865447041',
        postcode: 'NOT A POSTCODE',
        dateOfBirth: '1950-02-30',
      },
      contact: { email: '', phone: '12345', preferred: 'email' },
      areas: [],
      access: { interpreter: true, needs: [] },
    });
    const res = await refer(person, answers);
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string; code: string }[] } }>().error.fields;
    expect(Object.fromEntries(fields.map((f) => [f.path, f.code]))).toMatchObject({
      'answers.person.givenName': 'required',
      'answers.person.nhsNumber': 'invalid_nhs_number',
      'answers.person.postcode': 'invalid_postcode',
      'answers.person.dateOfBirth': 'invalid_date',
      'answers.contact.phone': 'invalid_phone',
      'answers.areas': 'too_short',
      'answers.access.language': 'required',
      'answers.personAgreed': 'agreement_required',
    });
    const emailPreferred = await refer(
      person,
      makeAnswers(tree.practiceIds[0], { contact: { email: '', preferred: 'email' } }),
    );
    expect(emailPreferred.json()).toMatchObject({
      error: { fields: [{ path: 'answers.contact.email', code: 'required_for_preferred' }] },
    });
    const textLandline = await refer(
      person,
      makeAnswers(tree.practiceIds[0], { contact: { phone: '01539 720000', preferred: 'text' } }),
    );
    expect(textLandline.json()).toMatchObject({
      error: { fields: [{ path: 'answers.contact.phone', code: 'mobile_required' }] },
    });
  });

  it('refuses a practice that is not a member practice', async () => {
    const res = await refer(person, makeAnswers(tree.pcnId));
    expect(res.json()).toMatchObject({
      error: { fields: [{ path: 'answers.practiceId', code: 'invalid_value' }] },
    });
    expect((await refer(person, makeAnswers(randomUUID()))).statusCode).toBe(400);
  });

  it('saves a crisis request the moment red flags are reported, and lets the person complete it', async () => {
    const a = makeAnswers(tree.practiceIds[1]);
    const urgent = await person.request({
      method: 'POST',
      url: '/api/referrals/urgent',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: {
          for: 'self',
          person: a.person,
          contact: a.contact,
          practiceId: a.practiceId,
          redFlags: ['self_harm_thoughts'],
        },
      },
    });
    expect(urgent.statusCode).toBe(201);
    const saved = urgent.json<{
      id: string;
      urgency: string;
      advice: string[];
      completionToken: string;
    }>();
    expect(saved.urgency).toBe('crisis');
    expect(saved.advice).toEqual(['mental_health_now', 'practice_today']);
    const row = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      urgency: 'crisis',
      complete: false,
      red_flags: ['self_harm_thoughts'],
      suggested_pathway: 'mental_health',
    });

    const wrong = await person.post(`/api/referrals/${saved.id}/complete`, {
      completionToken: 'x'.repeat(43),
      questionSetVersion: QUESTION_SET_VERSION,
      answers: a,
    });
    expect(wrong.statusCode).toBe(404);
    const done = await person.post(`/api/referrals/${saved.id}/complete`, {
      completionToken: saved.completionToken,
      questionSetVersion: QUESTION_SET_VERSION,
      answers: { ...a, redFlags: [] },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id: saved.id, urgency: 'crisis' });
    const completed = await t.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(completed).toMatchObject({
      complete: true,
      urgency: 'crisis',
      red_flags: ['self_harm_thoughts'],
    });
    expect((completed.answers as { goals: string }).goals).toBe(a.goals);
  });

  it('links a known NHS number to the same person, and flags a name-and-birthday match without merging', async () => {
    const first = makeAnswers(tree.practiceIds[0], { person: { nhsNumber: '9434765919' } });
    const r1 = (await refer(person, first)).json<{ id: string }>();
    const r2 = (
      await refer(
        person,
        makeAnswers(tree.practiceIds[0], {
          person: { ...first.person, nhsNumber: '943 476 5919', givenName: 'G.' },
        }),
      )
    ).json<{ id: string }>();
    const rows = await t.db
      .selectFrom('requests')
      .select(['person_id', 'possible_duplicate_ids'])
      .where('id', 'in', [r1.id, r2.id])
      .execute();
    expect(rows[0]?.person_id).toBe(rows[1]?.person_id);

    const noNhs = makeAnswers(tree.practiceIds[0], {
      person: {
        givenName: 'Gwendolyn',
        familyName: first.person.familyName,
        dateOfBirth: first.person.dateOfBirth,
      },
    });
    const r3 = (await refer(person, noNhs)).json<{ id: string }>();
    const row3 = await t.db
      .selectFrom('requests')
      .select(['person_id', 'possible_duplicate_ids'])
      .where('id', '=', r3.id)
      .executeTakeFirstOrThrow();
    expect(row3.person_id).not.toBe(rows[0]?.person_id);
    expect(row3.possible_duplicate_ids).toEqual([rows[0]?.person_id]);
  });

  it('limits each client address, with a clear message', async () => {
    const limited = await makeApp(t, { publicRateLimit: 3 });
    const client = new TestClient(limited, '10.9.9.9');
    await client.refreshSession();
    for (let i = 0; i < 3; i++) {
      const ok = await client.request({
        method: 'POST',
        url: '/api/referrals',
        payload: {
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(tree.practiceIds[0]),
        },
        headers: { 'idempotency-key': randomUUID() },
      });
      expect(ok.statusCode).toBe(201);
    }
    const res = await client.request({
      method: 'POST',
      url: '/api/referrals',
      payload: {
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0]),
      },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(
        /^Too many requests from this device\. Try again in \d+ minutes?\.$/,
      ) as unknown,
    });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await limited.close();
  });

  it('answers oversized and malformed submissions with a 4xx, never a 5xx', async () => {
    const huge = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      payload: JSON.stringify({ questionSetVersion: 'x', answers: { goals: 'x'.repeat(400_000) } }),
    });
    expect(huge.statusCode).toBe(413);
    const malformed = await person.request({
      method: 'POST',
      url: '/api/referrals',
      headers: { 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
      payload: '{"answers": [',
    });
    expect(malformed.statusCode).toBe(400);
    const wrongShape = await refer(person, {
      ...makeAnswers(tree.practiceIds[0]),
      areas: 'falls',
      redFlags: [42],
      impact: 9,
    });
    expect(wrongShape.statusCode).toBe(400);
  });
});
