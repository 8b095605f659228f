import { describe, expect, it } from 'vitest';
import { documentToPlainText, typeSizesOf, type TableBlock } from './document-model.js';
import { composeDischargeLetter, displayNhsNumber } from './discharge-letter.js';
import { makeDischargeLetterInput as makeInput } from '../testing/documents.js';

describe('displayNhsNumber', () => {
  it.each([
    ['9434765919', '943 476 5919'],
    ['943-476-5919', '943 476 5919'],
    [' 943 476 5919 ', '943 476 5919'],
    ['1234567890', '1234567890'],
    [null, 'not recorded'],
    ['', 'not recorded'],
  ])('shows %j as %j', (input, expected) => {
    expect(displayNhsNumber(input)).toBe(expected);
  });
});

describe('composeDischargeLetter', () => {
  it('writes a complete letter to the GP with every part of the episode', () => {
    const doc = composeDischargeLetter(makeInput());
    const text = documentToPlainText(doc);
    for (const part of [
      'Discharge letter',
      'From: Everyday Occupational Therapy, 01632 960000',
      'To: Riverside Surgery (Y01234)',
      'Date: 21 November 2026',
      'Dear Dr / practice team,',
      'Re: Margaret Hughes, born 3 March 1948, NHS number 943 476 5919',
      'Margaret Hughes has been discharged from Everyday Occupational Therapy.',
      'on the Falls and frailty pathway from 1 September 2026 to 20 November 2026 (6 contacts)',
      'Lead occupational therapist: Alex Morgan',
      'Reason for referral: Two falls at home in three months; worried about managing stairs.',
      'Reason for discharge: Goals met',
      'Measure | First | Last | Change',
      'EQ-5D-5L index | 0.512 | 0.734 | +0.222',
      'Clinical Frailty Scale | 5 | Not recorded | Not recorded',
      'Goal | Result',
      'Climb the stairs to bed safely every night | Achieved (+1)',
      'Home environment assessment | Second stair rail fitted',
      'Falls education | ',
      'GP appointments avoided (estimated): 2',
      'Referral to secondary care avoided: Yes',
      'Medication avoided: No',
      'No work outcome was recorded.',
      'Lives alone; pendant alarm in place.',
      'Advice and actions for the GP',
      'Please review her medication for falls risk at the next annual review.',
      'please contact Everyday Occupational Therapy: 01632 960000.',
      'Yours sincerely,',
      'Name: Alex Morgan',
      'Profession: Occupational therapist',
      'HCPC registration number: OT12345',
    ]) {
      expect(text).toContain(part);
    }
    expect(doc.footer).toBe('Margaret Hughes, NHS number 943 476 5919, born 3 March 1948');
  });

  it('says what was not recorded, without inventing values', () => {
    const text = documentToPlainText(
      composeDischargeLetter(
        makeInput({
          person: { name: 'Dafydd ap Llŷr', dateOfBirth: '1990-01-05', nhsNumber: null },
          outcomes: [],
          goals: [],
          interventions: [],
          risk: null,
          avoided: { gpAppointments: null, secondaryCareReferral: false, medication: false },
          workOutcome: 'Returned to work on a phased return from 3 November 2026.',
          episode: { ...makeInput().episode, contacts: 1 },
          author: { name: 'Alex Morgan', profession: 'Occupational therapist', hcpcNumber: null },
        }),
      ),
    );
    expect(text).toContain('Re: Dafydd ap Llŷr, born 5 January 1990, NHS number not recorded');
    expect(text).toContain('(1 contact)');
    expect(text).toContain('No outcome measures were recorded in this episode.');
    expect(text).toContain('No goals were recorded in this episode.');
    expect(text).toContain('No interventions were recorded in this episode.');
    expect(text).toContain('No risks were identified at discharge.');
    expect(text).toContain('GP appointments avoided (estimated): Not estimated');
    expect(text).toContain('Returned to work on a phased return from 3 November 2026.');
    expect(text).not.toContain('HCPC');
  });

  it('keeps every table row as wide as its header', () => {
    const doc = composeDischargeLetter(makeInput());
    for (const block of doc.blocks.filter((b): b is TableBlock => b.kind === 'table')) {
      for (const row of block.rows) expect(row).toHaveLength(block.header.length);
      expect(block.widths).toHaveLength(block.header.length);
    }
  });
});

describe('composeDischargeLetter: whose copy (issue 16 item 6)', () => {
  it("keeps the GP's copy in standard print, whatever the person needs", () => {
    expect(composeDischargeLetter(makeInput()).print).toBe('standard');
    expect(composeDischargeLetter(makeInput(), { for: 'gp' }).print).toBe('standard');
  });

  it("prints the person's copy in large print when they need it, and says whose copy it is", () => {
    const doc = composeDischargeLetter(makeInput(), { for: 'person', print: 'large' });
    expect(doc.print).toBe('large');
    expect(typeSizesOf(doc).body).toBeGreaterThanOrEqual(16);
    expect(documentToPlainText(doc)).toContain('Copy for: Margaret Hughes');
    expect(composeDischargeLetter(makeInput(), { for: 'person', print: 'standard' }).print).toBe(
      'standard',
    );
  });
});
