/**
 * Typed builders for booking test data, with overrides and unique ids (STYLE.md, Tests). Used
 * only by the tests beside this file; kept out of the package index.
 */
import type { ClinicTemplate } from './clinic-template.js';
import { defaultGpadFor } from './gpad.js';
import type { GeneratedSlot } from './slot-generation.js';

let counter = 0;
/** A fresh id for this test run, e.g. `template-7`. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A valid Monday-to-Friday, 09:00–12:00, 30-minute, in-person clinic in England. */
export function makeTemplate(overrides: Partial<ClinicTemplate> = {}): ClinicTemplate {
  const mode = overrides.mode ?? 'in_person';
  return {
    id: uniqueId('template'),
    otId: uniqueId('ot'),
    siteId: uniqueId('site'),
    weekdays: [1, 2, 3, 4, 5],
    startTime: '09:00',
    endTime: '12:00',
    slotMinutes: 30,
    mode,
    capacity: mode === 'group' ? 8 : 1,
    validFrom: '2020-01-01',
    nation: 'england',
    gpad: defaultGpadFor(mode),
    ...overrides,
  };
}

/** A slot as generateSlots would make it, with overrides. */
export function makeSlot(overrides: Partial<GeneratedSlot> = {}): GeneratedSlot {
  return {
    key: uniqueId('slot'),
    templateId: uniqueId('template'),
    otId: uniqueId('ot'),
    siteId: uniqueId('site'),
    start: '2026-06-01T08:00:00.000Z',
    end: '2026-06-01T08:30:00.000Z',
    localDate: '2026-06-01',
    localStart: '09:00',
    mode: 'in_person',
    capacity: 1,
    gpad: defaultGpadFor('in_person'),
    ...overrides,
  };
}
