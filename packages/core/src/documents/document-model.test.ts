import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkboxMark,
  documentToPlainText,
  formatDocumentDate,
  TYPE_SIZES,
  typeSizesOf,
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

describe('TYPE_SIZES: large print (RNIB Clear Print, 16 to 18 point)', () => {
  it('sets everything a person reads at 16 point or more, headings larger, lines spaced more', () => {
    const large = TYPE_SIZES.large;
    for (const size of [large.body, large.small, large.subtitle]) {
      expect(size).toBeGreaterThanOrEqual(16);
    }
    expect(large.heading).toBeGreaterThan(large.body);
    expect(large.title).toBeGreaterThan(large.heading);
    expect(large.lineGap).toBeGreaterThan(TYPE_SIZES.standard.lineGap);
  });

  it('uses standard print for a document that does not ask for large print', () => {
    expect(typeSizesOf({})).toBe(TYPE_SIZES.standard);
    expect(typeSizesOf({ print: 'large' })).toBe(TYPE_SIZES.large);
    expect(TYPE_SIZES.standard.body).toBeLessThan(16);
  });
});
