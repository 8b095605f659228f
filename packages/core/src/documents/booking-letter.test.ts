import { describe, expect, it } from 'vitest';
import {
  composeBookingLetter,
  formatLetterDate,
  type BookingLetterInput,
} from './booking-letter.js';
import { documentToPlainText } from './document-model.js';

const input = (overrides: Partial<BookingLetterInput> = {}): BookingLetterInput => ({
  language: 'en',
  service: {
    name: 'Everyday Occupational Therapy',
    address: 'Health Centre, Station Road, Kendal LA9 6BT',
    phone: '01632 960000',
  },
  person: { name: 'Gwen Morgan', address: ['1 Castle Street', 'Kendal', 'LA9 4JE'] },
  reference: 'EVD-7K3M',
  code: 'ABCD-EFGH',
  bookUrl: 'https://everyday.example/book',
  expiresOn: '2026-11-09',
  date: '2026-11-02',
  ...overrides,
});

describe('the booking letter', () => {
  it('gives the address, the code, the short address of /book and the phone number', () => {
    const text = documentToPlainText(composeBookingLetter(input()));
    for (const part of [
      'Choose a time for your appointment',
      'From: Everyday Occupational Therapy, Health Centre, Station Road, Kendal LA9 6BT',
      'Telephone: 01632 960000',
      'Date: 2 November 2026',
      'Gwen Morgan\n1 Castle Street\nKendal\nLA9 4JE',
      'Dear Gwen Morgan,',
      '(reference EVD-7K3M)',
      '1. Go to https://everyday.example/book on a phone, tablet or computer.',
      '2. Enter this code:\n\nABCD-EFGH',
      'The code works until 9 November 2026.',
      'Call us on 01632 960000',
    ])
      expect(text).toContain(part);
  });

  it('is written in Welsh for a person written to in Welsh', () => {
    const text = documentToPlainText(composeBookingLetter(input({ language: 'cy' })));
    for (const part of [
      'Dewiswch amser ar gyfer eich apwyntiad',
      'Dyddiad: 2 Tachwedd 2026',
      'Annwyl Gwen Morgan,',
      '1. Ewch i https://everyday.example/book',
      'Mae’r cod yn gweithio tan 9 Tachwedd 2026.',
      'Ffoniwch ni ar 01632 960000',
      'Cyfeirnod EVD-7K3M',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Choose a time');
  });

  it('points to the GP practice when the service has no phone number, and leaves out a missing address', () => {
    const text = documentToPlainText(
      composeBookingLetter(
        input({
          service: { name: 'OT', address: null, phone: null },
          person: { name: 'Gwen Morgan', address: [] },
        }),
      ),
    );
    expect(text).toContain('Contact your GP practice');
    expect(text).not.toContain('Telephone:');
    expect(text).toContain('From: OT\n');
  });

  it('writes dates in words in either language', () => {
    expect(formatLetterDate('2026-03-01', 'cy')).toBe('1 Mawrth 2026');
    expect(formatLetterDate('2026-03-01', 'en')).toBe('1 March 2026');
  });
});
