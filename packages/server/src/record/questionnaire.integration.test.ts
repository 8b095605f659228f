import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeEpisode } from '../testing/episodes.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-20T10:00:00Z');

const answers = {
  eq5d5l: {
    mobility: 2,
    selfCare: 1,
    usualActivities: 2,
    painDiscomfort: 3,
    anxietyDepression: 2,
    vas: 65,
  },
  phq9: { q1: 1, q2: 1, q3: 0, q4: 1, q5: 0, q6: 0, q7: 0, q8: 0, q9: 1 },
  gad7: { q1: 1, q2: 1, q3: 1, q4: 0, q5: 0, q6: 0, q7: 0 },
  work_ability: { workStatus: 'sick_leave_fit_note', workAbility: 4 },
  prem: { experience: 'very_good', why: 'Listened to me.' },
};

describe.each(testEngines())('questionnaires from a link on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let person: TestClient;

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    const u = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(u.email, u.password);
    person = new TestClient(app);
    await person.refreshSession();
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('lets the person answer in Welsh; answers are checked, scored and saved once', async () => {
    const { episodeId } = await makeEpisode(t.db, {
      practiceId: tree.practiceIds[0],
      pathway: 'work',
      givenName: 'Siân',
      dateOfBirth: '1980-03-01',
    });
    const made = await ot.post(`/api/episodes/${episodeId}/questionnaire-links`, {
      kinds: ['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'],
      language: 'cy',
      send: true,
    });
    expect(made.statusCode).toBe(201);
    const link = made.json<{ path: string; sent: boolean }>();
    expect(link.sent).toBe(true);
    const token = link.path.split('/').at(-1)!;
    // Only the hash is kept; the message carries the link.
    const stored = await t.db.selectFrom('questionnaire_links').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    const message = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'language', 'payload'])
      .where('kind', '=', 'questionnaire_link')
      .executeTakeFirstOrThrow();
    expect(message.language).toBe('cy');
    expect(JSON.stringify(message.payload)).toContain(link.path);

    const opened = await person.get(`/api/questionnaires/${token}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      language: 'cy',
      givenName: 'Siân',
      kinds: ['eq5d5l', 'phq9', 'gad7', 'work_ability', 'prem'],
    });

    const missing = await person.post(`/api/questionnaires/${token}`, {
      language: 'cy',
      answers: { ...answers, phq9: { ...answers.phq9, q9: undefined } },
    });
    expect(missing.statusCode).toBe(400);
    const fields = missing.json<{ error: { fields: { path: string; message: string }[] } }>().error
      .fields;
    expect(fields.map((f) => f.path)).toEqual(['answers.phq9.q9']);
    expect(fields[0]?.message).not.toBe('');

    const done = await person.post(`/api/questionnaires/${token}`, { language: 'cy', answers });
    expect(done.statusCode).toBe(201);
    const record = (await ot.get(`/api/episodes/${episodeId}/record`)).json<{
      entries: {
        kind: string;
        data: { kind: string; language: string };
        scores: Record<string, unknown>;
        createdBy: string;
      }[];
      summary: { riskFlagged: boolean; outcomes: { measure: string }[] };
    }>();
    const byKind = Object.fromEntries(record.entries.map((e) => [e.data.kind, e]));
    expect(Object.keys(byKind).sort()).toEqual(['eq5d5l', 'gad7', 'phq9', 'prem', 'work_ability']);
    expect(byKind.phq9).toMatchObject({
      createdBy: 'The person (questionnaire link)',
      data: { language: 'cy' },
      scores: {
        phq9: { total: 4, severity: 'none_minimal', item9RiskFlag: true },
        flags: ['phq9_item9'],
      },
    });
    // 21232 under the UK 2026 set: 1 − 0.032 − 0.049 − 0.066 − 0.041 = 0.812.
    expect(byKind.eq5d5l?.scores).toMatchObject({
      eq5d5l: { state: '21232', vas: 65, index: { value: 0.812, valueSet: 'UK_5L_2026' } },
    });
    expect(byKind.work_ability?.scores).toMatchObject({ workAbility: { score: 4, band: 'poor' } });
    expect(record.summary.riskFlagged).toBe(true);
    expect(record.summary.outcomes.map((o) => o.measure)).toEqual(
      expect.arrayContaining(['eq5d_index', 'phq9', 'gad7', 'work_ability']),
    );

    expect((await person.get(`/api/questionnaires/${token}`)).statusCode).toBe(410);
    expect(
      (await person.post(`/api/questionnaires/${token}`, { language: 'cy', answers })).statusCode,
    ).toBe(410);
  });

  it('stores the PREM a person answers after discharge, and the service can read it (issue 16 item 10)', async () => {
    const { episodeId } = await makeEpisode(t.db, {
      practiceId: tree.practiceIds[0],
      pathway: 'frailty_falls',
    });
    const link = (
      await ot.post(`/api/episodes/${episodeId}/questionnaire-links`, {
        kinds: ['prem'],
        language: 'en',
        send: false,
      })
    ).json<{ path: string }>();
    // Discharged before the person answers, as after every discharge (the PREM link is sent then).
    await t.db
      .updateTable('episodes')
      .set({ status: 'closed', closed_at: NOW })
      .where('id', '=', episodeId)
      .execute();
    const token = link.path.split('/').at(-1) ?? '';
    const sent = await person.post(`/api/questionnaires/${token}`, {
      language: 'en',
      answers: { prem: answers.prem },
    });
    expect(sent.statusCode).toBe(201);
    const record = (await ot.get(`/api/episodes/${episodeId}/record`)).json<{
      entries: { kind: string; data: { kind: string; answers: unknown } }[];
    }>();
    const stored = record.entries.filter((e) => e.kind === 'questionnaire').map((e) => e.data);
    expect(stored.map((d) => [d.kind, d.answers])).toEqual([['prem', answers.prem]]);
  });

  it('refuses unknown and expired links', async () => {
    expect((await person.get('/api/questionnaires/not-a-real-token-at-all')).statusCode).toBe(404);
    const { episodeId } = await makeEpisode(t.db, {
      practiceId: tree.practiceIds[0],
      pathway: 'memory',
    });
    const link = (
      await ot.post(`/api/episodes/${episodeId}/questionnaire-links`, {
        kinds: ['prem'],
        language: 'en',
        send: false,
      })
    ).json<{ path: string; sent: boolean }>();
    expect(link.sent).toBe(false);
    await t.db
      .updateTable('questionnaire_links')
      .set({ expires_at: new Date('2026-11-01T00:00:00Z') })
      .where('episode_id', '=', episodeId)
      .execute();
    expect(
      (await person.get(`/api/questionnaires/${link.path.split('/').at(-1)!}`)).statusCode,
    ).toBe(410);
  });
});
