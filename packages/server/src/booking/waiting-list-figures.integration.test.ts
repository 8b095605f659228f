/**
 * The waiting list as figures (issue 16 item 10): a lead, who may not see the people, sees how
 * many wait and for how long, for their own organisations only, under the small-number rule;
 * every view is audited. Both databases.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-12-07T10:00:00Z');

interface Row {
  pathway: string | null;
  tier: string | null;
  waiting: number | null;
  withinEighteenWeeks: number | null;
  withinEighteenWeeksShare: number | null;
  medianWeeks: number | null;
  longestWeeks: number | null;
}
interface Figures {
  rows: Row[];
  disclosure: { rule: string } | null;
  definitions: Record<string, string>;
}

describe.each(testEngines())('waiting list figures on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;

  const signedIn = async (roles: ('ot' | 'lead' | 'navigator')[], organisationIds: string[]) => {
    const u = await makeUser(t.db, { roles, organisationIds });
    const client = new TestClient(app);
    await client.signIn(u.email, u.password);
    return client;
  };
  const total = (body: Figures) => body.rows.find((r) => r.pathway === null);

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    ot = await signedIn(['ot'], [tree.pcnId]);
    // Nine people of the first practice and two of the second, accepted onto falls, waiting
    // 0, 1, ... weeks (first practice: 0–8 weeks, plus the longest at 20 weeks instead of 8).
    const waits = [0, 1, 2, 3, 4, 5, 6, 7, 20];
    const accept = async (practiceId: string, weeks: number) => {
      const r = await ot.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          channel: 'phone',
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(practiceId),
        },
      });
      const id = r.json<{ id: string }>().id;
      expect(
        (
          await ot.post(`/api/requests/${id}/actions`, {
            action: 'accept',
            pathway: 'frailty_falls',
            tier: 'individualised',
          })
        ).statusCode,
      ).toBe(200);
      await t.db
        .updateTable('requests')
        .set({ acted_at: new Date(NOW.getTime() - weeks * 7 * 86_400_000) })
        .where('id', '=', id)
        .execute();
    };
    for (const weeks of waits) await accept(tree.practiceIds[0], weeks);
    for (const weeks of [1, 2]) await accept(tree.practiceIds[1], weeks);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('gives the OT exact figures for every practice they cover', async () => {
    const body = (await ot.get('/api/waiting-list/figures')).json<Figures>();
    // Eleven waits: 0,1,1,2,2,3,4,5,6,7,20 weeks. Median 3, longest 20, 10 of 11 under 18 weeks.
    expect(total(body)).toEqual({
      pathway: null,
      tier: null,
      waiting: 11,
      withinEighteenWeeks: 10,
      withinEighteenWeeksShare: 0.909,
      medianWeeks: 3,
      longestWeeks: 20,
    });
    expect(body.disclosure).toBeNull();
    expect(body.definitions.withinEighteenWeeks).toContain('referral-to-treatment');
  });

  it("gives a practice lead that practice's figures under the small-number rule, and audits the view", async () => {
    const lead = await signedIn(['lead'], [tree.practiceIds[0]]);
    const response = await lead.get('/api/waiting-list/figures');
    expect(response.statusCode).toBe(200);
    const body = response.json<Figures>();
    // Nine waiting (rounded to 10), eight under 18 weeks (rounded to 10): share 10/10. The
    // median (4) and longest (20) are over nine people, so they are shown.
    expect(total(body)).toEqual({
      pathway: null,
      tier: null,
      waiting: 10,
      withinEighteenWeeks: 10,
      withinEighteenWeeksShare: 1,
      medianWeeks: 4,
      longestWeeks: 20,
    });
    expect(body.disclosure?.rule).toContain('NHS Digital');
    const audited = await t.db
      .selectFrom('audit_events')
      .select(['reason', 'outcome'])
      .where('resource_type', '=', 'request')
      .where('reason', 'like', 'aggregate waiting list figures%')
      .execute();
    expect(
      audited.some(
        (a) => a.outcome === 'allowed' && a.reason?.includes('small-number rule applied'),
      ),
    ).toBe(true);
  });

  it('suppresses a group of fewer than eight, its median and longest wait with it', async () => {
    const lead = await signedIn(['lead'], [tree.practiceIds[1]]);
    const body = (await lead.get('/api/waiting-list/figures')).json<Figures>();
    expect(total(body)).toEqual({
      pathway: null,
      tier: null,
      waiting: null,
      withinEighteenWeeks: null,
      withinEighteenWeeksShare: null,
      medianWeeks: null,
      longestWeeks: null,
    });
    const csv = (await lead.get('/api/waiting-list/figures?format=csv')).body;
    expect(csv.split('\n')[0]).toContain('NHS Digital');
    expect(csv).toContain('all,all,*,*,*,*,*');
  });

  it('shows a lead of another PCN none of these people, and refuses a navigator', async () => {
    const other = await signedIn(['lead'], [tree.otherPcnPracticeId]);
    const body = (await other.get('/api/waiting-list/figures')).json<Figures>();
    expect(body.rows).toEqual([
      expect.objectContaining({ pathway: null, waiting: 0, medianWeeks: null }),
    ]);
    const navigator = await signedIn(['navigator'], [tree.pcnId]);
    expect((await navigator.get('/api/waiting-list/figures')).statusCode).toBe(403);
  });
});
