// The duty rota's week as the page shows it: the weekdays of a week, who is on duty for a practice
// on a day, and who can be chosen for a practice.
import { addCalendarDays } from '@everyday/core';
import type { DutyRota, DutyRotaEntry, Person } from './crisis-types.js';

/** Monday to Friday of the week starting on `monday` (the service is open on weekdays only). */
export function weekdaysFrom(monday: string): string[] {
  return [0, 1, 2, 3, 4].map((days) => addCalendarDays(monday, days));
}

/** `/api/duty-rota` for the weekdays of a week. */
export function dutyRotaPath(monday: string): string {
  return `/api/duty-rota?from=${monday}&to=${addCalendarDays(monday, 4)}`;
}

/** Who is on duty for a practice on a day (null: no one). */
export function onDuty(
  entries: readonly DutyRotaEntry[],
  practiceId: string,
  date: string,
): DutyRotaEntry | null {
  return entries.find((e) => e.practiceId === practiceId && e.date === date && e.userId) ?? null;
}

/**
 * The clinicians who can be on duty for a practice, by name: every OT and clinician the API lists
 * (they cover the caller's practices; one who works for the PCN or service above a practice covers
 * it too, which the list's own memberships cannot show, so the server checks the choice), and
 * whoever is on duty already, so a select always shows them.
 */
export function cliniciansFor(rota: DutyRota, current: DutyRotaEntry | null): Person[] {
  const here = (rota.clinicians ?? []).map((c) => ({ id: c.id, name: c.name }));
  if (current?.userId && !here.some((c) => c.id === current.userId))
    here.push({ id: current.userId, name: current.userName ?? current.userId });
  return here.sort((a, b) => a.name.localeCompare(b.name));
}
