import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@everyday/core';
import { PatientAccess } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import { makeOrganisationTree, makeUser, unique, type TestTree } from '../testing/builders.js';
import { makeApp, TestClient } from '../testing/test-app.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { saveClinicTemplate } from './save-clinic-template.js';

// Monday 2 November 2026, 08:00 in London (GMT).
const NOW = new Date('2026-11-02T08:00:00Z');

describe.each(testEngines())('saving a clinic template on $name', (engine) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let tree: TestTree;
  let ot: TestClient;
  let actor: Actor;
  let siteId: string;

  const body = (name: string, site = siteId) => ({
    siteId: site,
    name,
    weekdays: [1],
    startTime: '09:00',
    endTime: '12:00',
    slotMinutes: 30,
    mode: 'in_person' as const,
    capacity: 1,
    nation: 'england' as const,
    validFrom: '2026-11-02',
  });

  beforeAll(async () => {
    t = await engine.create();
    app = await makeApp(t, {}, () => NOW);
    tree = await makeOrganisationTree(t.db);
    const user = await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] });
    ot = new TestClient(app);
    await ot.signIn(user.email, user.password);
    actor = {
      userId: user.id,
      email: user.email,
      name: 'Test OT',
      roles: ['ot'],
      organisationIds: [tree.pcnId],
      scope: new Set([tree.pcnId, ...tree.practiceIds]),
    };
    siteId = (
      await ot.post('/api/sites', { name: unique('Site'), organisationId: tree.pcnId })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
    await t.destroy();
  });

  it('writes one audit event for the saved template, in the transaction that made its slots', async () => {
    const res = await ot.post('/api/clinic-templates', body(unique('Clinic')));
    expect(res.statusCode, res.body).toBe(201);
    const { template, sync } = res.json<{ template: { id: string }; sync: { created: number } }>();
    expect(sync.created).toBe(24);
    const events = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('resource_id', '=', template.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'create',
      resource_type: 'clinic_template',
      organisation_id: tree.pcnId,
      outcome: 'allowed',
    });
  });

  it('rolls the template and its audit event back when bringing slots in step fails', async () => {
    const name = unique('Doomed clinic');
    const before = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      saveClinicTemplate(
        { principal: { kind: 'staff', actor }, ip: '127.0.0.1' },
        { actor, templateId: null, body: body(name) },
        {
          access: new PatientAccess(t.db),
          clock: fixedClock(NOW),
          syncSlots: () => Promise.reject(new Error('slot sync failed')),
        },
      ),
    ).rejects.toThrow('slot sync failed');
    const templates = await t.db
      .selectFrom('clinic_templates')
      .select('id')
      .where('name', '=', name)
      .execute();
    expect(templates).toEqual([]);
    const after = await t.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a template at a site of an organisation the OT does not cover', async () => {
    const admin = await makeUser(t.db, { roles: ['admin'], organisationIds: [tree.serviceId] });
    const adminClient = new TestClient(app);
    await adminClient.signIn(admin.email, admin.password);
    const elsewhere = (
      await adminClient.post('/api/sites', {
        name: unique('Elsewhere'),
        organisationId: tree.otherPcnPracticeId,
      })
    ).json<{ id: string }>().id;
    const res = await ot.post('/api/clinic-templates', body(unique('Clinic'), elsewhere));
    expect(res.statusCode, res.body).toBe(403);
  });
});
