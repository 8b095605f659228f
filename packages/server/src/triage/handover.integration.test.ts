/**
 * Issue 16 item 4 on both databases: a crisis request redirected to the person's GP reaches its
 * receiver (a handover in the practice's clinicians' view and a message through the outbox to the
 * practice, or to its clinicians when it has no address), is acknowledged once, and the OT sees
 * it acknowledged in the request's history; a GP learns the outcome of each of their referrals
 * (accepted, signposted, declined, redirected, discharged) in their view and by message.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoversView, Role } from '@everyday/core';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeEpisode } from '../testing/episodes.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())(
  'handovers and referral outcomes (issue 16 item 4) on $name',
  (engine) => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let tree: TestTree;
    const clock = new Date('2026-12-07T10:00:00Z');

    async function staff(roles: Role[], organisationIds: string[]) {
      const u = await makeUser(t.db, { roles, organisationIds });
      const client = new TestClient(app);
      await client.signIn(u.email, u.password);
      return { ...u, client };
    }

    async function refer(client: TestClient, practiceId: string, overrides = {}): Promise<string> {
      const res = await client.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          questionSetVersion: QUESTION_SET_VERSION,
          channel: 'clinician_referral',
          answers: makeAnswers(practiceId, {
            clinicalReason: 'Two falls since October; lives alone.',
            ...overrides,
          }),
        },
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    }

    const messagesOf = (requestId: string, kind: string) =>
      t.db
        .selectFrom('outbox_messages')
        .select(['recipient', 'channel', 'payload'])
        .where('request_id', '=', requestId)
        .where('kind', '=', kind)
        .orderBy('recipient')
        .execute();

    beforeAll(async () => {
      t = await engine.create();
      app = await makeApp(t, { publicRateLimit: 1000 }, () => clock);
      tree = await makeOrganisationTree(t.db);
    });
    afterAll(async () => {
      await app.close();
      await t.destroy();
    });

    it('issue 16 item 4: a crisis request redirected to the GP reaches the practice, is acknowledged once, and the OT sees it acknowledged', async () => {
      const practiceId = tree.practiceIds[0];
      const admin = await staff(['admin'], [tree.serviceId]);
      expect(
        (
          await admin.client.put(`/api/safety-settings/${practiceId}`, {
            safeguardingLeadUserId: null,
            acknowledgeWithinMinutes: 60,
            practiceEmail: 'reception@practice-one.test.example',
          })
        ).statusCode,
      ).toBe(200);
      const nav = await staff(['navigator'], [tree.pcnId]);
      const ot = await staff(['ot'], [tree.pcnId]);
      const gp = await staff(['clinician'], [practiceId]);
      const otherGp = await staff(['clinician'], [tree.practiceIds[1]]);

      const recorded = await nav.client.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          questionSetVersion: QUESTION_SET_VERSION,
          channel: 'phone',
          answers: makeAnswers(practiceId, { redFlags: ['self_harm_thoughts'] }),
        },
      });
      const id = recorded.json<{ id: string }>().id;
      const redirected = await ot.client.post(`/api/requests/${id}/actions`, {
        action: 'redirect',
        to: 'gp',
        reason: 'Thoughts of self-harm: GP to review today.',
      });
      expect(redirected.json()).toMatchObject({
        urgency: 'crisis',
        status: 'redirected',
        events: [
          { action: 'received' },
          { action: 'redirect' },
          { action: 'hand_over', details: { receiver: 'gp', sentTo: 'practice' } },
        ],
      });
      const reference = redirected.json<{ reference: string }>().reference;

      // A message through the outbox to the practice, naming only the reference and the practice.
      const sent = await messagesOf(id, 'handover');
      expect(sent).toEqual([
        {
          recipient: 'reception@practice-one.test.example',
          channel: 'email',
          payload: { reference, practice: expect.any(String) as unknown },
        },
      ]);

      // A task in the GP's view, with whom it is about; not in another practice's GP's view.
      const view = (await gp.client.get('/api/handovers')).json<HandoversView>();
      expect(view.handovers).toEqual([
        expect.objectContaining({
          requestId: id,
          reference,
          urgency: 'crisis',
          receiver: 'gp',
          acknowledgedAt: null,
          handedOverBy: expect.any(String) as unknown,
        }),
      ]);
      const handoverId = view.handovers[0]?.id ?? '';
      expect((await otherGp.client.get('/api/handovers')).json<HandoversView>().handovers).toEqual(
        [],
      );
      // The GP reads the request's answers at the clinical level.
      expect((await gp.client.get(`/api/requests/${id}`)).statusCode).toBe(200);

      // Only the receiving practice acknowledges, once, audited.
      expect(
        (await otherGp.client.post(`/api/handovers/${handoverId}/acknowledge`, {})).statusCode,
      ).toBe(403);
      const ack = await gp.client.post(`/api/handovers/${handoverId}/acknowledge`, {});
      expect(ack.statusCode).toBe(200);
      expect(ack.json()).toEqual({ requestId: id, reference });
      expect(
        (await gp.client.post(`/api/handovers/${handoverId}/acknowledge`, {})).statusCode,
      ).toBe(409);
      const audit = await t.db
        .selectFrom('audit_events')
        .select(['action', 'outcome', 'user_id'])
        .where('resource_type', '=', 'handover')
        .where('resource_id', '=', handoverId)
        .where('outcome', '=', 'allowed')
        .execute();
      expect(audit).toContainEqual({ action: 'create', outcome: 'allowed', user_id: gp.id });

      const after = (await gp.client.get('/api/handovers')).json<HandoversView>();
      expect(after.handovers[0]).toMatchObject({
        id: handoverId,
        acknowledgedAt: clock.toISOString(),
        acknowledgedBy: expect.any(String) as unknown,
      });
      // The OT who redirected it sees it acknowledged in the request's history.
      const detail = (await ot.client.get(`/api/requests/${id}`)).json<{
        events: { action: string; by: string | null }[];
      }>();
      expect(detail.events.at(-1)).toMatchObject({ action: 'acknowledge_handover' });
      expect(detail.events.at(-1)?.by).toBe(after.handovers[0]?.acknowledgedBy);
    });

    it('issue 16 item 4: with no practice address the handover message goes to each of its GPs', async () => {
      const practiceId = tree.practiceIds[1];
      const ot = await staff(['ot'], [tree.pcnId]);
      const gp = await staff(['clinician'], [practiceId]);
      const nav = await staff(['navigator'], [practiceId]);
      const recorded = await nav.client.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          questionSetVersion: QUESTION_SET_VERSION,
          channel: 'phone',
          answers: makeAnswers(practiceId, { redFlags: ['self_harm_thoughts'] }),
        },
      });
      const id = recorded.json<{ id: string }>().id;
      await ot.client.post(`/api/requests/${id}/actions`, {
        action: 'redirect',
        to: 'gp',
        reason: 'GP to review today.',
      });
      const recipients = (await messagesOf(id, 'handover')).map((m) => m.recipient);
      expect(recipients).toContain(gp.email);
      expect(recipients).not.toContain(nav.email);
    });

    it('issue 16 item 4: a GP learns the outcome of each of their referrals, in their view and by message', async () => {
      const practiceId = tree.practiceIds[0];
      const ot = await staff(['ot'], [tree.pcnId]);
      const gp = await staff(['clinician'], [practiceId]);
      const colleague = await staff(['clinician'], [practiceId]);
      const [a, s, d, r, w] = [
        await refer(gp.client, practiceId),
        await refer(gp.client, practiceId),
        await refer(gp.client, practiceId),
        await refer(gp.client, practiceId),
        await refer(gp.client, practiceId),
      ];
      const act = async (id: string, body: Record<string, unknown>) => {
        expect((await ot.client.post(`/api/requests/${id}/actions`, body)).statusCode).toBe(200);
      };
      await act(a, { action: 'accept', pathway: 'frailty_falls', tier: 'individualised' });
      await act(s, { action: 'signpost', offered: 'Age UK strength classes', sendToPerson: false });
      await act(d, { action: 'decline', reason: 'Not registered with a member practice' });
      await act(r, {
        action: 'redirect',
        to: 'other_team',
        team: 'Community physiotherapy',
        reason: 'Needs physiotherapy',
      });

      for (const [id, outcome] of [
        [a, 'accepted'],
        [s, 'signposted'],
        [d, 'declined'],
        [r, 'redirected'],
      ] as const) {
        const msgs = await messagesOf(id, 'referral_outcome');
        expect(msgs).toEqual([
          {
            recipient: gp.email,
            channel: 'email',
            payload: { reference: expect.any(String) as unknown, outcome },
          },
        ]);
      }
      expect(await messagesOf(w, 'referral_outcome')).toEqual([]);

      // The accepted referral's episode is later discharged: the view says so.
      const accepted = await t.db
        .selectFrom('requests')
        .select(['person_id', 'practice_id'])
        .where('id', '=', a)
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('episodes')
        .values({
          person_id: accepted.person_id,
          request_id: a,
          practice_id: accepted.practice_id,
          pathway: 'frailty_falls',
          tier: 'individualised',
          status: 'closed',
          closed_at: clock,
        })
        .execute();

      const view = (await gp.client.get('/api/handovers')).json<HandoversView>();
      const states = new Map(view.referrals.map((x) => [x.id, x.state]));
      expect(Object.fromEntries(states)).toEqual({
        [a]: 'discharged',
        [s]: 'signposted',
        [d]: 'declined',
        [r]: 'redirected',
        [w]: 'received',
      });
      // Referrals are the referrer's own: a colleague at the same practice sees none of them.
      expect(
        (await colleague.client.get('/api/handovers')).json<HandoversView>().referrals,
      ).toEqual([]);
    });

    it('issue 16 item 4: a GP is told by message when the episode of their referral is discharged', async () => {
      const practiceId = tree.practiceIds[0];
      const ot = await staff(['ot'], [tree.pcnId]);
      const gp = await staff(['clinician'], [practiceId]);
      const { episodeId, requestId } = await makeEpisode(t.db, {
        practiceId,
        pathway: 'frailty_falls',
        clinicalReason: 'Two falls since October.',
      });
      await t.db
        .updateTable('requests')
        .set({ route: 'clinician', channel: 'clinician_referral', submitted_by: gp.id })
        .where('id', '=', requestId)
        .execute();
      const done = await ot.client.post(`/api/episodes/${episodeId}/discharge`, {
        dischargedOn: '2026-12-07',
        reason: 'goals_met',
        reasonDetail: '',
        avoided: {
          gpAppointments: false,
          gpAppointmentsCount: null,
          secondaryCareReferral: false,
          medication: false,
        },
        workOutcome: null,
        adviceForGp: 'No action needed.',
        measuresNotRepeatedReason: 'She moved away before the last session.',
        sendPrem: false,
      });
      expect(done.statusCode, done.body).toBe(201);
      expect(await messagesOf(requestId, 'referral_outcome')).toEqual([
        {
          recipient: gp.email,
          channel: 'email',
          payload: { reference: expect.any(String) as unknown, outcome: 'discharged' },
        },
      ]);
      const view = (await gp.client.get('/api/handovers')).json<HandoversView>();
      expect(view.referrals).toEqual([
        expect.objectContaining({ id: requestId, state: 'discharged' }),
      ]);
    });
  },
);
