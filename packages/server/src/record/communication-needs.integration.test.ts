/**
 * Communication needs go wherever the person is seen or written to (issue 16 item 6): a request
 * asking for large print and a Polish interpreter, in Welsh, is accepted and booked; the waiting
 * list row, the booking page, the diary appointment and the episode record all carry the needs,
 * and the person's copy of the discharge letter is in large print while the GP's stays standard.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommunicationNeedsView } from '@everyday/core';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { extractPdfText, textSizes } from '../testing/pdf-text.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

// Monday 2 November 2026, 08:00 in London (GMT).
const NOW = new Date('2026-11-02T08:00:00Z');

const EXPECTED: CommunicationNeedsView = {
  needs: ['large_print'],
  interpreterLanguage: 'Polish',
  writtenLanguage: 'cy',
  other: 'Please speak slowly',
  print: 'large',
};

describe.each(testEngines())('communication needs everywhere on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let siteId: string;
  let now = NOW;
  let otUser: { email: string; password: string };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => now);
    tree = await makeOrganisationTree(t.db);
    otUser = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(otUser.email, otUser.password);
    siteId = (
      await ot.post('/api/sites', { name: 'Sale health centre', organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('carries large print and a Polish interpreter from the request to the letters', async () => {
    const made = await ot.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0], {
          preferredLanguage: 'cy',
          access: {
            interpreter: true,
            language: 'Polish',
            needs: ['large_print'],
            other: 'Please speak slowly',
          },
        }),
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const requestId = made.json<{ id: string }>().id;
    const accepted = await ot.post(`/api/requests/${requestId}/actions`, {
      action: 'accept',
      pathway: 'frailty_falls',
      tier: 'individualised',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    // The waiting list row.
    const list = await ot.get('/api/waiting-list');
    expect(list.statusCode).toBe(200);
    const row = list
      .json<{ entries: { requestId: string; communicationNeeds: CommunicationNeedsView }[] }>()
      .entries.find((e) => e.requestId === requestId);
    expect(row?.communicationNeeds).toEqual(EXPECTED);

    // The booking page's summary.
    const forBooking = await ot.get(`/api/requests/${requestId}/communication-needs`);
    expect(forBooking.statusCode).toBe(200);
    expect(forBooking.json()).toEqual({ communicationNeeds: EXPECTED });

    // Booked into today's clinic: the diary appointment.
    const template = await ot.post('/api/clinic-templates', {
      siteId,
      name: 'Falls clinic',
      weekdays: [1],
      startTime: '09:00',
      endTime: '10:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
    });
    expect(template.statusCode, template.body).toBe(201);
    const slot = await t.db
      .selectFrom('slots')
      .select('id')
      .where('template_id', '=', template.json<{ template: { id: string } }>().template.id)
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    const booked = await ot.post('/api/appointments', { slotId: slot.id, requestId });
    expect(booked.statusCode, booked.body).toBe(201);
    const episodeId = booked.json<{ appointment: { episodeId: string } }>().appointment.episodeId;

    const diary = await ot.get('/api/diary?from=2026-11-02&days=1');
    expect(diary.statusCode, diary.body).toBe(200);
    const appointment = diary
      .json<{
        slots: {
          appointments: { episodeId: string | null; communicationNeeds: CommunicationNeedsView }[];
        }[];
      }>()
      .slots.flatMap((s) => s.appointments)
      .find((a) => a.episodeId === episodeId);
    expect(appointment?.communicationNeeds).toEqual(EXPECTED);

    // The episode record.
    const record = await ot.get(`/api/episodes/${episodeId}/record`);
    expect(record.statusCode, record.body).toBe(200);
    expect(
      record.json<{ person: { communicationNeeds: CommunicationNeedsView } }>().person
        .communicationNeeds,
    ).toEqual(EXPECTED);

    // Discharged: the person's copy of the letter is large print; the GP's is standard.
    now = new Date('2026-11-20T10:00:00Z');
    ot = new TestClient(app);
    await ot.signIn(otUser.email, otUser.password);
    const discharged = await ot.post(`/api/episodes/${episodeId}/discharge`, {
      dischargedOn: '2026-11-20',
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
      measuresNotRepeatedReason: 'Moved away before the last visit',
      sendPrem: false,
    });
    expect(discharged.statusCode, discharged.body).toBe(201);

    const personCopy = await ot.get(`/api/episodes/${episodeId}/discharge-letter.pdf?copy=person`);
    expect(personCopy.statusCode).toBe(200);
    expect(personCopy.headers['content-type']).toBe('application/pdf');
    expect(Math.min(...(await textSizes(personCopy.rawPayload)))).toBeGreaterThanOrEqual(16);
    expect((await extractPdfText(personCopy.rawPayload)).replace(/\s+/g, ' ')).toContain(
      'Copy for:',
    );

    const gpCopy = await ot.get(`/api/episodes/${episodeId}/discharge-letter.pdf`);
    expect(gpCopy.statusCode).toBe(200);
    expect(Math.min(...(await textSizes(gpCopy.rawPayload)))).toBeLessThan(16);
  });

  it('says nothing needed for a request that asked for nothing, written in English', async () => {
    const made = await ot.request({
      method: 'POST',
      url: '/api/requests/staff',
      headers: { 'idempotency-key': randomUUID() },
      payload: {
        channel: 'phone',
        questionSetVersion: QUESTION_SET_VERSION,
        answers: makeAnswers(tree.practiceIds[0]),
      },
    });
    const requestId = made.json<{ id: string }>().id;
    const res = await ot.get(`/api/requests/${requestId}/communication-needs`);
    expect(res.json()).toEqual({
      communicationNeeds: {
        needs: [],
        interpreterLanguage: null,
        writtenLanguage: 'en',
        other: null,
        print: 'standard',
      },
    });
  });
});
