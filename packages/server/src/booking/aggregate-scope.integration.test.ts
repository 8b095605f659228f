/**
 * Capacity and GP appointment data are aggregates of patient data: each caller sees only the
 * organisations they cover, every view and export is audited, and a caller who may not see the
 * records (a lead) gets counts under the small-number rule (issue 10, item 3).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-02T08:00:00Z');

interface CapacityBody {
  weeks: {
    weekStarting: string;
    offered: number;
    booked: number | null;
    attended: number | null;
  }[];
  disclosure: { rule: string } | null;
  definitions: { offered: string; source: string };
}

describe.each(testEngines())('aggregate reads scoped and audited on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let practiceLead: TestClient;
  let otherLead: TestClient;
  let practiceLeadId: string;

  const signedIn = async (roles: ('ot' | 'lead')[], organisationIds: string[]) => {
    const u = await makeUser(t.db, { roles, organisationIds });
    const client = new TestClient(app);
    await client.signIn(u.email, u.password);
    return { client, id: u.id };
  };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => NOW);
    tree = await makeOrganisationTree(t.db);
    for (const [id, ods] of [
      [tree.practiceIds[0], 'A82025'],
      [tree.practiceIds[1], 'A82026'],
    ] as const) {
      await t.db.updateTable('organisations').set({ ods_code: ods }).where('id', '=', id).execute();
    }
    ot = (await signedIn(['ot'], [tree.pcnId])).client;
    const lead = await signedIn(['lead'], [tree.practiceIds[0]]);
    practiceLead = lead.client;
    practiceLeadId = lead.id;
    otherLead = (await signedIn(['lead'], [tree.otherPcnPracticeId])).client;

    // One PCN clinic of four places on Monday 2 November; two people of the first practice and one
    // of the second are booked.
    const siteId = (
      await ot.post('/api/sites', { name: 'Kendal', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
    await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Monday clinic',
      weekdays: [1],
      startTime: '09:00',
      endTime: '11:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
    });
    const slots = await t.db
      .selectFrom('slots')
      .select('id')
      .where('starts_at', '<', new Date('2026-11-03T00:00:00Z'))
      .orderBy('starts_at')
      .execute();
    const practices = [tree.practiceIds[0], tree.practiceIds[0], tree.practiceIds[1]];
    for (const [i, practiceId] of practices.entries()) {
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
      await ot.post(`/api/requests/${id}/actions`, {
        action: 'accept',
        pathway: 'frailty_falls',
        tier: 'individualised',
      });
      const booked = await ot.post('/api/appointments', { slotId: slots[i]?.id, requestId: id });
      expect(booked.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('gives the OT covering the PCN every practice’s exact counts', async () => {
    const body = (await ot.get('/api/capacity?from=2026-11-02&weeks=1')).json<CapacityBody>();
    expect(body.weeks).toEqual([
      expect.objectContaining({ weekStarting: '2026-11-02', offered: 4, booked: 3 }),
    ]);
    expect(body.disclosure).toBeNull();
    expect(body.definitions.offered).toContain('serve your organisations');
  });

  it('gives a practice lead only that practice’s bookings, under the small-number rule', async () => {
    const body = (
      await practiceLead.get('/api/capacity?from=2026-11-02&weeks=1')
    ).json<CapacityBody>();
    // The PCN's clinic serves the practice, so its four places are offered; the practice's two
    // bookings are a count of 1 to 7, suppressed for a lead (NHS Digital's rule).
    expect(body.weeks).toEqual([
      expect.objectContaining({
        weekStarting: '2026-11-02',
        offered: 4,
        booked: null,
        attended: 0,
      }),
    ]);
    expect(body.disclosure?.rule).toContain('NHS Digital');
  });

  it('gives a lead of another PCN nothing of this PCN', async () => {
    const body = (
      await otherLead.get('/api/capacity?from=2026-11-02&weeks=1')
    ).json<CapacityBody>();
    expect(body.weeks).toEqual([]);
    const csv = await otherLead.get('/api/appointments/gpad.csv?from=2026-11-02&to=2026-11-02');
    expect(csv.body.trim().split(/\r?\n/)).toHaveLength(1);
  });

  it('exports a practice lead only that practice’s GP appointment data, and audits the export', async () => {
    const res = await practiceLead.get('/api/appointments/gpad.csv?from=2026-11-02&to=2026-11-02');
    expect(res.statusCode).toBe(200);
    const rows = res.body.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.split(',')[1] === 'A82025')).toBe(true);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'resource_type', 'outcome', 'reason'])
      .where('user_id', '=', practiceLeadId)
      .where('resource_type', '=', 'appointment')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'read',
        resource_type: 'appointment',
        outcome: 'allowed',
        reason: 'aggregate capacity: 1 rows, small-number rule applied',
      },
      {
        action: 'read',
        resource_type: 'appointment',
        outcome: 'allowed',
        reason: 'aggregate GP appointment data export: 2 rows',
      },
    ]);
  });

  it('keeps the OT’s export to the organisations they cover', async () => {
    const res = await ot.get('/api/appointments/gpad.csv?from=2026-11-02&to=2026-11-02');
    const odsCodes = res.body
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((row) => row.split(',')[1]);
    expect(odsCodes.sort()).toEqual(['A82025', 'A82025', 'A82026']);
  });
});
