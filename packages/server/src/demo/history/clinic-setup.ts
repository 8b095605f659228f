/**
 * The demo's set-up before its history (issue 11 item 4): the OT's site and clinic templates, and
 * the generator's own user, which cannot sign in.
 */
import { randomBytes } from 'node:crypto';
import type { CalendarDate } from '@everyday/core';
import type { Kysely } from 'kysely';
import type { PatientAccess, AccessContext } from '../../access/patient-access.js';
import type { Actor } from '../../auth/actor.js';
import { hashPassword } from '../../auth/passwords.js';
import { insertSite } from '../../booking/clinic.repository.js';
import { saveClinicTemplate } from '../../booking/save-clinic-template.js';
import type { Database } from '../../db/schema.js';
import { insertUser } from '../../users/user.repository.js';
import type { SimulatedClock } from '../simulated-clock.js';

const DEMO_GENERATOR_EMAIL = 'demo-generator@demo.everyday.example';

/** Sites and clinics the demo's OT keeps: one-to-one on Tuesdays and Thursdays, groups on Wednesdays. */
export async function setUpClinics(
  db: Kysely<Database>,
  deps: { access: PatientAccess; clock: SimulatedClock },
  context: AccessContext,
  actor: Actor,
  o: { pcnId: string; otId: string; from: CalendarDate },
): Promise<void> {
  const siteId = await insertSite(db, {
    name: 'Delamere Medical Practice, OT room',
    organisationId: o.pcnId,
    address: 'M32 0DF',
  });
  const common = { siteId, otId: o.otId, nation: 'england' as const, validFrom: o.from };
  await saveClinicTemplate(
    context,
    {
      actor,
      templateId: null,
      body: {
        ...common,
        name: 'OT clinic',
        weekdays: [2, 4],
        startTime: '09:00',
        endTime: '16:00',
        slotMinutes: 30,
        mode: 'in_person',
        capacity: 1,
      },
    },
    deps,
  );
  await saveClinicTemplate(
    context,
    {
      actor,
      templateId: null,
      body: {
        ...common,
        name: 'Living well group',
        weekdays: [3],
        startTime: '10:00',
        endTime: '12:00',
        slotMinutes: 120,
        mode: 'group',
        capacity: 10,
      },
    },
    deps,
  );
}

/** The demo generator's own user: inactive, with a password nobody knows, so it cannot sign in. */
export async function generatorUser(db: Kysely<Database>, serviceId: string): Promise<string> {
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', DEMO_GENERATOR_EMAIL)
    .executeTakeFirst();
  if (existing) return existing.id;
  const passwordHash = await hashPassword(randomBytes(24).toString('base64url'));
  return db.transaction().execute(async (trx) => {
    const id = await insertUser(trx, {
      email: DEMO_GENERATOR_EMAIL,
      name: 'Demo generator',
      roles: ['ot'],
      organisationIds: [serviceId],
      passwordHash,
    });
    await trx.updateTable('users').set({ active: false }).where('id', '=', id).execute();
    return id;
  });
}
