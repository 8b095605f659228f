import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('HTTP surface on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await engine.create();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    app = await makeApp(t, {}, undefined, stream);
    tree = await makeOrganisationTree(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('reports health with the database kind and version', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: engine.name === 'pglite' ? 'embedded' : 'postgres',
      version: '0.0.0-test',
    });
  });

  it('publishes an OpenAPI 3 document generated from the route schemas', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<string, { schema: { properties: Record<string, unknown> } }>;
            };
          }
        >
      >;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/session',
        '/api/admin/users',
        '/api/people',
        '/api/people/{id}',
      ]),
    );
    const signIn =
      doc.paths['/api/session']?.post?.requestBody?.content['application/json']?.schema.properties;
    expect(Object.keys(signIn ?? {})).toEqual(['email', 'password']);
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });

  it('answers malformed, oversized and mistyped bodies with a 4xx, never a 5xx', async () => {
    const client = new TestClient(app);
    await client.refreshSession();
    const malformed = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { code: 'bad_request' } });
    const huge = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(300_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(413);
    const wrongType = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.statusCode).toBe(415);
    const plainText = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: 'email=a',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plainText.statusCode).toBe(400);
    const notObject = await client.request({
      method: 'POST',
      url: '/api/session',
      payload: '[1,2]',
      headers: { 'content-type': 'application/json' },
    });
    expect(notObject.statusCode).toBe(400);
    const unknownField = await client.post('/api/session', {
      email: 'a@b.example',
      password: 'x',
      admin: true,
    });
    expect(unknownField.json()).toMatchObject({
      error: { fields: [{ path: 'admin', code: 'unknown_field' }] },
    });
    const badId = await client.get('/api/people/not-a-uuid');
    expect(badId.statusCode).toBe(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('writes structured logs with no patient identifiers, credentials or cookies in them', async () => {
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    const client = new TestClient(app);
    await client.signIn(user.email, user.password);
    const created = await client.post('/api/people', {
      givenName: 'Zebedee',
      familyName: 'Quixotic',
      dateOfBirth: '1939-09-01',
      nhsNumber: '6328797966',
      practiceId: tree.practiceIds[0],
    });
    const id = created.json<{ id: string }>().id;
    await client.get(`/api/people/${id}`);
    await client.get(`/api/people/${id}?nhs=6328797966`);
    const text = logs.join('');
    expect(text).toContain('"route":"/api/people/:id"');
    for (const secret of [
      '6328797966',
      'Zebedee',
      'Quixotic',
      '1939-09-01',
      user.password,
      client.cookie('everyday_session') ?? 'x',
      id,
    ]) {
      expect(text).not.toContain(secret);
    }
    for (const line of text.trim().split('\n'))
      expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});
