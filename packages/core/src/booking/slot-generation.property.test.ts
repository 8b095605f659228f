/**
 * Properties of slot generation that must hold for every input (issue 4, Checks): no overlaps for
 * an OT, the horizon kept, bank holidays and leave respected, Europe/London wall-clock times kept
 * across the March and October clock changes, and the same input giving the same slots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBankHoliday, NATIONS } from '../shared/bank-holidays.js';
import {
  addCalendarDays,
  clockTimeFromMinutes,
  minutesOfDay,
  type IsoWeekday,
} from '../shared/calendar-date.js';
import { CLINIC_MODES, type ClinicTemplate } from './clinic-template.js';
import { defaultGpadFor } from './gpad.js';
import {
  generateSlots,
  type GenerateSlotsInput,
  type GeneratedSlot,
  type LeavePeriod,
  type TemplateException,
} from './slot-generation.js';

// An oracle independent of london-time.ts: the runtime's own Intl reading of London time.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function readLondon(instant: string) {
  const ms = Date.parse(instant);
  const parts = Object.fromEntries(londonParts.formatToParts(ms).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  return { date, time, offsetMinutes: (Date.parse(`${date}T${time}:00Z`) - ms) / 60_000 };
}
/** London midnight as an instant: clocks change at 01:00 UTC, so 00:00Z has midnight's offset. */
const londonMidnightMs = (date: string) => {
  const guess = Date.parse(`${date}T00:00:00Z`);
  return guess - readLondon(new Date(guess).toISOString()).offsetMinutes * 60_000;
};

const OTS = ['ot-a', 'ot-b', 'ot-c'] as const;
const CHANGE_WINDOWS = ['2026-03-22', '2026-03-29', '2026-10-18', '2026-10-25', '2027-03-24'];

const dateIn = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

const fromDate = fc.oneof(fc.constantFrom(...CHANGE_WINDOWS), dateIn('2025-01-01', '2027-12-31'));

const template = (index: number, from: string): fc.Arbitrary<ClinicTemplate> =>
  fc
    .record({
      otId: fc.constantFrom(...OTS),
      siteId: fc.constantFrom('site-1', 'site-2'),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      slotMinutes: fc.constantFrom(15, 20, 30, 45, 60),
      startSlot: fc.integer({ min: 0, max: 287 }), // 5-minute steps through the day
      slots: fc.integer({ min: 1, max: 10 }),
      mode: fc.constantFrom(...CLINIC_MODES),
      nation: fc.constantFrom(...NATIONS),
      validFromOffset: fc.integer({ min: -30, max: 20 }),
      validForDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    })
    .map((r) => {
      const start = Math.min(r.startSlot * 5, 1439 - r.slotMinutes);
      const slots = Math.max(1, Math.min(r.slots, Math.floor((1439 - start) / r.slotMinutes)));
      const validFrom = addCalendarDays(from, r.validFromOffset);
      return {
        id: `t${index}`,
        otId: r.otId,
        siteId: r.siteId,
        weekdays: r.weekdays as IsoWeekday[],
        startTime: clockTimeFromMinutes(start),
        endTime: clockTimeFromMinutes(start + slots * r.slotMinutes),
        slotMinutes: r.slotMinutes,
        mode: r.mode,
        capacity: r.mode === 'group' ? 6 : 1,
        validFrom,
        validUntil:
          r.validForDays === undefined ? undefined : addCalendarDays(validFrom, r.validForDays),
        nation: r.nation,
        gpad: defaultGpadFor(r.mode),
      } satisfies ClinicTemplate;
    });

const templatesFrom = (from: string) =>
  fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => template(i, from))));

const leave = (from: string): fc.Arbitrary<LeavePeriod> =>
  fc.oneof(
    fc
      .record({
        otId: fc.constantFrom(...OTS),
        start: fc.integer({ min: -5, max: 60 }),
        days: fc.integer({ min: 0, max: 10 }),
      })
      .map((r) => ({
        otId: r.otId,
        from: addCalendarDays(from, r.start),
        until: addCalendarDays(from, r.start + r.days),
      })),
    fc
      .record({
        otId: fc.constantFrom(...OTS),
        startMinutes: fc.integer({ min: -1440, max: 60 * 1440 }),
        lengthMinutes: fc.integer({ min: 1, max: 3 * 1440 }),
      })
      .map((r) => {
        const startMs = Date.parse(`${from}T00:00:00Z`) + r.startMinutes * 60_000;
        return {
          otId: r.otId,
          from: new Date(startMs).toISOString(),
          until: new Date(startMs + r.lengthMinutes * 60_000).toISOString(),
        };
      }),
  );

const exception = (from: string, ids: readonly string[]): fc.Arbitrary<TemplateException> =>
  fc.oneof(
    fc
      .record({ templateId: fc.constantFrom(...ids), day: fc.integer({ min: 0, max: 60 }) })
      .map((r) => ({
        templateId: r.templateId,
        date: addCalendarDays(from, r.day),
        kind: 'cancelled' as const,
      })),
    fc
      .record({
        templateId: fc.constantFrom(...ids),
        day: fc.integer({ min: 0, max: 60 }),
        start: fc.integer({ min: 0, max: 1380 }),
        length: fc.integer({ min: 1, max: 300 }),
      })
      .map((r) => ({
        templateId: r.templateId,
        date: addCalendarDays(from, r.day),
        kind: 'moved' as const,
        startTime: clockTimeFromMinutes(r.start),
        endTime: clockTimeFromMinutes(Math.min(1439, r.start + r.length)),
      })),
  );

const input: fc.Arbitrary<GenerateSlotsInput> = fc
  .record({ from: fromDate, horizonDays: fc.integer({ min: 1, max: 45 }) })
  .chain(({ from, horizonDays }) =>
    templatesFrom(from).map((ts) => ({ templates: ts, from, horizonDays })),
  )
  .chain(({ templates: ts, from, horizonDays }) =>
    fc.record({
      templates: fc.constant(ts),
      from: fc.constant(from),
      horizonDays: fc.constant(horizonDays),
      leave: fc.array(leave(from), { maxLength: 4 }),
      exceptions: fc.array(
        exception(
          from,
          ts.map((t) => t.id),
        ),
        { maxLength: 4 },
      ),
    }),
  );

function leaveInterval(l: LeavePeriod): [number, number] {
  const isDate = (v: string) => v.length === 10;
  return [
    isDate(l.from) ? londonMidnightMs(l.from) : Date.parse(l.from),
    isDate(l.until) ? londonMidnightMs(addCalendarDays(l.until, 1)) : Date.parse(l.until),
  ];
}

const runs = { numRuns: 150 };
// Generous: the runs are fast alone, but CI machines are shared.
const TIMEOUT_MS = 120_000;

describe('generateSlots properties (issue 4 checks)', () => {
  it(
    'never puts an OT in two overlapping slots, and never repeats a key',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          const slots = generateSlots(i);
          expect(new Set(slots.map((s) => s.key)).size).toBe(slots.length);
          const byOt = new Map<string, GeneratedSlot[]>();
          for (const s of slots) byOt.set(s.otId, [...(byOt.get(s.otId) ?? []), s]);
          for (const list of byOt.values()) {
            const sorted = [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
            sorted.slice(1).forEach((s, n) => {
              expect(Date.parse(s.start)).toBeGreaterThanOrEqual(Date.parse(sorted[n]!.end));
            });
          }
        }),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps every slot inside [from, from + horizon) and returns them in time order',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          const slots = generateSlots(i);
          const horizonEnd = addCalendarDays(i.from, i.horizonDays ?? 28);
          const [firstMs, endMs] = [londonMidnightMs(i.from), londonMidnightMs(horizonEnd)];
          for (const s of slots) {
            expect(s.localDate >= i.from && s.localDate < horizonEnd).toBe(true);
            expect(Date.parse(s.start)).toBeGreaterThanOrEqual(firstMs);
            expect(Date.parse(s.end)).toBeLessThanOrEqual(endMs);
          }
          const times = slots.map((s) => Date.parse(s.start));
          expect(times).toEqual([...times].sort((a, b) => a - b));
        }),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'opens no slot on a bank holiday of its nation, on leave, or outside the template dates',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          const byId = new Map(i.templates.map((t) => [t.id, t]));
          for (const s of generateSlots(i)) {
            const t = byId.get(s.templateId)!;
            expect(isBankHoliday(t.nation, s.localDate)).toBe(false);
            expect(s.localDate >= t.validFrom).toBe(true);
            if (t.validUntil !== undefined) expect(s.localDate <= t.validUntil).toBe(true);
            for (const l of i.leave ?? []) {
              if (l.otId !== s.otId) continue;
              const [from, until] = leaveInterval(l);
              const overlaps = from < Date.parse(s.end) && Date.parse(s.start) < until;
              expect(overlaps).toBe(false);
            }
          }
        }),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'starts every slot at its wall-clock time in London, on the template grid, slotMinutes long',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          const byId = new Map(i.templates.map((t) => [t.id, t]));
          const moved = new Map(
            (i.exceptions ?? []).map((e) => [`${e.templateId}:${e.date}`, e] as const),
          );
          for (const s of generateSlots(i)) {
            const t = byId.get(s.templateId)!;
            const session = moved.get(`${t.id}:${s.localDate}`);
            const start = session?.kind === 'moved' ? session.startTime : t.startTime;
            expect(readLondon(s.start)).toMatchObject({ date: s.localDate, time: s.localStart });
            expect(readLondon(s.end).time).toBe(
              clockTimeFromMinutes(minutesOfDay(s.localStart) + t.slotMinutes),
            );
            expect((minutesOfDay(s.localStart) - minutesOfDay(start)) % t.slotMinutes).toBe(0);
            expect(Date.parse(s.end) - Date.parse(s.start)).toBe(t.slotMinutes * 60_000);
            expect(s.key).toBe(`${t.id}:${s.localDate}:${s.localStart}`);
          }
        }),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is deterministic: the same input gives the same slots and keys',
    () => {
      fc.assert(
        fc.property(input, (i) => {
          const first = generateSlots(i);
          const again = generateSlots({ ...i, templates: [...i.templates].reverse() });
          expect(again.map((s) => s.key)).toEqual(first.map((s) => s.key));
          expect(generateSlots(i)).toEqual(first);
        }),
        runs,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'keeps daytime clinics at their wall-clock times across 2026-03-29 and 2026-10-25 while the UTC offset changes',
    () => {
      const daytime = fc.record({
        start: fc.integer({ min: 7 * 4, max: 16 * 4 }).map((q) => q * 15), // 07:00–16:00
        slotMinutes: fc.constantFrom(15, 30, 60),
        slots: fc.integer({ min: 1, max: 4 }),
        from: fc.constantFrom('2026-03-23', '2026-10-19'),
      });
      fc.assert(
        fc.property(daytime, ({ start, slotMinutes, slots, from }) => {
          const t: ClinicTemplate = {
            id: 'daytime',
            otId: 'ot-a',
            siteId: 'site-1',
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            startTime: clockTimeFromMinutes(start),
            endTime: clockTimeFromMinutes(start + slots * slotMinutes),
            slotMinutes,
            mode: 'in_person',
            capacity: 1,
            validFrom: '2026-01-01',
            nation: 'england',
            gpad: defaultGpadFor('in_person'),
          };
          const generated = generateSlots({
            templates: [t],
            from,
            horizonDays: 14,
            bankHolidays: () => false,
          });
          expect(generated).toHaveLength(14 * slots);
          const offsets = new Set(generated.map((s) => readLondon(s.start).offsetMinutes));
          expect(offsets).toEqual(new Set([0, 60]));
          const firstOfDay = generated.filter((s) => s.localStart === t.startTime);
          for (const s of firstOfDay) expect(readLondon(s.start).time).toBe(t.startTime);
          // The same wall-clock time sits an hour apart in UTC either side of the change.
          const utcMinutes = new Set(firstOfDay.map((s) => s.start.slice(11, 16)));
          expect(utcMinutes.size).toBe(2);
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT_MS,
  );
});
