import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkboxMark,
  documentToPlainText,
  formatDocumentDate,
  type ClinicalDocument,
} from './document-model.js';

describe('formatDocumentDate (NHS style "21 November 2026")', () => {
  it.each([
    ['2026-11-21', '21 November 2026'],
    ['2026-01-01', '1 January 2026'],
    ['1958-03-03', '3 March 1958'],
    ['2024-02-29', '29 February 2024'],
    ['2026-12-31', '31 December 2026'],
  ])('formats %s as %s', (input, expected) => {
    expect(formatDocumentDate(input)).toBe(expected);
  });

  it.each(['2026-02-30', '21/11/2026', '', 'soon'])(
    'returns %j unchanged when not a date',
    (input) => {
      expect(formatDocumentDate(input)).toBe(input);
    },
  );

  it('formats every real date as day, month name and year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(formatDocumentDate(iso)).toMatch(/^([1-9]|[12]\d|3[01]) [A-Z][a-z]+ \d{4}$/);
        },
      ),
    );
  });
});

describe('checkboxMark', () => {
  it('uses ASCII marks every standard PDF font can encode', () => {
    expect(checkboxMark(true)).toBe('[X]');
    expect(checkboxMark(false)).toBe('[ ]');
  });
});

describe('documentToPlainText', () => {
  const doc: ClinicalDocument = {
    title: 'Title',
    subtitle: 'Subtitle',
    meta: [{ label: 'Date:', value: '1 January 2026' }],
    blocks: [
      { kind: 'heading', text: 'Heading' },
      { kind: 'paragraph', text: 'Para' },
      { kind: 'fields', fields: [{ label: 'Name:', value: 'Ann' }] },
      {
        kind: 'checkboxes',
        label: 'Pick:',
        items: [
          { label: 'yes', checked: true },
          { label: 'no', checked: false },
        ],
      },
      { kind: 'table', header: ['A', 'B'], rows: [['1', '2']] },
      { kind: 'table', header: ['C'], rows: [], emptyText: 'Nothing' },
      {
        kind: 'signature',
        closing: 'Yours sincerely,',
        name: 'Alex',
        profession: 'Occupational therapist',
        registration: { label: 'HCPC registration number:', value: 'OT12345' },
        date: '2 January 2026',
      },
    ],
    footer: 'Foot',
  };

  it('writes every block in reading order', () => {
    expect(documentToPlainText(doc)).toBe(
      [
        'Title',
        'Subtitle',
        'Date: 1 January 2026',
        '',
        'Heading',
        '',
        'Para',
        '',
        'Name: Ann',
        '',
        'Pick:',
        '[X] yes',
        '[ ] no',
        '',
        'A | B',
        '1 | 2',
        '',
        'C',
        'Nothing',
        '',
        'Yours sincerely,',
        'Signature:',
        'Name: Alex',
        'Profession: Occupational therapist',
        'HCPC registration number: OT12345',
        'Date: 2 January 2026',
        '',
        'Foot',
      ].join('\n'),
    );
  });

  it('survives a JSON round trip unchanged (the model is serialisable)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
