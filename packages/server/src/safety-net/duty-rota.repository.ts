/** The duty rota (migration 0006): one duty clinician per practice and London date. Staff data. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface DutyRotaRow {
  readonly practiceId: string;
  readonly date: string;
  readonly userId: string;
  readonly userName: string;
  readonly userEmail: string;
  readonly userActive: boolean;
}

function view(db: Db) {
  return db;
}

export async function listDutyRota(
  db: Db,
  practiceIds: readonly string[],
  from: string,
  to: string,
): Promise<DutyRotaRow[]> {
  if (practiceIds.length === 0) return [];
  const rows = await view(db)
    .selectFrom('duty_rota')
    .innerJoin('users', 'users.id', 'duty_rota.user_id')
    .select([
      'duty_rota.organisation_id',
      'duty_rota.date',
      'duty_rota.user_id',
      'users.name',
      'users.email',
      'users.active',
    ])
    .where('duty_rota.organisation_id', 'in', [...practiceIds])
    .where('duty_rota.date', '>=', from)
    .where('duty_rota.date', '<=', to)
    .orderBy('duty_rota.date')
    .orderBy('duty_rota.organisation_id')
    .execute();
  return rows.map((r) => ({
    practiceId: r.organisation_id,
    date: r.date,
    userId: r.user_id,
    userName: r.name,
    userEmail: r.email,
    userActive: r.active,
  }));
}

/** Put someone on duty for a practice and date, or (userId null) take the day off the rota. */
export async function setDutyClinician(
  db: Db,
  entry: { practiceId: string; date: string; userId: string | null; updatedBy: string; at: Date },
): Promise<void> {
  const v = view(db);
  if (entry.userId === null) {
    await v
      .deleteFrom('duty_rota')
      .where('organisation_id', '=', entry.practiceId)
      .where('date', '=', entry.date)
      .execute();
    return;
  }
  const values = { user_id: entry.userId, updated_by: entry.updatedBy, updated_at: entry.at };
  await v
    .insertInto('duty_rota')
    .values({ organisation_id: entry.practiceId, date: entry.date, ...values })
    .onConflict((oc) => oc.columns(['organisation_id', 'date']).doUpdateSet(values))
    .execute();
}

/** The duty clinician of each practice on a date (active users only). */
export async function dutyCliniciansOn(
  db: Db,
  practiceIds: readonly string[],
  date: string,
): Promise<Map<string, { id: string; name: string; email: string }>> {
  const rows = await listDutyRota(db, practiceIds, date, date);
  return new Map(
    rows
      .filter((r) => r.userActive)
      .map((r) => [r.practiceId, { id: r.userId, name: r.userName, email: r.userEmail }]),
  );
}
