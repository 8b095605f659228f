/** The database itself refuses double booking, overfilling, and an OT in two slots at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';

describe.each(testEngines())('booking constraints in the database on $name', (engine) => {
  let t: TestDatabase;
  let tree: TestTree;
  let otId: string;
  let siteId: string;
  let personIds: string[];

  const gpad = {
    gpad_national_category: 'General Consultation Routine',
    gpad_service_setting: 'Primary Care Network',
    gpad_mode: 'Face-to-Face',
  };

  async function slot(key: string, start: string, end: string, capacity = 1) {
    return await t.db
      .insertInto('slots')
      .values({
        key,
        ot_id: otId,
        site_id: siteId,
        starts_at: start,
        ends_at: end,
        mode: capacity > 1 ? 'group' : 'in_person',
        capacity,
        ...gpad,
      })
      .returning(['id', 'starts_at', 'ends_at', 'capacity'])
      .executeTakeFirstOrThrow();
  }

  function book(
    s: { id: string; starts_at: Date; ends_at: Date; capacity: number },
    seat: number,
    personId: string,
  ) {
    return t.db
      .insertInto('appointments')
      .values({
        slot_id: s.id,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        seat,
        slot_capacity: s.capacity,
        person_id: personId,
        practice_id: tree.practiceIds[0],
        booked_via: 'staff',
      })
      .execute();
  }

  beforeAll(async () => {
    t = await engine.create();
    tree = await makeOrganisationTree(t.db);
    otId = (await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] })).id;
    siteId = (
      await t.db
        .insertInto('sites')
        .values({ name: 'Site', organisation_id: tree.pcnId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    personIds = [];
    for (let i = 0; i < 4; i++) {
      personIds.push(
        (
          await t.db
            .insertInto('people')
            .values({
              given_name: 'P',
              family_name: `Q${i}`,
              date_of_birth: '1950-01-01',
              registered_practice_id: tree.practiceIds[0],
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('refuses a second live booking of the same place, but allows it once the first is cancelled', async () => {
    const s = await slot('c1', '2026-12-01T09:00:00Z', '2026-12-01T09:30:00Z');
    await book(s, 1, personIds[0]!);
    await expect(book(s, 1, personIds[1]!)).rejects.toMatchObject({ code: '23505' });
    await expect(book(s, 2, personIds[1]!)).rejects.toThrow(/check/i);
    await t.db
      .updateTable('appointments')
      .set({ status: 'cancelled_by_person' })
      .where('slot_id', '=', s.id)
      .execute();
    await book(s, 1, personIds[1]!);
  });

  it('never puts an OT in two open slots at once', async () => {
    await slot('c2', '2026-12-02T09:00:00Z', '2026-12-02T09:30:00Z');
    await expect(slot('c3', '2026-12-02T09:15:00Z', '2026-12-02T09:45:00Z')).rejects.toMatchObject({
      code: '23P01',
    });
    await slot('c4', '2026-12-02T09:30:00Z', '2026-12-02T10:00:00Z');
  });

  it('never puts a person in two appointments at once', async () => {
    const a = await slot('c5', '2026-12-03T09:00:00Z', '2026-12-03T10:00:00Z', 12);
    const b = await slot('c6', '2026-12-03T10:00:00Z', '2026-12-03T11:00:00Z');
    await book(a, 1, personIds[2]!);
    await book(b, 1, personIds[2]!);
    await t.db.deleteFrom('appointments').where('slot_id', '=', b.id).execute();
    const otherOt = (await makeUser(t.db, { roles: ['ot'], organisationIds: [tree.pcnId] })).id;
    const clash = await t.db
      .insertInto('slots')
      .values({
        key: 'c7',
        ot_id: otherOt,
        site_id: siteId,
        starts_at: '2026-12-03T09:30:00Z',
        ends_at: '2026-12-03T10:00:00Z',
        mode: 'in_person',
        capacity: 1,
        ...gpad,
      })
      .returning(['id', 'starts_at', 'ends_at', 'capacity'])
      .executeTakeFirstOrThrow();
    await expect(book(clash, 1, personIds[2]!)).rejects.toMatchObject({ code: '23P01' });
  });
});
