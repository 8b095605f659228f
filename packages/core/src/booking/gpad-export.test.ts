import { describe, expect, it } from 'vitest';
import { toGpadCsv } from './gpad-export.js';
import type { GpadRow } from './gpad.js';

const row = (overrides: Partial<GpadRow> = {}): GpadRow => ({
  appointmentDate: '2026-06-10',
  practiceOdsCode: 'W97001',
  nationalCategory: 'Care Home Needs Assessment & Personalised Care and Support Planning',
  serviceSetting: 'Primary Care Network',
  contextType: 'Care Related Encounter',
  hcpType: 'Other Practice staff',
  appointmentMode: 'Video Conference/Online',
  appointmentStatus: 'Attended',
  daysBetweenBookingAndAppointment: 9,
  ...overrides,
});

describe('GPAD CSV export (INSTRUMENTS.md §11 strings)', () => {
  it('writes a header and one line per appointment, GPAD strings verbatim', () => {
    expect(toGpadCsv([row()]).split('\r\n')).toEqual([
      'appointment_date,practice_ods_code,national_category,service_setting,context_type,hcp_type,appointment_mode,appointment_status,days_between_booking_and_appointment',
      '2026-06-10,W97001,Care Home Needs Assessment & Personalised Care and Support Planning,Primary Care Network,Care Related Encounter,Other Practice staff,Video Conference/Online,Attended,9',
      '',
    ]);
  });

  it('quotes fields that need it and never lets a cell start a formula', () => {
    const csv = toGpadCsv([row({ practiceOdsCode: '=HYPERLINK("x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('writes only the header for no rows', () => {
    expect(toGpadCsv([]).split('\r\n')).toHaveLength(2);
  });
});
