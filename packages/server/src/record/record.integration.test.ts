import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { makeEpisode } from '../testing/episodes.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { extractPdfText } from '../testing/pdf-text.js';

const NOW = new Date('2026-11-20T10:00:00Z');

interface Entry {
  id: string;
  kind: string;
  version: number;
  data: Record<string, unknown>;
  scores: Record<string, unknown>;
  updatedBy: string;
}
interface FieldError {
  path: string;
  code: string;
  message: string;
}

const eq5d = (valueSet = 'UK_5L_2026', sex: string | null = null) => ({
  profile: {
    mobility: 1,
    selfCare: 1,
    usualActivities: 2,
    painDiscomfort: 2,
    anxietyDepression: 3,
  },
  vas: 60,
  valueSet,
  sex,
});

const moodAssessment = (overrides: Record<string, unknown> = {}) => ({
  stage: 'initial',
  assessedOn: '2026-11-10',
  phq9: { items: [2, 2, 1, 1, 1, 1, 1, 1, 1] },
  gad7: { items: [2, 2, 2, 1, 1, 1, 1] },
  eq5d5l: eq5d(),
  notes: 'Low mood since losing job.',
  ...overrides,
});

const riskAssessment = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-11-10',
  thoughts: 'passive',
  thoughtsDetail: 'Sometimes wishes she would not wake up.',
  plans: 'none',
  plansDetail: '',
  intent: false,
  accessToMeans: false,
  previousAttempts: false,
  protectiveFactors: 'Her grandchildren; her dog.',
  level: 'moderate',
  levelReason: '',
  escalation: { to: 'none', detail: '', at: null },
  safetyPlan: {
    warningSigns: 'Not sleeping',
    copingStrategies: 'Walk the dog',
    peopleAndPlaces: 'Library',
    peopleToAskForHelp: 'Sister',
    professionals: 'GP; Samaritans 116 123; NHS 111',
    keepingSafe: 'Tablets kept by her sister',
  },
  ...overrides,
});

describe.each(testEngines())('the episode record on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let ot2: TestClient;
  let gp: TestClient;
  let otherGp: TestClient;
  let navigator: TestClient;

  const signedIn = async (
    roles: ('ot' | 'clinician' | 'navigator')[],
    organisationIds: string[],
    name?: string,
  ) => {
    const u = await makeUser(t.db, { roles, organisationIds, ...(name ? { name } : {}) });
    const c = new TestClient(app);
    await c.signIn(u.email, u.password);
    return c;
  };

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(
      t,
      {
        publicRateLimit: 100000,
        serviceContact: {
          address: 'Everyday OT service, 1 High Street, Sale M33 7XX',
          phone: '0161 496 0000',
          email: 'ot.service@example.nhs.uk',
        },
      },
      () => NOW,
    );
    tree = await makeOrganisationTree(t.db);
    ot = await signedIn(['ot'], [tree.pcnId], 'Olwen Thomas');
    ot2 = await signedIn(['ot'], [tree.pcnId], 'Owain Price');
    gp = await signedIn(['clinician'], [tree.practiceIds[0]]);
    otherGp = await signedIn(['clinician'], [tree.practiceIds[1]]);
    navigator = await signedIn(['navigator'], [tree.pcnId]);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const newEpisode = (
    pathway: 'mental_health' | 'work' | 'frailty_falls' | 'memory' = 'mental_health',
    nhsNumber: string | null = null,
  ) => makeEpisode(t.db, { practiceId: tree.practiceIds[0], pathway, nhsNumber });

  it('scores an assessment on the server and raises the PHQ-9 item 9 flag whatever the total', async () => {
    const { episodeId } = await newEpisode();
    const r = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'assessment',
      data: moodAssessment(),
    });
    expect(r.statusCode).toBe(201);
    const entry = r.json<Entry>();
    // INSTRUMENTS.md §4: total 11 is moderate; item 9 = 1 raises the flag.
    expect(entry.scores).toMatchObject({
      phq9: { total: 11, severity: 'moderate', item9RiskFlag: true },
      gad7: { total: 10, severity: 'moderate' },
      flags: ['phq9_item9'],
    });
    // 11223 under the UK 2026 set: 1 − 0.049 − 0.056 − 0.126 = 0.769, labelled with its set.
    expect(entry.scores.eq5d5l).toMatchObject({
      state: '11223',
      vas: 60,
      index: { value: 0.769, valueSet: 'UK_5L_2026' },
    });

    const record = (await ot.get(`/api/episodes/${episodeId}/record`)).json<{
      view: string;
      entries: Entry[];
      summary: { riskFlagged: boolean; outcomes: { measure: string }[] };
      person: { nhsNumber: string };
    }>();
    expect(record.view).toBe('full');
    expect(record.entries.map((e) => e.kind)).toEqual(['assessment']);
    expect(record.summary.riskFlagged).toBe(true);
    expect(record.summary.outcomes.map((o) => o.measure)).toEqual([
      'eq5d_index',
      'eq5d_vas',
      'phq9',
      'gad7',
    ]);
  });

  it('needs age and sex for the NICE DSU mapping, and says so rather than guessing', async () => {
    const { episodeId } = await newEpisode();
    const without = (
      await ot.post(`/api/episodes/${episodeId}/entries`, {
        kind: 'assessment',
        data: moodAssessment({ eq5d5l: eq5d('NICE_DSU_5L_TO_3L') }),
      })
    ).json<Entry>();
    expect(without.scores.eq5d5l).toMatchObject({ index: null, indexProblem: 'needs_age_and_sex' });
    const withSex = (
      await ot.post(`/api/episodes/${episodeId}/entries`, {
        kind: 'assessment',
        data: moodAssessment({ eq5d5l: eq5d('NICE_DSU_5L_TO_3L', 'female') }),
      })
    ).json<Entry>();
    expect(withSex.scores.eq5d5l).toMatchObject({ index: { valueSet: 'NICE_DSU_5L_TO_3L' } });
  });

  it('refuses bad data field by field and saves nothing', async () => {
    const { episodeId } = await newEpisode();
    const r = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'assessment',
      data: moodAssessment({
        phq9: { items: [0, 1, 2, 3, 4, 0, 0, 0, 0] },
        assessedOn: '2026-02-30',
      }),
    });
    expect(r.statusCode).toBe(400);
    const paths = r.json<{ error: { fields: FieldError[] } }>().error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['data.phq9.items.4', 'data.assessedOn']));
    const record = (await ot.get(`/api/episodes/${episodeId}/record`)).json<{ entries: Entry[] }>();
    expect(record.entries).toEqual([]);
  });

  it('asks the clinician to confirm risk, and will not save a high risk without escalation', async () => {
    const { episodeId } = await newEpisode();
    const high = riskAssessment({
      plans: 'specific',
      plansDetail: 'Has thought how',
      level: 'high',
    });
    const refused = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: high,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { fields: FieldError[] } }>().error.fields).toEqual([
      expect.objectContaining({ path: 'data.escalation.to', code: 'high_needs_escalation' }),
    ]);
    const lower = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: {
        ...high,
        level: 'moderate',
        escalation: { to: 'same_day_gp', detail: 'Dr Rees today', at: null },
      },
    });
    expect(lower.statusCode).toBe(400);
    expect(lower.json<{ error: { fields: FieldError[] } }>().error.fields[0]?.path).toBe(
      'data.levelReason',
    );
    const saved = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: {
        ...high,
        escalation: {
          to: 'crisis_team',
          detail: 'Crisis team called, seen today',
          at: '2026-11-10T11:00',
        },
      },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json<Entry>().scores).toEqual({ suggestedLevel: 'high' });
  });

  it('assesses a falls patient for falls, self-neglect and safeguarding with their own plans, without suicide questions (issue 16 item 7)', async () => {
    const { episodeId } = await newEpisode('frailty_falls');
    // STEADI Stay Independent (LOINC 97874-2): yes to item 1 (2 points), 3 and 5 (1 each) = 4.
    const stayIndependent = [
      true,
      false,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ];
    const none = { present: false, level: null, concerns: '', plan: '' };
    const fallsFound = {
      present: true,
      level: 'moderate',
      concerns: 'Fell twice in the garden',
      plan: '',
      stayIndependent,
    };
    const fallsRisk = riskAssessment({
      thoughts: 'none',
      thoughtsDetail: '',
      protectiveFactors: '',
      level: 'moderate',
      safetyPlan: {
        warningSigns: '',
        copingStrategies: '',
        peopleAndPlaces: '',
        peopleToAskForHelp: '',
        professionals: '',
        keepingSafe: '',
      },
      domains: ['falls', 'self_neglect', 'safeguarding'],
      falls: fallsFound,
      selfNeglect: none,
      safeguarding: none,
    });
    const noPlan = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: fallsRisk,
    });
    expect(noPlan.statusCode).toBe(400);
    expect(noPlan.json<{ error: { fields: FieldError[] } }>().error.fields).toEqual([
      expect.objectContaining({ path: 'data.falls.plan', code: 'domain_plan_required' }),
    ]);
    const saved = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: {
        ...fallsRisk,
        falls: { ...fallsFound, plan: 'Strength and balance group; pendant alarm' },
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<Entry>().scores).toEqual({
      suggestedLevel: 'moderate',
      stayIndependent: { score: 4, atRisk: true },
    });
    // A low-risk falls patient with nothing found saves without suicide answers or safety plan.
    const low = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: { ...fallsRisk, level: 'low', falls: { ...none, stayIndependent: null } },
    });
    expect(low.statusCode, low.body).toBe(201);
    expect(low.json<Entry>().scores).toEqual({ suggestedLevel: 'low' });
    // Every risk the pathway asks about is assessed: leaving out safeguarding is refused.
    const partial = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: {
        ...fallsRisk,
        level: 'low',
        domains: ['falls', 'self_neglect'],
        falls: { ...none, stayIndependent: null },
      },
    });
    expect(partial.statusCode).toBe(400);
    expect(partial.json<{ error: { fields: FieldError[] } }>().error.fields).toEqual([
      expect.objectContaining({ path: 'data.domains', code: 'pathway_domain_missing' }),
    ]);
    // A screen must have all twelve answers.
    const short = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'risk',
      data: { ...fallsRisk, falls: { ...fallsFound, plan: 'x', stayIndependent: [true] } },
    });
    expect(short.statusCode).toBe(400);
  });

  it('keeps every version and tells the second editor rather than overwriting', async () => {
    const { episodeId } = await newEpisode();
    const contact = (
      await ot.post(`/api/episodes/${episodeId}/entries`, {
        kind: 'contact',
        data: { occurredOn: '2026-11-10', mode: 'phone', minutes: 30, note: 'First call.' },
      })
    ).json<Entry>();
    const first = await ot.put(`/api/episodes/${episodeId}/entries/${contact.id}`, {
      baseVersion: 1,
      data: { ...contact.data, note: 'First call. Agreed a home visit.' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json<Entry>()).toMatchObject({ version: 2, updatedBy: 'Olwen Thomas' });
    const second = await ot2.put(`/api/episodes/${episodeId}/entries/${contact.id}`, {
      baseVersion: 1,
      data: { ...contact.data, minutes: 45 },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ error: { message: string } }>().error.message).toContain('Olwen Thomas');
    const again = await ot2.put(`/api/episodes/${episodeId}/entries/${contact.id}`, {
      baseVersion: 2,
      data: { ...contact.data, note: 'First call. Agreed a home visit.', minutes: 45 },
    });
    expect(again.json<Entry>()).toMatchObject({
      version: 3,
      data: { minutes: 45, note: 'First call. Agreed a home visit.' },
    });
    const history = (
      await ot.get(`/api/episodes/${episodeId}/entries/${contact.id}/history`)
    ).json<{ versions: { version: number; changedFields: string[]; changedBy: string }[] }>();
    expect(history.versions.map((v) => [v.version, v.changedFields, v.changedBy])).toEqual([
      [3, ['minutes'], 'Owain Price'],
      [2, ['note'], 'Olwen Thomas'],
      [1, [], 'Olwen Thomas'],
    ]);
    await expect(
      t.db.deleteFrom('record_entry_versions').where('entry_id', '=', contact.id).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('shows GPs a summary of their own practice only, and navigators nothing; every look is audited', async () => {
    const { episodeId } = await newEpisode();
    await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'contact',
      data: {
        occurredOn: '2026-11-10',
        mode: 'phone',
        minutes: 20,
        note: 'Private detail of the call.',
      },
    });
    const summary = await gp.get(`/api/episodes/${episodeId}/record`);
    expect(summary.statusCode).toBe(200);
    expect(summary.json<{ view: string }>().view).toBe('summary');
    expect(summary.body).not.toContain('Private detail');
    expect(summary.json<{ summary: { contacts: number } }>().summary.contacts).toBe(1);
    expect((await otherGp.get(`/api/episodes/${episodeId}/record`)).statusCode).toBe(403);
    expect((await navigator.get(`/api/episodes/${episodeId}/record`)).statusCode).toBe(403);
    expect(
      (await gp.post(`/api/episodes/${episodeId}/entries`, { kind: 'contact', data: {} }))
        .statusCode,
    ).toBe(403);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['resource_type', 'outcome'])
      .where('resource_id', '=', episodeId)
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { resource_type: 'episode_summary', outcome: 'allowed' },
        { resource_type: 'episode_summary', outcome: 'denied' },
        { resource_type: 'episode_record', outcome: 'denied' },
      ]),
    );
  });

  it('discharges with outcomes repeated, closes the episode, writes the letter and sends the PREM', async () => {
    const { episodeId, name } = await newEpisode('work', '9434765919');
    const post = (kind: string, data: unknown) =>
      ot.post(`/api/episodes/${episodeId}/entries`, { kind, data });
    const work = (was: number, stage: string, on: string) => ({
      stage,
      assessedOn: on,
      work: {
        status: 'sick_leave_fit_note',
        fitNoteUntil: '2026-12-01',
        was,
        jobTitle: 'Warehouse operative',
        jobDemands: 'Lifting',
        adjustments: 'None yet',
      },
      eq5d5l: eq5d('ENGLAND_5L_2018'),
      notes: '',
    });
    expect((await post('assessment', work(3, 'initial', '2026-11-01'))).statusCode).toBe(201);
    const discharge = {
      dischargedOn: '2026-11-20',
      reason: 'goals_met',
      reasonDetail: '',
      avoided: {
        gpAppointments: true,
        gpAppointmentsCount: null,
        secondaryCareReferral: false,
        medication: true,
      },
      workOutcome: { status: 'in_work', detail: 'Back on a phased return' },
      adviceForGp: 'No action needed.',
      measuresNotRepeatedReason: '',
      sendPrem: true,
    };
    const refused = await ot.post(`/api/episodes/${episodeId}/discharge`, discharge);
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json<{ error: { fields: FieldError[] } }>()
        .error.fields.map((f) => f.path)
        .sort(),
    ).toEqual(['avoided.gpAppointmentsCount', 'measuresNotRepeatedReason']);
    expect((await post('assessment', work(7, 'discharge', '2026-11-19'))).statusCode).toBe(201);
    const done = await ot.post(`/api/episodes/${episodeId}/discharge`, {
      ...discharge,
      avoided: { ...discharge.avoided, gpAppointmentsCount: 2 },
    });
    expect(done.statusCode).toBe(201);
    expect(done.json<{ premSent: boolean }>().premSent).toBe(true);
    const episode = await t.db
      .selectFrom('episodes')
      .select(['status', 'closed_at'])
      .where('id', '=', episodeId)
      .executeTakeFirstOrThrow();
    expect(episode.status).toBe('closed');
    const prem = await t.db
      .selectFrom('outbox_messages')
      .select(['kind', 'payload'])
      .where('kind', '=', 'prem_link')
      .execute();
    expect(prem.some((m) => JSON.stringify(m.payload).includes('/questionnaire/'))).toBe(true);

    // Closed: no more assessments, but a late note is fine; a second discharge is refused.
    expect((await post('assessment', work(8, 'review', '2026-11-21'))).statusCode).toBe(409);
    expect(
      (
        await post('contact', {
          occurredOn: '2026-11-21',
          mode: 'phone',
          minutes: 5,
          note: 'Late note',
        })
      ).statusCode,
    ).toBe(201);
    expect((await ot.post(`/api/episodes/${episodeId}/discharge`, discharge)).statusCode).toBe(409);

    for (const client of [ot, gp]) {
      const letter = await client.get(`/api/episodes/${episodeId}/discharge-letter.pdf`);
      expect(letter.statusCode).toBe(200);
      expect(letter.headers['content-type']).toBe('application/pdf');
      const text = await extractPdfText(letter.rawPayload);
      expect(text).toContain(name);
      expect(text).toContain('943 476 5919');
      expect(text).toContain('Goals met');
      expect(text).toContain('Work Ability Score');
      expect(text).toContain('No action needed.');
      // Issue 16 item 9: from the service's address, never a clinician's own; dates in words.
      const flowing = text.replace(/\s+/g, ' ');
      expect(flowing).toContain(
        'Everyday OT service, 1 High Street, Sale M33 7XX, telephone 0161 496 0000, ot.service@example.nhs.uk',
      );
      expect(new Set(flowing.match(/[\w.+-]+@[\w.-]+\w/g))).toEqual(
        new Set(['ot.service@example.nhs.uk']),
      );
      expect(text).toContain('20 November 2026');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(flowing).toContain('In work: Back on a phased return');
    }
    expect(
      (await navigator.get(`/api/episodes/${episodeId}/discharge-letter.pdf`)).statusCode,
    ).toBe(403);
  });

  it('writes the AHP Health and Work Report with every field', async () => {
    const { episodeId, name } = await newEpisode('work');
    const report = {
      advice: 'may_be_fit',
      options: {
        phasedReturn: true,
        amendedDuties: false,
        alteredHours: true,
        workplaceAssessment: false,
      },
      functionalEffects: 'Cannot lift above 10 kg; tires after two hours.',
      difficulties: [{ difficulty: 'Lifting boxes', recommendation: 'Team lifts for six weeks' }],
      period: { from: '2026-11-20', to: '2026-12-18' },
      review: { required: true, date: '2026-12-18' },
      practitioner: {
        name: 'Olwen Thomas',
        profession: 'occupational_therapist',
        professionOther: null,
        hcpcNumber: 'OT12345',
        organisation: 'Kendal PCN occupational therapy',
        contact: '01539 000000',
      },
      assessedOn: '2026-11-20',
      issuedOn: '2026-11-20',
      comments: null,
    };
    const bad = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'health_work_report',
      data: { ...report, period: { from: '2026-12-18', to: '2026-11-20' } },
    });
    expect(bad.statusCode).toBe(400);
    const saved = await ot.post(`/api/episodes/${episodeId}/entries`, {
      kind: 'health_work_report',
      data: report,
    });
    expect(saved.statusCode).toBe(201);
    const pdf = await ot.get(
      `/api/episodes/${episodeId}/entries/${saved.json<Entry>().id}/health-work-report.pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    const text = await extractPdfText(pdf.rawPayload);
    for (const expected of [
      name,
      'OT12345',
      'Olwen Thomas',
      'a phased return to work',
      'altered hours',
      'Lifting boxes',
      'Team lifts for six weeks',
    ])
      expect(text).toContain(expected);
    const record = (await ot.get(`/api/episodes/${episodeId}/record`)).json<{
      me: { lastHcpcNumber: string };
    }>();
    expect(record.me.lastHcpcNumber).toBe('OT12345');
  });
});
