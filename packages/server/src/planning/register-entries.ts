/**
 * Register entries from what is stored: each person's profile, their last supervision, their
 * rota (sessions a week at each practice, from their clinic templates) and their leave, put
 * through core's rules for today.
 */
import {
  dueReasons,
  hcpcStanding,
  leaveStanding,
  sessionsPerWeekByPractice,
  supervisionStanding,
  type CalendarDate,
  type StaffProfile,
  type StaffRegisterEntry,
} from '@everyday/core';
import {
  lastSupervisions,
  leaveFor,
  profilesFor,
  rotaFor,
  type ProfileRow,
  type RegisterDb,
  type StaffMemberRow,
} from './staff-register.repository.js';

export function toProfile(row: ProfileRow): StaffProfile {
  return {
    profession: row.profession,
    band: row.band,
    hcpcNumber: row.hcpc_number,
    hcpcRenewalOn: row.hcpc_renewal_on,
    wte: row.wte_hundredths / 100,
    startedOn: row.started_on,
    supervisionIntervalMonths: row.supervision_interval_months,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by_name,
  };
}

export async function registerEntries(
  db: RegisterDb,
  members: readonly StaffMemberRow[],
  today: CalendarDate,
): Promise<StaffRegisterEntry[]> {
  const ids = members.map((m) => m.id);
  const [profiles, last, rota, leave] = [
    await profilesFor(db, ids),
    await lastSupervisions(db, ids),
    await rotaFor(db, ids),
    await leaveFor(db, ids, today),
  ];
  const profileOf = new Map(profiles.map((p) => [p.user_id, toProfile(p)]));
  return members.map((member) => {
    const profile = profileOf.get(member.id) ?? null;
    const sessions = sessionsPerWeekByPractice(rota.get(member.id) ?? [], today);
    const supervision = supervisionStanding({
      today,
      lastOn: last.get(member.id) ?? null,
      startedOn: profile?.startedOn ?? null,
      intervalMonths: profile?.supervisionIntervalMonths,
    });
    const hcpc = hcpcStanding({
      today,
      profession: profile?.profession ?? null,
      hcpcNumber: profile?.hcpcNumber ?? null,
      renewalOn: profile?.hcpcRenewalOn ?? null,
    });
    return {
      userId: member.id,
      name: member.name,
      profile,
      sessions,
      sessionsPerWeek: Math.round(sessions.reduce((sum, s) => sum + s.sessions, 0) * 100) / 100,
      leave: leaveStanding(leave.get(member.id) ?? [], today),
      supervision,
      hcpc,
      reasons: dueReasons({ hasProfile: profile !== null, supervision, hcpc }),
    };
  });
}
