/**
 * The evidence dashboard (issue 12) over a small cohort built through the real API — requests,
 * triage, bookings, attended and missed appointments, assessments with known scores, an
 * intervention, a discharge and a PREM — whose every figure is worked out by hand below. An OT
 * sees exact figures and the comments; a lead the same under the small-number rule and no
 * comments; a navigator is refused; every read is audited. Both databases.
 *
 * Period Monday 2 to Sunday 15 November 2026 (London, GMT).
 */
import { randomUUID } from 'node:crypto';
import type { EvidenceDashboard, EvidencePeople, Figure } from '@everyday/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { readPdf } from '../testing/pdf-text.js';
import { makeAnswers, QUESTION_SET_VERSION } from '../testing/requests.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

const PERIOD = 'from=2026-11-02&to=2026-11-15';

function figure(d: EvidenceDashboard, key: string): Figure {
  const f = d.sections.flatMap((s) => s.figures).find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${key}`);
  return f;
}

describe.each(testEngines())('evidence dashboard on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let now = new Date('2026-11-02T08:00:00Z');
  // What the people-behind-a-figure lists should name, kept from the cohort's building.
  const built = { requests: [] as string[], missedEpisode: '', dischargedEpisode: '' };
  const users: Record<'ot' | 'lead' | 'navigator', { email: string; password: string }> = {
    ot: { email: '', password: '' },
    lead: { email: '', password: '' },
    navigator: { email: '', password: '' },
  };
  const client = async (who: keyof typeof users) => {
    const c = new TestClient(app);
    await c.signIn(users[who].email, users[who].password);
    return c;
  };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, { publicRateLimit: 100000 }, () => now);
    tree = await makeOrganisationTree(t.db);
    for (const role of ['ot', 'lead', 'navigator'] as const)
      users[role] = await makeUser(t.db, { roles: [role], organisationIds: [tree.pcnId] });
    const ot = await client('ot');
    const nav = await client('navigator');

    const site = await ot.post('/api/sites', {
      name: 'Kendal health centre',
      organisationId: tree.pcnId,
    });
    // Tuesdays and Thursdays, 09:00–10:00, two 30-minute one-to-one slots a day.
    const template = await ot.post('/api/clinic-templates', {
      siteId: site.json<{ id: string }>().id,
      name: 'OT clinic',
      weekdays: [2, 4],
      startTime: '09:00',
      endTime: '10:00',
      mode: 'in_person',
      validFrom: '2026-11-02',
    });
    expect(template.statusCode, template.body).toBe(201);
    const templateId = template.json<{ template: { id: string } }>().template.id;
    const slots = await t.db
      .selectFrom('slots')
      .select(['id', 'starts_at'])
      .where('template_id', '=', templateId)
      .orderBy('starts_at')
      .execute();
    const slotAt = (iso: string) => {
      const s = slots.find((x) => x.starts_at.toISOString() === iso);
      if (!s) throw new Error(`no slot at ${iso}`);
      return s.id;
    };

    // Four requests by a navigator on Monday 2 November: three for the first practice, one
    // for the second.
    const newRequest = async (practiceId: string) => {
      const r = await nav.request({
        method: 'POST',
        url: '/api/requests/staff',
        headers: { 'idempotency-key': randomUUID() },
        payload: {
          channel: 'phone',
          questionSetVersion: QUESTION_SET_VERSION,
          answers: makeAnswers(practiceId),
        },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json<{ id: string }>().id;
    };
    const r1 = await newRequest(tree.practiceIds[0]);
    const r2 = await newRequest(tree.practiceIds[0]);
    const r3 = await newRequest(tree.practiceIds[1]);
    const r4 = await newRequest(tree.practiceIds[0]);
    built.requests = [r1, r2, r3, r4];
    // Triaged the same day: R1 onto mental health, R2 onto falls, R3 signposted; R4 waits.
    const act = async (id: string, body: unknown) => {
      expect((await ot.post(`/api/requests/${id}/actions`, body)).statusCode).toBe(200);
    };
    await act(r1, { action: 'accept', pathway: 'mental_health', tier: 'individualised' });
    await act(r2, { action: 'accept', pathway: 'frailty_falls', tier: 'individualised' });
    await act(r3, { action: 'signpost', offered: 'Local walking group', sendToPerson: false });

    const book = async (requestId: string, iso: string) => {
      const r = await ot.post('/api/appointments', { slotId: slotAt(iso), requestId });
      expect(r.statusCode, r.body).toBe(201);
      return r.json<{ appointment: { id: string; episodeId: string } }>().appointment;
    };
    const a1 = await book(r1, '2026-11-03T09:00:00.000Z');
    const a2 = await book(r2, '2026-11-03T09:30:00.000Z');
    const a3 = await book(r1, '2026-11-05T09:00:00.000Z');

    // Friday 6 November: R1 came on Tuesday and Thursday; R2 missed Tuesday.
    now = new Date('2026-11-06T12:00:00Z');
    const ot2 = await client('ot');
    const change = async (id: string, body: unknown) => {
      const r = await ot2.post(`/api/appointments/${id}/changes`, body);
      expect(r.statusCode, r.body).toBe(200);
    };
    await change(a1.id, { kind: 'attended' });
    await change(a2.id, { kind: 'did_not_attend', reason: 'No answer at the door' });
    await change(a3.id, { kind: 'attended' });

    // R1's record: PHQ-9 15 → 8 and GAD-7 12 → 6, self-management support, a discharge that
    // avoided 2 GP appointments and a CMHT referral, and a PREM answered "very good".
    const episodeId = a1.episodeId;
    built.missedEpisode = a2.episodeId;
    built.dischargedEpisode = episodeId;
    const entry = async (kind: string, data: unknown) => {
      const r = await ot2.post(`/api/episodes/${episodeId}/entries`, { kind, data });
      expect(r.statusCode, r.body).toBe(201);
    };
    const assessment = (stage: string, on: string, phq: number[], gad: number[]) => ({
      stage,
      assessedOn: on,
      phq9: { items: phq },
      gad7: { items: gad },
      notes: '',
    });
    await entry(
      'assessment',
      assessment('initial', '2026-11-03', [2, 2, 2, 2, 2, 2, 2, 1, 0], [2, 2, 2, 2, 2, 1, 1]),
    );
    // Tuesday's contact written from the diary with its minutes (45); Thursday's has none.
    await entry('contact', {
      occurredOn: '2026-11-03',
      mode: 'in_person',
      minutes: 45,
      note: 'First session',
      appointmentId: a1.id,
    });
    await entry('intervention', {
      code: 'self_management',
      destination: null,
      goalIds: [],
      deliveredOn: '2026-11-05',
      note: 'Plan agreed',
    });
    await entry(
      'assessment',
      assessment('discharge', '2026-11-05', [1, 1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1, 0]),
    );
    const discharged = await ot2.post(`/api/episodes/${episodeId}/discharge`, {
      dischargedOn: '2026-11-06',
      reason: 'goals_met',
      reasonDetail: '',
      avoided: {
        gpAppointments: true,
        gpAppointmentsCount: 2,
        secondaryCareReferral: true,
        medication: false,
      },
      workOutcome: null,
      adviceForGp: 'No action needed.',
      measuresNotRepeatedReason: '',
      sendPrem: false,
    });
    expect(discharged.statusCode, discharged.body).toBe(201);
    await entry('questionnaire', {
      kind: 'prem',
      answers: { experience: 'very_good', why: 'Really helped me get back out' },
      language: 'en',
      completedOn: '2026-11-10',
      source: 'staff',
    });
    // Read on Monday 16 November, after the period.
    now = new Date('2026-11-16T09:00:00Z');
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('gives an OT every figure exactly, with the comments', async () => {
    const ot = await client('ot');
    const response = await ot.get(`/api/evidence/dashboard?${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    const d = response.json<EvidenceDashboard>();
    expect(d.readAt).toBe('2026-11-16T09:00:00.000Z');
    expect(d.practices.map((p) => p.id).sort()).toEqual([...tree.practiceIds].sort());
    // Four requests; accepted R1, R2; signposted R3; R4 not yet triaged.
    expect(figure(d, 'requests').value).toBe(4);
    expect(figure(d, 'triage-accepted')).toMatchObject({
      numerator: 2,
      denominator: 4,
      value: 0.5,
    });
    expect(figure(d, 'triage-signposted').value).toBe(0.25);
    expect(figure(d, 'triage-untriaged').value).toBe(0.25);
    // Four people over 8,000 + 12,000 registered (the tree's practices) = 0.2 per 1,000.
    expect(figure(d, 'uptake-per-1000').value).toBeCloseTo(0.2, 10);
    // All three triaged on the day they came: 0 days.
    expect(figure(d, 'days-to-triage-median')).toMatchObject({ value: 0, denominator: 3 });
    // R1 first seen Tuesday 3 November, one day after asking: 1/7 week; within 2 weeks 1 of 1.
    expect(figure(d, 'weeks-to-first-median').value).toBeCloseTo(1 / 7, 10);
    expect(figure(d, 'within-2-weeks')).toMatchObject({ numerator: 1, denominator: 1 });
    // Attended 2 (R1), missed 1 (R2): 1 ÷ 3.
    expect(figure(d, 'dna-rate')).toMatchObject({ numerator: 1, denominator: 3 });
    // One discharge, two sessions: mean 2 (no interval for one value), not single-contact.
    expect(figure(d, 'episodes-discharged').value).toBe(1);
    expect(figure(d, 'sessions-per-episode')).toMatchObject({ value: 2, lower: null });
    expect(figure(d, 'single-contact-discharges')).toMatchObject({ numerator: 0, denominator: 1 });
    // Hidden wait: Tuesday 3 → Thursday 5 November, 2 days.
    expect(figure(d, 'hidden-wait-median').value).toBe(2);
    // PHQ-9 15 → 8, GAD-7 12 → 6 after two sessions: finished, at caseness, recovered, reliably
    // improved (PHQ-9 down 7 ≥ 6) and so reliably recovered; no deterioration.
    expect(figure(d, 'tt-finished').value).toBe(1);
    expect(figure(d, 'tt-recovery').value).toBe(1);
    expect(figure(d, 'tt-reliable-improvement').value).toBe(1);
    expect(figure(d, 'tt-reliable-deterioration').value).toBe(0);
    expect(figure(d, 'tt-reliable-recovery').value).toBe(1);
    expect(figure(d, 'improved-main-measure')).toMatchObject({ numerator: 1, denominator: 1 });
    const phq = d.outcomes.find((o) => o.measure === 'phq9');
    expect(phq).toMatchObject({ paired: 1, missing: 0, meanFirst: 15, meanLast: 8 });
    expect(phq?.change.value).toBe(-7);
    expect(d.outcomes.find((o) => o.measure === 'gad7')?.change.value).toBe(-6);
    // Self-management, GP appointments (2) and a CMHT referral avoided, in 1 of 1 discharges.
    expect(figure(d, 'self-management')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(figure(d, 'gp-appointments-avoided').value).toBe(1);
    expect(figure(d, 'gp-appointments-avoided-count').value).toBe(2);
    expect(figure(d, 'secondary-care-avoided').value).toBe(1);
    // One PREM, very good.
    expect(figure(d, 'prems-answered').value).toBe(1);
    expect(figure(d, 'prem-positive').value).toBe(1);
    expect(d.comments).toEqual([{ on: '2026-11-10', text: 'Really helped me get back out' }]);
    expect(d.disclosure).toBeNull();
    // Week of 2 Nov: 4 requests, R1 first seen, 2 attended; at Sunday 8 Nov R2 (accepted, not
    // seen) and R4 wait, for 6 days: 0 completed weeks. Week of 9 Nov: at Sunday 15 Nov the
    // same two, 13 days: 1 week.
    expect(d.trend).toEqual([
      {
        week: '2026-11-02',
        requests: 4,
        firstAppointments: 1,
        attended: 2,
        waiting: 2,
        longestWaitWeeks: 0,
      },
      {
        week: '2026-11-09',
        requests: 0,
        firstAppointments: 0,
        attended: 0,
        waiting: 2,
        longestWaitWeeks: 1,
      },
    ]);
    // Nobody's postcode resolved (no reference data loaded): deprivation unknown for all 4;
    // born 12 April 1950, all four are 76: age band 75-84.
    const imd = d.breakdowns.find((b) => b.key === 'imd-quintile');
    expect(imd?.unknown).toBe(4);
    const age = d.breakdowns.find((b) => b.key === 'age-band');
    expect(age?.rows.find((r) => r.group === '75-84')?.figures[0]?.value).toBe(4);
    const route = d.breakdowns.find((b) => b.key === 'route');
    expect(route?.rows.find((r) => r.group === 'navigator')?.figures[0]?.value).toBe(4);
  });

  it('narrows to a practice and to a pathway', async () => {
    const ot = await client('ot');
    const second = (
      await ot.get(`/api/evidence/dashboard?${PERIOD}&practiceId=${tree.practiceIds[1]}`)
    ).json<EvidenceDashboard>();
    // The second practice: R3 only, signposted; no appointments or discharges.
    expect(figure(second, 'requests').value).toBe(1);
    expect(figure(second, 'triage-signposted').value).toBe(1);
    expect(figure(second, 'dna-rate').denominator).toBe(0);
    expect(figure(second, 'episodes-discharged').value).toBe(0);
    const mental = (
      await ot.get(`/api/evidence/dashboard?${PERIOD}&pathway=mental_health`)
    ).json<EvidenceDashboard>();
    // Mental health: R1, its two attended appointments and its discharge.
    expect(figure(mental, 'requests').value).toBe(1);
    expect(figure(mental, 'dna-rate')).toMatchObject({ numerator: 0, denominator: 2 });
    expect(figure(mental, 'episodes-discharged').value).toBe(1);
    const falls = (
      await ot.get(`/api/evidence/dashboard?${PERIOD}&pathway=frailty_falls`)
    ).json<EvidenceDashboard>();
    expect(figure(falls, 'dna-rate')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(figure(falls, 'episodes-discharged').value).toBe(0);
  });

  it('gives a lead the figures under the small-number rule, without comments, and audits it', async () => {
    const lead = await client('lead');
    const response = await lead.get(`/api/evidence/dashboard?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const d = response.json<EvidenceDashboard>();
    // 4 requests, 1 discharge: counts of 1–7, suppressed, and the rates made from them.
    expect(figure(d, 'requests')).toMatchObject({ value: null, suppressed: true });
    expect(figure(d, 'dna-rate')).toMatchObject({ value: null, suppressed: true });
    expect(figure(d, 'tt-recovery')).toMatchObject({ value: null, suppressed: true });
    expect(d.trend[0]).toMatchObject({ requests: null, waiting: null, longestWaitWeeks: null });
    expect(d.comments).toBeNull();
    expect(d.disclosure?.rule).toContain('NHS Digital');
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason', 'actor_label'])
      .where('resource_type', '=', 'evidence')
      .execute();
    expect(
      audit.some(
        (a) =>
          a.actor_label === users.lead.email &&
          a.outcome === 'allowed' &&
          a.reason?.startsWith('aggregate evidence dashboard:') === true &&
          a.reason.endsWith('small-number rule applied'),
      ),
    ).toBe(true);
    expect(audit.some((a) => a.actor_label === users.ot.email && a.outcome === 'allowed')).toBe(
      true,
    );
  });

  it('refuses a navigator, and bad periods field by field', async () => {
    const nav = await client('navigator');
    expect((await nav.get(`/api/evidence/dashboard?${PERIOD}`)).statusCode).toBe(403);
    expect((await nav.get(`/api/evidence/dashboard.csv?${PERIOD}&table=access`)).statusCode).toBe(
      403,
    );
    const ot = await client('ot');
    const backwards = await ot.get('/api/evidence/dashboard?from=2026-11-15&to=2026-11-02');
    expect(backwards.statusCode).toBe(400);
    const fields = (r: typeof backwards) =>
      r.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path);
    expect(fields(backwards)).toEqual(['to']);
    const badDate = await ot.get('/api/evidence/dashboard?from=2026-13-01&to=2026-11-02');
    expect(badDate.statusCode).toBe(400);
    expect(fields(badDate)).toContain('from');
    const badTable = await ot.get(`/api/evidence/dashboard.csv?${PERIOD}&table=people`);
    expect(badTable.statusCode).toBe(400);
    expect(fields(badTable)).toContain('table');
  });

  it('writes a table as CSV with the period, the read time and the disclosure line', async () => {
    const ot = await client('ot');
    const exact = await ot.get(`/api/evidence/dashboard.csv?${PERIOD}&table=access`);
    expect(exact.statusCode).toBe(200);
    expect(exact.headers['content-type']).toContain('text/csv');
    const lines = exact.body.trim().split('\n');
    expect(lines[0]).toBe(
      '# Everyday evidence, access, 2026-11-02 to 2026-11-15, records read 2026-11-16T09:00:00.000Z. Disclosure control not applied: exact figures for staff with patient access; apply the small-number rule before sharing',
    );
    expect(lines[1]).toBe('key,title,value,lower,upper,numerator,denominator,unit');
    expect(lines[2]).toBe('requests,Requests received,4,,,4,,count');
    const trend = (await ot.get(`/api/evidence/dashboard.csv?${PERIOD}&table=trend`)).body
      .trim()
      .split('\n');
    expect(trend.slice(1)).toEqual([
      'week,requests,first_appointments,attended,waiting,longest_wait_weeks',
      '2026-11-02,4,1,2,2,0',
      '2026-11-09,0,0,0,2,1',
    ]);
    const lead = await client('lead');
    const controlled = (
      await lead.get(`/api/evidence/dashboard.csv?${PERIOD}&table=access`)
    ).body.split('\n');
    expect(controlled[0]).toContain('Disclosure control NHS Digital small-number rule');
    expect(controlled[0]).toContain('(* = suppressed)');
    expect(controlled[2]).toBe('requests,Requests received,*,*,*,*,*,count');
    const routes = (await lead.get(`/api/evidence/dashboard.csv?${PERIOD}&table=route`)).body.split(
      '\n',
    );
    expect(routes[1]).toBe(
      'group,name,requests,dna_missed,dna_kept,dna_rate,improved,with_main_measure,improved_rate,uptake_per_1000',
    );
    expect(routes.find((l) => l.startsWith('navigator,'))).toBe('navigator,,*,*,*,*,*,*,*,');
  });

  it('prints the service report as a PDF in English and Welsh, under the rule even for an OT', async () => {
    const ot = await client('ot');
    const en = await ot.get(`/api/evidence/report.pdf?${PERIOD}`);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.headers['content-type']).toBe('application/pdf');
    expect(en.headers['content-disposition']).toBe(
      'attachment; filename="everyday-service-report-2026-11-02-to-2026-11-15.pdf"',
    );
    expect(en.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const english = (await readPdf(en.rawPayload)).text;
    for (const words of [
      'Service report',
      'Equity: who the service reached',
      'Appendix A: definitions of the figures',
      'Appendix C: disclosure control',
    ])
      expect(english).toContain(words);
    // Four requests is a small number: the report leaves the service, so even an OT's copy is
    // under the small-number rule, and the audit records the read as theirs, rule applied.
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['reason'])
      .where('actor_label', '=', users.ot.email)
      .where('resource_type', '=', 'evidence')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toContain('small-number rule applied');
    const cy = await ot.get(`/api/evidence/report.pdf?${PERIOD}&lang=cy`);
    expect(cy.headers['content-disposition']).toContain('-cy.pdf');
    const welsh = (await readPdf(cy.rawPayload)).text;
    for (const words of ['Adroddiad gwasanaeth', 'Atodiad C: rheoli datgelu'])
      expect(welsh).toContain(words);
  });

  it('refuses the report to a navigator and a bad period by field', async () => {
    const nav = await client('navigator');
    expect((await nav.get(`/api/evidence/report.pdf?${PERIOD}`)).statusCode).toBe(403);
    const lead = await client('lead');
    const bad = await lead.get('/api/evidence/report.pdf?from=2026-11-15&to=2026-11-02&lang=fr');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ error: { fields: { path: string }[] } }>()
        .error.fields.map((f) => f.path)
        .sort(),
    ).toEqual(['lang', 'to']);
  });

  it('lists for an OT the people behind a figure, as many as its numerator, and audits it', async () => {
    const ot = await client('ot');
    const list = async (query: string) => {
      const r = await ot.get(`/api/evidence/people?${PERIOD}&${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return r.json<EvidencePeople>();
    };
    // Requests received: R1–R4, each with its person's name, NHS number and date (numerator 4).
    const requests = await list('figure=requests');
    // All four came at the same instant on the test clock: compared as sets.
    expect(requests.people.map((p) => p.requestId).sort()).toEqual([...built.requests].sort());
    expect(requests.people.every((p) => p.on === '2026-11-02' && p.name.length > 0)).toBe(true);
    expect(new Set(requests.people.map((p) => p.personId)).size).toBe(4);
    // Did not attend: R2's appointment on Tuesday 3 November (the rate's numerator, 1 of 3).
    const missed = await list('figure=dna-rate');
    expect(missed.people).toMatchObject([
      { requestId: built.requests[1], episodeId: built.missedEpisode, on: '2026-11-03' },
    ]);
    // Discharged, improved on the main measure, reliably improved on PHQ-9 (15 → 8): R1's
    // episode, discharged on Friday 6 November (each figure's numerator, 1).
    for (const figure of [
      'episodes-discharged',
      'improved-main-measure',
      'reliable-improvement-phq9',
    ]) {
      const d = await list(`figure=${figure}`);
      expect(d.people, figure).toMatchObject([
        { requestId: built.requests[0], episodeId: built.dischargedEpisode, on: '2026-11-06' },
      ]);
    }
    // One breakdown row: the second practice's requests (R3), and by channel, all four by phone.
    const second = await list(`figure=requests&group=practice:${tree.practiceIds[1]}`);
    expect(second.people.map((p) => p.requestId)).toEqual([built.requests[2]]);
    expect((await list('figure=requests&group=channel:phone')).people).toHaveLength(4);
    expect((await list('figure=requests&group=imd-quintile:1')).people).toHaveLength(0);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason', 'action'])
      .where('actor_label', '=', users.ot.email)
      .where('reason', 'like', 'people behind evidence figure dna-rate%')
      .execute();
    expect(audit).toEqual([
      {
        outcome: 'allowed',
        action: 'search',
        reason: 'people behind evidence figure dna-rate, 2026-11-02 to 2026-11-15: 1 records',
      },
    ]);
  });

  it('refuses the list of people to a lead and a navigator, audited, and a bad query by field', async () => {
    for (const who of ['lead', 'navigator'] as const) {
      const c = await client(who);
      expect((await c.get(`/api/evidence/people?${PERIOD}&figure=requests`)).statusCode).toBe(403);
      const denied = await t.db
        .selectFrom('audit_events')
        .select(['outcome'])
        .where('actor_label', '=', users[who].email)
        .where('resource_type', '=', 'evidence')
        .where('action', '=', 'search')
        .execute();
      expect(denied).toEqual([{ outcome: 'denied' }]);
    }
    const ot = await client('ot');
    const bad = await ot.get(`/api/evidence/people?${PERIOD}&figure=requests&group=postcode:LA9`);
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toEqual(['group']);
  });

  it('reads a comparison period in the same view, with the same sections', async () => {
    const ot = await client('ot');
    const r = await ot.get(
      `/api/evidence/dashboard?${PERIOD}&compareFrom=2026-10-19&compareTo=2026-11-01`,
    );
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json<EvidenceDashboard>();
    // Nothing happened in the fortnight before: no requests, no discharges.
    const then = (key: string) =>
      d.comparison?.sections.flatMap((s) => s.figures).find((f) => f.key === key);
    expect(then('requests')?.value).toBe(0);
    expect(then('episodes-discharged')?.value).toBe(0);
    expect(d.comparison?.sections.map((s) => s.key)).toEqual(d.sections.map((s) => s.key));
    expect(figure(d, 'requests').value).toBe(4);
    const overlapping = await ot.get(
      `/api/evidence/dashboard?${PERIOD}&compareFrom=2026-10-19&compareTo=2026-11-02`,
    );
    expect(overlapping.statusCode).toBe(400);
    expect(
      overlapping.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path),
    ).toEqual(['compareTo']);
  });

  it('gives the added figures: contacts per OT-week, medication, the cost comparison, channel', async () => {
    const ot = await client('ot');
    const d = (await ot.get(`/api/evidence/dashboard?${PERIOD}`)).json<EvidenceDashboard>();
    // Attended: Tuesday 3 and Thursday 5 November, both the one OT's slots in the week of 2
    // November: 2 contacts ÷ 1 OT-week = 2, against 32.
    expect(figure(d, 'contacts-per-ot-week')).toMatchObject({
      value: 2,
      numerator: 2,
      denominator: 1,
      benchmark: 32,
    });
    // The discharge recorded no medication avoided: 0 of 1.
    expect(figure(d, 'medication-avoided')).toMatchObject({ numerator: 0, denominator: 1 });
    // GP: 2 recorded × 9.22 min ÷ 60 × £184 = £56.55 (low £42.41, high £70.69). OT: the
    // episode's 2 contacts, Tuesday's recorded at 45 minutes and Thursday's at the default 30:
    // 75 min ÷ 60 × £120 = £150. Net £56.55 − £150 = −£93.45 (low −£107.59, high −£79.31), per
    // discharged episode the same.
    expect(figure(d, 'cost-gp-avoided')).toMatchObject({
      value: 56.55,
      lower: 42.41,
      upper: 70.69,
      unit: 'gbp',
    });
    expect(figure(d, 'cost-ot')).toMatchObject({ value: 150, lower: 150, upper: 150 });
    const net = figure(d, 'cost-net');
    expect(net.value).toBeCloseTo(-93.45, 2);
    expect(net.lower).toBeCloseTo(-107.59, 2);
    expect(net.upper).toBeCloseTo(-79.31, 2);
    expect(figure(d, 'cost-net-per-episode').value).toBeCloseTo(-93.45, 2);
    const channel = d.breakdowns.find((b) => b.key === 'channel');
    expect(channel?.rows.find((r) => r.group === 'phone')?.figures[0]?.value).toBe(4);
    expect(d.breakdowns.find((b) => b.key === 'imd-decile')?.unknown).toBe(4);
  });
});
