import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../testing/shared-path.js';
import { CLINIC_MODES } from './clinic-template.js';
import {
  defaultGpadFor,
  GPAD_CONTEXT_TYPES,
  GPAD_HCP_TYPES,
  GPAD_MODES,
  GPAD_NATIONAL_CATEGORIES,
  GPAD_SERVICE_SETTINGS,
  GPAD_STATUSES,
  gpadStatusFor,
  toGpadRow,
  type GpadAppointment,
} from './gpad.js';

interface GpadReference {
  context_types: string[];
  service_settings: { name: string }[];
  national_categories_care_related_encounter: string[];
  hcp_type_published: string[];
  appointment_mode_published: string[];
  appointment_status_published: string[];
}

const reference = JSON.parse(
  readFileSync(sharedPath('reference/gpad/gpad_categories.json'), 'utf8'),
) as GpadReference;

describe('GPAD strings are exactly the reference (INSTRUMENTS.md §11, gpad_categories.json)', () => {
  it('national categories (care-related encounter)', () => {
    expect([...GPAD_NATIONAL_CATEGORIES]).toEqual(
      reference.national_categories_care_related_encounter,
    );
  });
  it('service settings', () => {
    expect([...GPAD_SERVICE_SETTINGS]).toEqual(reference.service_settings.map((s) => s.name));
  });
  it('modes, statuses, context types and HCP types', () => {
    expect([...GPAD_MODES]).toEqual(reference.appointment_mode_published);
    expect([...GPAD_STATUSES]).toEqual(reference.appointment_status_published);
    expect([...GPAD_CONTEXT_TYPES]).toEqual(reference.context_types);
    expect([...GPAD_HCP_TYPES]).toEqual(reference.hcp_type_published);
  });
});

describe('defaultGpadFor (INSTRUMENTS.md §11, ARRS First Contact Practitioner OT)', () => {
  it('maps an ARRS OT in core hours to Primary Care Network', () => {
    expect(defaultGpadFor('in_person')).toEqual({
      nationalCategory: 'General Consultation Routine',
      serviceSetting: 'Primary Care Network',
      mode: 'Face-to-Face',
    });
    expect(defaultGpadFor('phone').mode).toBe('Telephone');
    expect(defaultGpadFor('video').mode).toBe('Video Conference/Online');
  });

  it('maps home visits and groups to their own categories', () => {
    expect(defaultGpadFor('home_visit')).toEqual({
      nationalCategory: 'Home Visit',
      serviceSetting: 'Primary Care Network',
      mode: 'Home Visit',
    });
    expect(defaultGpadFor('group').nationalCategory).toBe('Group Consultation and Group Education');
  });

  it('uses Extended Access Provision in enhanced hours, General Practice when not ARRS', () => {
    expect(defaultGpadFor('phone', true, 'enhanced_access').serviceSetting).toBe(
      'Extended Access Provision',
    );
    expect(defaultGpadFor('phone', false).serviceSetting).toBe('General Practice');
  });

  it('always gives reference strings', () => {
    for (const mode of CLINIC_MODES) {
      const gpad = defaultGpadFor(mode);
      expect(reference.national_categories_care_related_encounter).toContain(gpad.nationalCategory);
      expect(reference.appointment_mode_published).toContain(gpad.mode);
    }
  });
});

const appointment = (overrides: Partial<GpadAppointment> = {}): GpadAppointment => ({
  start: '2026-06-10T08:00:00.000Z',
  bookedAt: '2026-06-01T15:12:00.000Z',
  practiceOdsCode: 'W97001',
  gpad: defaultGpadFor('in_person'),
  status: 'attended',
  ...overrides,
});

describe('toGpadRow (INSTRUMENTS.md §11 row shape)', () => {
  it('gives the appointment in GPAD terms', () => {
    expect(toGpadRow(appointment())).toEqual({
      appointmentDate: '2026-06-10',
      practiceOdsCode: 'W97001',
      nationalCategory: 'General Consultation Routine',
      serviceSetting: 'Primary Care Network',
      contextType: 'Care Related Encounter',
      hcpType: 'Other Practice staff',
      appointmentMode: 'Face-to-Face',
      appointmentStatus: 'Attended',
      daysBetweenBookingAndAppointment: 9,
    });
  });

  it('uses London dates for the day and the days between', () => {
    // Booked 23:30Z on 31 May = 00:30 BST on 1 June; appointment 00:15Z 2 June = 01:15 BST.
    const row = toGpadRow(
      appointment({ bookedAt: '2026-05-31T23:30:00Z', start: '2026-06-01T23:15:00Z' }),
    );
    expect(row?.appointmentDate).toBe('2026-06-02');
    expect(row?.daysBetweenBookingAndAppointment).toBe(1);
  });

  it('maps statuses: DNA, Unknown while booked, and leaves cancellations out', () => {
    expect(toGpadRow(appointment({ status: 'did_not_attend' }))?.appointmentStatus).toBe('DNA');
    expect(toGpadRow(appointment({ status: 'booked' }))?.appointmentStatus).toBe('Unknown');
    expect(toGpadRow(appointment({ status: 'cancelled_by_person' }))).toBeNull();
    expect(gpadStatusFor('cancelled_by_service')).toBeNull();
  });

  it('counts a retrospective booking as same day', () => {
    const row = toGpadRow(appointment({ bookedAt: '2026-06-11T10:00:00Z' }));
    expect(row?.daysBetweenBookingAndAppointment).toBe(0);
  });
});
