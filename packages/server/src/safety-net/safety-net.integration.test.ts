/**
 * The safety net end to end on both databases (issue 9, items 2, 5 and 6): free-text crisis
 * through every entry route; safeguarding routed to the lead; clearing and raising flags;
 * acknowledgement; the escalation job on an injected clock; the banner's scope; the crisis log.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@everyday/core';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeEpisode } from '../testing/episodes.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { escalateOverdue } from './escalate-overdue.js';

const CRISIS_TEXT = 'I want to end my life';
const ABUSE_TEXT = 'My partner hits me and I am scared to go home';

interface Receipt {
  id: string;
  reference: string;
  urgency: string;
  advice: string[];
  safeguarding: boolean;
  screen: { rule: string; words: string; field: string }[];
}

describe.each(testEngines())('the safety net on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  // Monday 7 December 2026, 10:00 London (GMT).
  let clock = new Date('2026-12-07T10:00:00Z');
  let ip = 0;

  async function staff(
    roles: Role[],
    organisationIds: string[],
  ): Promise<{ client: TestClient; id: string; email: string }> {
    const u = await makeUser(t.db, { roles, organisationIds });
    const client = new TestClient(app, `10.9.0.${++ip}`);
    await client.signIn(u.email, u.password);
    return { client, id: u.id, email: u.email };
  }

  async function selfRefer(answers: unknown): Promise<Receipt> {
    const person = new TestClient(app, `10.8.0.${++ip}`);
    await person.refreshSession();
    const res = await person.request({
      method: 'POST',
      url: '/api/referrals',
      payload: { questionSetVersion: QUESTION_SET_VERSION, answers },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(res.statusCode).toBe(201);
    return res.json<Receipt>();
  }

  function staffRecord(client: TestClient, channel: string, answers: unknown) {
    return client.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: { questionSetVersion: QUESTION_SET_VERSION, channel, answers },
    });
  }

  async function requestRow(id: string) {
    return t.db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  async function events(id: string) {
    return t.db
      .selectFrom('request_events')
      .select(['action', 'details', 'user_id'])
      .where('request_id', '=', id)
      .orderBy('id')
      .execute();
  }

  async function audits(resourceType: string, resourceId: string) {
    return t.db
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'user_id', 'reason'])
      .where('resource_type', '=', resourceType)
      .where('resource_id', '=', resourceId)
      .execute();
  }

  function wordsOf(matches: unknown): string[] {
    return (matches as { words: string }[]).map((m) => m.words);
  }

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100_000 }, () => clock);
    tree = await makeOrganisationTree(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('makes free text about ending a life a crisis request, with the words stored, through every entry route', async () => {
    const practiceId = tree.practiceIds[0];
    const self = await selfRefer(makeAnswers(practiceId, { difficulties: CRISIS_TEXT }));
    expect(self).toMatchObject({ urgency: 'crisis', safeguarding: false });
    expect(self.advice).toContain('practice_today');
    expect(self.screen.map((s) => s.words)).toEqual(['end my life']);

    const nav = await staff(['navigator'], [practiceId]);
    const byPhone = await staffRecord(
      nav.client,
      'phone',
      makeAnswers(practiceId, { goals: CRISIS_TEXT }),
    );
    expect(byPhone.statusCode).toBe(201);

    const clinician = await staff(['clinician'], [practiceId]);
    const referral = await staffRecord(
      clinician.client,
      'clinician_referral',
      makeAnswers(practiceId, { clinicalReason: `She told me: "${CRISIS_TEXT}".` }),
    );
    expect(referral.statusCode).toBe(201);

    const admin = await staff(['admin'], [tree.serviceId]);
    const key = (
      await admin.client.post('/api/admin/api-keys', {
        name: 'eConsult',
        organisationId: practiceId,
      })
    ).json<{ key: string }>().key;
    const system = await app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
      payload: {
        source: { system: 'eConsult', externalId: 'ec-1' },
        answers: makeAnswers(practiceId, { difficulties: CRISIS_TEXT }),
      },
    });
    expect(system.statusCode).toBe(201);

    const ids = [
      self.id,
      byPhone.json<Receipt>().id,
      referral.json<Receipt>().id,
      system.json<Receipt>().id,
    ];
    for (const id of ids) {
      const row = await requestRow(id);
      expect(row.urgency).toBe('crisis');
      expect(row.red_flags).toContain('self_harm_thoughts');
      expect(wordsOf(row.screen_matches)).toEqual(['end my life']);
      expect(row.screen_version).toMatch(/^safety-screen-/);
    }
    expect((await requestRow(ids[2] ?? '')).route).toBe('clinician');
    expect((await requestRow(ids[3] ?? '')).route).toBe('system');
  });

  it('routes a safeguarding concern to the lead set for the PCN; staff may raise one themselves', async () => {
    const lead = await staff(['lead'], [tree.pcnId]);
    const admin = await staff(['admin'], [tree.serviceId]);
    const set = await admin.client.put(`/api/safety-settings/${tree.pcnId}`, {
      safeguardingLeadUserId: lead.id,
      acknowledgeWithinMinutes: 60,
      practiceEmail: 'pcn-duty@test.example',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ configured: true, safeguardingLeadUserId: lead.id });
    expect((await audits('safety_settings', tree.pcnId)).length).toBe(1);
    // A lead must work there: one from another PCN is refused on the field.
    const elsewhere = await staff(['lead'], [tree.otherPcnPracticeId]);
    const wrong = await admin.client.put(`/api/safety-settings/${tree.pcnId}`, {
      safeguardingLeadUserId: elsewhere.id,
      acknowledgeWithinMinutes: 60,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'safeguardingLeadUserId',
    );
    const tooSoon = await admin.client.put(`/api/safety-settings/${tree.pcnId}`, {
      safeguardingLeadUserId: null,
      acknowledgeWithinMinutes: 2,
    });
    expect(tooSoon.statusCode).toBe(400);
    const navigatorTries = await staff(['navigator'], [tree.pcnId]);
    expect((await navigatorTries.client.get('/api/safety-settings')).statusCode).toBe(403);

    const receipt = await selfRefer(makeAnswers(tree.practiceIds[1], { difficulties: ABUSE_TEXT }));
    expect(receipt.safeguarding).toBe(true);
    expect(receipt.advice).toContain('safeguarding_now');
    const row = await requestRow(receipt.id);
    expect(row).toMatchObject({ safeguarding: true, safeguarding_lead_id: lead.id });

    // A navigator raises a concern on an ordinary request: marked, routed, audited, in history.
    const plain = await selfRefer(makeAnswers(tree.practiceIds[0]));
    expect((await requestRow(plain.id)).safeguarding).toBe(false);
    const marked = await navigatorTries.client.post(`/api/requests/${plain.id}/mark-safeguarding`, {
      reason: 'Her carer shouted at her on the phone.',
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({ safeguarding: true, safeguardingLead: { id: lead.id } });
    expect(await requestRow(plain.id)).toMatchObject({
      safeguarding: true,
      safeguarding_lead_id: lead.id,
    });
    expect((await events(plain.id)).at(-1)).toMatchObject({
      action: 'mark_safeguarding',
      details: { reason: 'Her carer shouted at her on the phone.', leadId: lead.id },
    });
    expect(await audits('safeguarding_concern', plain.id)).toEqual([
      expect.objectContaining({ action: 'create', outcome: 'allowed' }),
    ]);
    const empty = await navigatorTries.client.post(`/api/requests/${plain.id}/mark-safeguarding`, {
      reason: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'reason',
    );
  });

  it("lets an OT clear the screen's red flag with a reason (never a ticked one) and re-triages", async () => {
    const ot = await staff(['ot'], [tree.pcnId]);
    const receipt = await selfRefer(
      makeAnswers(tree.practiceIds[0], {
        difficulties: `My dad says "${CRISIS_TEXT}" about his old job, he is joking.`,
      }),
    );
    expect(receipt.urgency).toBe('crisis');
    const short = await ot.client.post(`/api/requests/${receipt.id}/clear-flag`, {
      flag: 'screen',
      reason: 'joke',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'reason',
    );
    const nav = await staff(['navigator'], [tree.pcnId]);
    expect(
      (
        await nav.client.post(`/api/requests/${receipt.id}/clear-flag`, {
          flag: 'screen',
          reason: 'Spoke to him, it was a figure of speech.',
        })
      ).statusCode,
    ).toBe(403);

    const cleared = await ot.client.post(`/api/requests/${receipt.id}/clear-flag`, {
      flag: 'screen',
      reason: 'Called him back: a figure of speech about work, no risk.',
    });
    expect(cleared.statusCode).toBe(200);
    const detail = cleared.json<{
      urgency: string;
      flagsCleared: { flag: string; reason: string }[];
    }>();
    expect(detail.urgency).not.toBe('crisis');
    expect(detail.flagsCleared).toEqual([
      expect.objectContaining({
        flag: 'screen',
        reason: 'Called him back: a figure of speech about work, no risk.',
      }),
    ]);
    const row = await requestRow(receipt.id);
    expect(row.red_flags).toEqual([]);
    // What the screen found is kept, as data.
    expect(wordsOf(row.screen_matches)).toEqual(['end my life']);
    expect((await events(receipt.id)).at(-1)).toMatchObject({
      action: 'clear_flag',
      details: { flag: 'screen', redFlagsRemoved: ['self_harm_thoughts'] },
    });
    expect(await audits('request', receipt.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'update', outcome: 'allowed' })]),
    );

    // A ticked red flag stays, whatever the screen found too.
    const ticked = await selfRefer(
      makeAnswers(tree.practiceIds[0], {
        redFlags: ['self_harm_thoughts'],
        difficulties: CRISIS_TEXT,
      }),
    );
    const refused = await ot.client.post(`/api/requests/${ticked.id}/clear-flag`, {
      flag: 'screen',
      reason: 'Trying to clear a ticked red flag.',
    });
    expect(refused.statusCode).toBe(400);
    expect(await requestRow(ticked.id)).toMatchObject({
      urgency: 'crisis',
      red_flags: ['self_harm_thoughts'],
    });
  });

  it('records an acknowledgement once, audited, with field errors; only on crisis or safeguarding requests', async () => {
    const clinician = await staff(['clinician'], [tree.practiceIds[0]]);
    const receipt = await selfRefer(
      makeAnswers(tree.practiceIds[0], { difficulties: CRISIS_TEXT }),
    );
    const path = `/api/requests/${receipt.id}/acknowledge`;
    const noNextSteps = await clinician.client.post(path, {
      outcome: 'could_not_reach',
      note: 'Rang twice, no answer.',
    });
    expect(noNextSteps.statusCode).toBe(400);
    expect(
      noNextSteps.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toEqual(['nextSteps']);
    const bad = await clinician.client.post(path, { outcome: 'went_home', note: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'outcome',
    );

    const done = await clinician.client.post(path, {
      outcome: 'handed_crisis_team',
      note: 'Spoke to her; the crisis team will visit today.',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      reference: receipt.reference,
      acknowledgement: { outcome: 'handed_crisis_team', by: { id: clinician.id } },
    });
    const again = await clinician.client.post(path, {
      outcome: 'called_back_safe',
      note: 'Second try.',
    });
    expect(again.statusCode).toBe(409);
    // The request page shows what was done, by whom and when.
    const detail = await clinician.client.get(`/api/requests/${receipt.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ acknowledgement: unknown }>().acknowledgement).toEqual({
      outcome: 'handed_crisis_team',
      note: 'Spoke to her; the crisis team will visit today.',
      nextSteps: null,
      at: clock.toISOString(),
      by: { id: clinician.id, name: expect.any(String) as string },
    });
    const row = await requestRow(receipt.id);
    expect(row.acknowledged_by).toBe(clinician.id);
    expect(row.acknowledged_at?.toISOString()).toBe(clock.toISOString());
    expect((await events(receipt.id)).at(-1)).toMatchObject({
      action: 'acknowledge',
      user_id: clinician.id,
      details: { outcome: 'handed_crisis_team' },
    });
    // One audit event: the acknowledgement (a refused body never reaches the record).
    expect(await audits('request_acknowledgement', receipt.id)).toEqual([
      expect.objectContaining({ action: 'create', outcome: 'allowed', user_id: clinician.id }),
    ]);

    const routine = await selfRefer(makeAnswers(tree.practiceIds[0]));
    expect(
      (
        await clinician.client.post(`/api/requests/${routine.id}/acknowledge`, {
          outcome: 'called_back_safe',
          note: 'Fine.',
        })
      ).statusCode,
    ).toBe(400);
    const navigator = await staff(['navigator'], [tree.practiceIds[0]]);
    expect(
      (await navigator.client.post(path, { outcome: 'called_back_safe', note: 'x' })).statusCode,
    ).toBe(403);
  });

  it('escalates an unacknowledged crisis request once, at the working-minute due time, to the duty clinician and the practice', async () => {
    const own = await makeOrganisationTree(t.db);
    const practiceId = own.practiceIds[0];
    const admin = await staff(['admin'], [own.serviceId]);
    expect(
      (
        await admin.client.put(`/api/safety-settings/${practiceId}`, {
          safeguardingLeadUserId: null,
          acknowledgeWithinMinutes: 30,
          practiceEmail: 'reception@practice.test.example',
        })
      ).statusCode,
    ).toBe(200);
    const duty = await staff(['clinician'], [practiceId]);
    const lead = await staff(['lead'], [own.pcnId]);
    const rota = await lead.client.put('/api/duty-rota', {
      practiceId,
      date: '2026-12-07',
      userId: duty.id,
    });
    expect(rota.statusCode).toBe(200);
    expect(rota.json()).toMatchObject({ userId: duty.id });
    // Someone who does not work at the practice cannot be on its duty.
    const outsider = await staff(['clinician'], [own.otherPcnPracticeId]);
    const refused = await lead.client.put('/api/duty-rota', {
      practiceId,
      date: '2026-12-08',
      userId: outsider.id,
    });
    expect(refused.statusCode).toBe(400);
    const listed = await lead.client.get('/api/duty-rota?from=2026-12-07&to=2026-12-13');
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ entries: { userId: string; date: string }[] }>().entries).toEqual([
      expect.objectContaining({ practiceId, date: '2026-12-07', userId: duty.id }),
    ]);

    clock = new Date('2026-12-07T10:00:00Z');
    const receipt = await selfRefer(makeAnswers(practiceId, { difficulties: CRISIS_TEXT }));
    const escalatedIds = async (at: string) =>
      (await escalateOverdue(t.db, new Date(at))).map((e) => e.requestId);
    const messages = () =>
      t.db
        .selectFrom('outbox_messages')
        .select(['recipient', 'payload', 'kind'])
        .where('request_id', '=', receipt.id)
        .where('kind', '=', 'crisis_escalation')
        .orderBy('recipient')
        .execute();

    expect(await escalatedIds('2026-12-07T10:29:59Z')).not.toContain(receipt.id);
    expect(await messages()).toEqual([]);
    const at = await escalateOverdue(t.db, new Date('2026-12-07T10:30:00Z'));
    expect(at.filter((e) => e.requestId === receipt.id)).toEqual([
      {
        requestId: receipt.id,
        reference: receipt.reference,
        dueAt: '2026-12-07T10:30:00.000Z',
        sentTo: ['duty_clinician', 'practice'],
      },
    ]);
    const sent = await messages();
    expect(sent.map((m) => m.recipient).sort()).toEqual(
      [duty.email, 'reception@practice.test.example'].sort(),
    );
    // The reference and times only: nothing about the person.
    const text = JSON.stringify(sent.map((m) => m.payload));
    expect(text).toContain(receipt.reference);
    const row = await requestRow(receipt.id);
    expect(text).not.toContain(
      (row.answers as { person: { familyName: string } }).person.familyName,
    );
    expect(row.escalated_at?.toISOString()).toBe('2026-12-07T10:30:00.000Z');
    expect((await events(receipt.id)).at(-1)).toMatchObject({ action: 'escalate' });
    // Once only.
    expect(await escalatedIds('2026-12-07T12:00:00Z')).not.toContain(receipt.id);
    expect(await messages()).toHaveLength(2);
    // The banner shows it overdue and escalated.
    const banner = (await duty.client.get('/api/crisis/unacknowledged')).json<{
      items: { id: string; overdue: boolean; escalatedAt: string | null }[];
    }>();
    expect(banner.items.find((i) => i.id === receipt.id)).toMatchObject({
      escalatedAt: '2026-12-07T10:30:00.000Z',
    });
  });

  it('counts no weekend, evening or bank-holiday minutes before escalating', async () => {
    const own = await makeOrganisationTree(t.db);
    const practiceId = own.practiceIds[0];
    // Friday 4 December, 18:00: 30 working minutes that evening, the rest on Monday.
    clock = new Date('2026-12-04T18:00:00Z');
    const friday = await selfRefer(makeAnswers(practiceId, { difficulties: CRISIS_TEXT }));
    // Thursday 24 December, 18:00: Christmas Day, the weekend and the Boxing Day holiday (Monday
    // 28 December) do not count.
    clock = new Date('2026-12-24T18:00:00Z');
    const christmas = await selfRefer(makeAnswers(practiceId, { difficulties: CRISIS_TEXT }));
    const escalated = async (at: string) =>
      (await escalateOverdue(t.db, new Date(at))).map((e) => e.requestId);
    expect(await escalated('2026-12-05T12:00:00Z')).not.toContain(friday.id);
    expect(await escalated('2026-12-07T08:29:00Z')).not.toContain(friday.id);
    // No rota and no practice email here: the service's safeguarding lead is told instead.
    const lead = await staff(['lead'], [own.serviceId]);
    const admin = await staff(['admin'], [own.serviceId]);
    await admin.client.put(`/api/safety-settings/${own.serviceId}`, {
      safeguardingLeadUserId: lead.id,
      acknowledgeWithinMinutes: 60,
    });
    const monday = await escalateOverdue(t.db, new Date('2026-12-07T08:30:00Z'));
    expect(monday.find((e) => e.requestId === friday.id)?.sentTo).toEqual(['safeguarding_lead']);
    expect(
      await t.db
        .selectFrom('outbox_messages')
        .select('recipient')
        .where('request_id', '=', friday.id)
        .where('kind', '=', 'crisis_escalation')
        .execute(),
    ).toEqual([{ recipient: lead.email }]);
    expect(await escalated('2026-12-28T17:00:00Z')).not.toContain(christmas.id);
    expect(await escalated('2026-12-29T08:29:00Z')).not.toContain(christmas.id);
    expect(await escalated('2026-12-29T08:30:00Z')).toContain(christmas.id);
    clock = new Date('2026-12-07T10:00:00Z');
  });

  it("counts unacknowledged requests in the caller's organisations only, and lists them for leads in the crisis log (CSV guarded)", async () => {
    const own = await makeOrganisationTree(t.db);
    clock = new Date('2026-12-08T09:00:00Z');
    await t.db
      .updateTable('organisations')
      .set({ name: '=HYPERLINK("http://evil.example")' })
      .where('id', '=', own.practiceIds[1])
      .execute();
    const a = await selfRefer(makeAnswers(own.practiceIds[0], { difficulties: CRISIS_TEXT }));
    await selfRefer(makeAnswers(own.practiceIds[1], { difficulties: ABUSE_TEXT }));
    await selfRefer(makeAnswers(own.otherPcnPracticeId, { difficulties: CRISIS_TEXT }));
    await selfRefer(makeAnswers(own.practiceIds[0])); // routine: not counted

    const pcnOt = await staff(['ot'], [own.pcnId]);
    const practiceNav = await staff(['navigator'], [own.practiceIds[0]]);
    const otherOt = await staff(['ot'], [own.otherPcnPracticeId]);
    const count = async (c: TestClient) =>
      (await c.get('/api/crisis/unacknowledged')).json<{
        count: number;
        items: { id: string }[];
      }>();
    expect((await count(pcnOt.client)).count).toBe(2);
    expect((await count(practiceNav.client)).count).toBe(1);
    expect((await count(otherOt.client)).count).toBe(1);
    expect((await count(practiceNav.client)).items.map((i) => i.id)).toEqual([a.id]);
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('reason')
        .where('user_id', '=', practiceNav.id)
        .where('reason', 'like', 'aggregate unacknowledged%')
        .execute(),
    ).toHaveLength(2);

    clock = new Date('2026-12-08T09:40:00Z');
    const clinician = await staff(['clinician'], [own.pcnId]);
    expect(
      (
        await clinician.client.post(`/api/requests/${a.id}/acknowledge`, {
          outcome: 'called_back_safe',
          note: 'Spoke to him; safe, GP to see him today.',
        })
      ).statusCode,
    ).toBe(200);
    expect((await count(practiceNav.client)).count).toBe(0);
    expect((await count(pcnOt.client)).count).toBe(1);

    const lead = await staff(['lead'], [own.pcnId]);
    expect((await pcnOt.client.get('/api/crisis/log')).statusCode).toBe(403);
    const log = await lead.client.get('/api/crisis/log?from=2026-12-08&to=2026-12-08');
    expect(log.statusCode).toBe(200);
    const entries = log.json<{
      entries: {
        id: string;
        kind: string;
        outcome: string | null;
        minutesToAcknowledge: { working: number; wallClock: number } | null;
      }[];
    }>().entries;
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.id === a.id)).toMatchObject({
      kind: 'screen',
      outcome: 'called_back_safe',
      minutesToAcknowledge: { working: 40, wallClock: 40 },
    });
    expect(entries.find((e) => e.id !== a.id)).toMatchObject({
      kind: 'safeguarding',
      outcome: null,
      minutesToAcknowledge: null,
    });
    const csv = await lead.client.get('/api/crisis/log?from=2026-12-08&to=2026-12-08&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('crisis-log-2026-12-08-to-2026-12-08.csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'reference,practice,receivedAt,kind,acknowledgedAt,acknowledgedBy,outcome,workingMinutesToAcknowledge,wallClockMinutesToAcknowledge,escalatedAt',
    );
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`${a.reference},`);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
    const badRange = await lead.client.get('/api/crisis/log?from=2026-12-08&to=2026-12-01');
    expect(badRange.statusCode).toBe(400);
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('reason')
        .where('user_id', '=', lead.id)
        .where('reason', 'like', 'aggregate crisis log%')
        .execute(),
    ).toHaveLength(2);
    clock = new Date('2026-12-07T10:00:00Z');
  });

  it('documents the safety-net routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[] }>>;
    }>();
    const routes: [string, string][] = [
      ['/api/requests/{id}/clear-flag', 'post'],
      ['/api/requests/{id}/mark-safeguarding', 'post'],
      ['/api/requests/{id}/acknowledge', 'post'],
      ['/api/crisis/unacknowledged', 'get'],
      ['/api/crisis/log', 'get'],
      ['/api/duty-rota', 'get'],
      ['/api/duty-rota', 'put'],
      ['/api/safety-settings', 'get'],
      ['/api/safety-settings/{organisationId}', 'put'],
    ];
    for (const [path, method] of routes)
      expect(doc.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['safety net']);
  });

  it('screens a questionnaire answered at home: advice on the receipt, the entry and episode flagged for the OT, and a crisis request raised', async () => {
    const ot = await staff(['ot'], [tree.pcnId]);
    const [practiceId] = tree.practiceIds;
    const { episodeId, personId } = await makeEpisode(t.db, { practiceId, pathway: 'work' });
    const questionnaireRequests = () =>
      t.db
        .selectFrom('requests')
        .selectAll()
        .where('person_id', '=', personId)
        .where('channel', '=', 'questionnaire')
        .orderBy('received_at')
        .orderBy('reference')
        .execute();
    const link = async (kinds: string[] = ['prem']) => {
      const made = await ot.client.post(`/api/episodes/${episodeId}/questionnaire-links`, {
        kinds,
        language: 'en',
        send: false,
      });
      expect(made.statusCode).toBe(201);
      return made.json<{ path: string }>().path.split('/').at(-1) ?? '';
    };
    const person = new TestClient(app, '10.7.0.1');
    await person.refreshSession();
    const ordinary = await person.post(`/api/questionnaires/${await link()}`, {
      language: 'en',
      answers: { prem: { experience: 'good', why: 'Listened to me.' } },
    });
    expect(ordinary.statusCode).toBe(201);
    expect(ordinary.json()).toEqual({ completed: true, advice: [], safeguarding: false });
    expect(await questionnaireRequests()).toEqual([]);

    const crisis = await person.post(`/api/questionnaires/${await link()}`, {
      language: 'en',
      answers: { prem: { experience: 'poor', why: `Nothing helps. ${CRISIS_TEXT}.` } },
    });
    expect(crisis.statusCode).toBe(201);
    const receipt = crisis.json<{ advice: string[]; safeguarding: boolean }>();
    expect(receipt.advice).toEqual(expect.arrayContaining(['practice_today']));
    expect(receipt.advice.length).toBeGreaterThan(1);
    expect(receipt.safeguarding).toBe(false);

    const record = (await ot.client.get(`/api/episodes/${episodeId}/record`)).json<{
      entries: {
        data: { answers: { why?: string } };
        scores: { flags?: string[]; screen?: { matches: { words: string; field: string }[] } };
      }[];
      summary: { riskFlagged: boolean };
    }>();
    const flagged = record.entries.filter((e) => e.scores.flags?.includes('screen_match'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.scores.screen?.matches).toEqual([
      expect.objectContaining({ words: 'end my life', field: 'answers.prem.why' }),
    ]);
    expect(record.summary.riskFlagged).toBe(true);

    // The crisis became a crisis request, with the matched words, for the episode's practice.
    const [raised, ...more] = await questionnaireRequests();
    expect(more).toEqual([]);
    if (!raised) throw new Error('no crisis request was raised from the questionnaire');
    expect(raised).toMatchObject({
      route: 'system',
      channel: 'questionnaire',
      practice_id: practiceId,
      urgency: 'crisis',
      suggested_urgency: 'crisis',
      safeguarding: false,
      safeguarding_lead_id: null,
      acknowledged_at: null,
    });
    expect(raised.red_flags).toContain('self_harm_thoughts');
    expect(wordsOf(raised.screen_matches)).toEqual(['end my life']);
    expect(raised.screen_version).toMatch(/^safety-screen-/);
    expect(raised.answers).toMatchObject({
      source: 'questionnaire',
      episodeId,
      redFlags: [],
      answers: { prem: { why: `Nothing helps. ${CRISIS_TEXT}.` } },
    });
    expect(await events(raised.id)).toEqual([
      {
        action: 'received',
        user_id: null,
        details: expect.objectContaining({
          channel: 'questionnaire',
          episodeId,
          screen: ['screen.suicide.intent'],
        }) as unknown,
      },
    ]);
    // It reaches the banner of an OT of that practice, and can be acknowledged.
    const banner = (await ot.client.get('/api/crisis/unacknowledged')).json<{
      items: { id: string; reference: string; practice: { id: string } }[];
    }>();
    expect(banner.items.find((i) => i.id === raised.id)).toMatchObject({
      reference: raised.reference,
      practice: { id: practiceId },
    });
    const acknowledged = await ot.client.post(`/api/requests/${raised.id}/acknowledge`, {
      outcome: 'called_back_safe',
      note: 'Rang her after the questionnaire; safe, and seeing her GP today.',
    });
    expect(acknowledged.statusCode).toBe(200);
    // The request page shows it as any other request, with the screen's words to highlight.
    const detail = await ot.client.get(`/api/requests/${raised.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      reference: raised.reference,
      urgency: 'crisis',
      screen: [expect.objectContaining({ words: 'end my life', field: 'answers.prem.why' })],
      acknowledgement: { outcome: 'called_back_safe' },
    });
    const after = (await ot.client.get('/api/crisis/unacknowledged')).json<{
      items: { id: string }[];
    }>();
    expect(after.items.map((i) => i.id)).not.toContain(raised.id);

    // PHQ-9 item 9 above 0, with no words at all, is a crisis request too (a red flag ticked).
    const itemNine = await person.post(`/api/questionnaires/${await link(['phq9'])}`, {
      language: 'en',
      answers: { phq9: { q1: 1, q2: 1, q3: 0, q4: 1, q5: 0, q6: 0, q7: 0, q8: 0, q9: 1 } },
    });
    expect(itemNine.statusCode).toBe(201);
    const nine = (await questionnaireRequests()).find((r) => r.id !== raised.id);
    expect(nine).toMatchObject({
      urgency: 'crisis',
      red_flags: ['self_harm_thoughts'],
      screen_matches: [],
      answers: expect.objectContaining({ redFlags: ['self_harm_thoughts'] }) as unknown,
    });

    const abuse = await person.post(`/api/questionnaires/${await link()}`, {
      language: 'en',
      answers: { prem: { experience: 'poor', why: ABUSE_TEXT } },
    });
    const abuseReceipt = abuse.json<{ advice: string[]; safeguarding: boolean }>();
    expect(abuseReceipt.safeguarding).toBe(true);
    expect(abuseReceipt.advice).toContain('safeguarding_now');
    // A safeguarding concern becomes a safeguarding request, routed to the lead like any other.
    const all = await questionnaireRequests();
    expect(all).toHaveLength(3);
    const concern = all.find((r) => r.safeguarding);
    const lead = await t.db
      .selectFrom('safety_settings')
      .select('safeguarding_lead_user_id')
      .where('organisation_id', 'in', [practiceId, tree.pcnId])
      .orderBy('organisation_id')
      .execute();
    expect(concern).toMatchObject({ safeguarding: true, urgency: 'urgent', red_flags: [] });
    if (lead.length > 0) expect(concern?.safeguarding_lead_id).not.toBeNull();
    expect((concern?.screen_matches as { kind: string }[]).map((m) => m.kind)).toContain(
      'safeguarding',
    );
  });
});
