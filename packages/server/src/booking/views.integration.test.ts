import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())(
  'diary, caseload, capacity and GP appointment data on $name',
  (engine) => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let tree: TestTree;
    let ot: TestClient;
    let appointmentIds: string[];
    let now = NOW;

    beforeAll(async () => {
      t = await engine.create();
      app = await makeApp(
        t,
        { publicRateLimit: 100000, sessionIdleMinutes: 24 * 60 },
        () => now,
      );
      tree = await makeOrganisationTree(t.db);
      await t.db
        .updateTable('organisations')
        .set({ ods_code: 'A82025' })
        .where('id', '=', tree.practiceIds[0])
        .execute();
      const u = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
      ot = new TestClient(app);
      await ot.signIn(u.email, u.password);
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
      appointmentIds = [];
      for (const slot of slots.slice(0, 3)) {
        const r = await ot.request({
          method: 'POST',
          url: '/api/requests/staff',
          headers: { 'idempotency-key': randomUUID() },
          payload: {
            channel: 'phone',
            questionSetVersion: QUESTION_SET_VERSION,
            answers: makeAnswers(tree.practiceIds[0]),
          },
        });
        const id = r.json<{ id: string }>().id;
        await ot.post(`/api/requests/${id}/actions`, {
          action: 'accept',
          pathway: 'frailty_falls',
          tier: 'individualised',
        });
        appointmentIds.push(
          (await ot.post('/api/appointments', { slotId: slot.id, requestId: id })).json<{
            appointment: { id: string };
          }>().appointment.id,
        );
      }
      // Outcomes are recorded once the clinic has happened (issue 16 item 5): 11:30 that Monday.
      now = new Date('2026-11-02T11:30:00Z');
      await ot.post(`/api/appointments/${appointmentIds[0]!}/changes`, { kind: 'attended' });
      await ot.post(`/api/appointments/${appointmentIds[1]!}/changes`, {
        kind: 'did_not_attend',
        reason: 'No answer',
      });
      now = NOW;
    });
    afterAll(async () => {
      await app.close();
      await t.destroy();
    });

    it('shows the OT’s diary with who is booked', async () => {
      const res = await ot.get('/api/diary?from=2026-11-02&days=1');
      expect(res.statusCode).toBe(200);
      const slots = res.json<{
        slots: { startsAt: string; appointments: { status: string; name: string }[] }[];
      }>().slots;
      expect(slots).toHaveLength(4);
      expect(slots.map((s) => s.appointments.map((a) => a.status))).toEqual([
        ['attended'],
        ['did_not_attend'],
        ['booked'],
        [],
      ]);
    });

    it('shows the caseload with contacts this week against the target of 32', async () => {
      const res = await ot.get('/api/caseload');
      expect(res.json()).toMatchObject({ contactsThisWeek: 2, target: 32 });
      expect(res.json<{ episodes: unknown[] }>().episodes).toHaveLength(3);
    });

    it('counts capacity per week: offered, booked, unused and the did-not-attend rate', async () => {
      const res = await ot.get('/api/capacity?from=2026-11-02&weeks=2');
      const weeks = res.json<{
        weeks: {
          weekStarting: string;
          offered: number;
          booked: number;
          unused: number;
          didNotAttendRate: number | null;
        }[];
      }>().weeks;
      expect(weeks[0]).toEqual({
        weekStarting: '2026-11-02',
        offered: 4,
        booked: 3,
        unused: 1,
        attended: 1,
        didNotAttend: 1,
        didNotAttendRate: 0.5,
      });
      expect(weeks[1]).toMatchObject({ weekStarting: '2026-11-09', offered: 4, booked: 0 });
    });

    it('exports the appointments as GP appointment data', async () => {
      const res = await ot.get('/api/appointments/gpad.csv?from=2026-11-02&to=2026-11-02');
      expect(res.headers['content-type']).toContain('text/csv');
      const lines = res.body.trim().split(/\r?\n/);
      expect(lines[0]).toBe(
        'appointment_date,practice_ods_code,national_category,service_setting,context_type,hcp_type,appointment_mode,appointment_status,days_between_booking_and_appointment',
      );
      expect(lines.slice(1)).toEqual([
        '2026-11-02,A82025,General Consultation Routine,Primary Care Network,Care Related Encounter,Other Practice staff,Face-to-Face,Attended,0',
        '2026-11-02,A82025,General Consultation Routine,Primary Care Network,Care Related Encounter,Other Practice staff,Face-to-Face,DNA,0',
        '2026-11-02,A82025,General Consultation Routine,Primary Care Network,Care Related Encounter,Other Practice staff,Face-to-Face,Unknown,0',
      ]);
    });
  },
);
