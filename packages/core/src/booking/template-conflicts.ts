/**
 * Two templates that would put one OT in two clinics at once (issue 4 item 1). Slot generation
 * never emits overlapping slots for an OT, but it can only drop the later one; this check lets an
 * admin see and fix the clash when saving.
 */
import { minutesOfDay } from '../shared/calendar-date.js';
import type { ClinicTemplate } from './clinic-template.js';

export interface TemplateConflict {
  readonly otId: string;
  readonly templateIds: readonly [string, string];
}

function datesOverlap(a: ClinicTemplate, b: ClinicTemplate): boolean {
  const aEnd = a.validUntil ?? '9999-12-31';
  const bEnd = b.validUntil ?? '9999-12-31';
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

/** Pairs of templates for the same OT sharing a weekday, dates in force and clock times. */
export function findTemplateConflicts(templates: readonly ClinicTemplate[]): TemplateConflict[] {
  const conflicts: TemplateConflict[] = [];
  templates.forEach((a, i) => {
    for (const b of templates.slice(i + 1)) {
      if (a.otId !== b.otId) continue;
      if (!a.weekdays.some((d) => b.weekdays.includes(d))) continue;
      if (!datesOverlap(a, b)) continue;
      const timesOverlap =
        minutesOfDay(a.startTime) < minutesOfDay(b.endTime) &&
        minutesOfDay(b.startTime) < minutesOfDay(a.endTime);
      if (timesOverlap) conflicts.push({ otId: a.otId, templateIds: [a.id, b.id] });
    }
  });
  return conflicts;
}
