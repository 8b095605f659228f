import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardCell, toCsv } from './csv.js';

describe('CSV for download', () => {
  it('prefixes a cell starting =, +, -, @, tab or carriage return (OWASP "CSV Injection")', () => {
    for (const bad of ['=1+1', '+44 7700', '-2+3', '@SUM(A1)', '\t=x', '\r=x'])
      expect(guardCell(bad)).toBe(`'${bad}`);
    for (const fine of ['Gwen', '07700 900123', '2026-11-03T10:15:00.000Z', 'a=b', ''])
      expect(guardCell(fine)).toBe(fine);
  });

  it('writes a header and guards every text cell, whatever its column (OWASP "CSV Injection")', () => {
    const csv = toCsv(
      [
        { id: 1, reason: '=HYPERLINK("http://x","y")', ip: '@evil' },
        { id: 2, reason: 'retry', ip: '127.0.0.1' },
      ],
      ['id', 'reason', 'ip'],
    );
    expect(parse(csv, { columns: true })).toEqual([
      { id: '1', reason: `'=HYPERLINK("http://x","y")`, ip: "'@evil" },
      { id: '2', reason: 'retry', ip: '127.0.0.1' },
    ]);
  });
});
