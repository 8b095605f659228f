import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  composeDischargeLetter,
  composeHealthWorkReport,
  composeServiceReport,
  documentToPlainText,
  type ClinicalDocument,
} from '@everyday/core';
import {
  makeDischargeLetterInput as makeLetter,
  makeHealthWorkReportInput as makeReport,
} from '../../../core/src/testing/documents.js';
import { makeServiceReportInput } from '../../../core/src/testing/service-report.js';
import { readPdf, textSizes } from '../testing/pdf-text.js';
import { isWinAnsiText, renderPdf } from './pdf.js';

const CREATED = new Date('2026-11-21T09:30:00Z');

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/))
    if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words of the document model missing from the PDF text (counting repeats), whatever the layout. */
function missingWords(doc: ClinicalDocument, pdfText: string): string[] {
  const have = words(pdfText);
  const missing: string[] = [];
  for (const [word, count] of words(documentToPlainText(doc).replace(/ \| /g, ' '))) {
    if ((have.get(word) ?? 0) < count) missing.push(word);
  }
  return missing;
}

const lorem = (n: number, seed: string): string =>
  Array.from(
    { length: n },
    (_, i) => `${seed}${i} needs support with sustained activity at work`,
  ).join('; ');

describe('renderPdf: AHP Health and Work Report', () => {
  it('shows every field label and value, with the right boxes ticked', async () => {
    const doc = composeHealthWorkReport(makeReport());
    const pdf = await renderPdf(doc, { creationDate: CREATED });
    const { text, title, pages } = await readPdf(pdf);

    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(title).toBe('AHP Health and Work Report');
    // Wrapped values run on to the next line: compare with line breaks as spaces.
    const flat = text.replace(/\s+/g, ' ');
    for (const line of [
      "Patient's name: Sian Roberts",
      'Date of birth: 14 June 1979',
      'I advise that:',
      '[ ] you are not fit for work.',
      '[X] you may be fit for work taking account of advice below',
      'This form has been completed by a:',
      '[ ] Physiotherapist',
      '[X] Occupational Therapist',
      '[ ] Podiatrist',
      '[ ] Other',
      "Practitioner's name: Alex Morgan",
      'HCPC registration number: OT12345',
      'Organisation/Service: Everyday Occupational Therapy',
      'Contact details (email/ tel no.): everyday@example.nhs.uk / 01632 960000',
      'Date assessment completed: 20 November 2026',
      'The functional effects of your condition:',
      'Reduced grip strength in the right hand; standing tolerance about 20 minutes.',
      'This report is issued for period from 21 November 2026 to 19 December 2026.',
      'A follow up review is required and has been made for 12 December 2026.',
      "With your employer's agreement you may benefit from these or more options:",
      '[X] a phased return to work',
      '[ ] amended duties',
      '[X] altered hours',
      '[ ] a workplace assessment',
      'Patient-reported work-relevant difficulty, recommendations and goals:',
      'Difficulty Recommendations / goals',
      'Lifting boxes over 5 kg Team lifts; review at 4 weeks',
      'Typing for long periods Breaks every 30 minutes',
      'Comments: Discussed with the patient, who agrees to share this with their employer.',
      'Signature:',
      'Name: Alex Morgan',
      'Profession: Occupational Therapist',
      'Date: 21 November 2026',
    ]) {
      expect(flat).toContain(line);
    }
    // Each box on its own line, its mark first.
    const lines = text.split('\n');
    expect(lines).toContain('[X] you may be fit for work taking account of advice below');
    expect(lines).toContain('[ ] a workplace assessment');
    expect(missingWords(doc, text)).toEqual([]);
    pages.forEach((page, i) => {
      expect(page).toContain(`AHP Health and Work Report: Sian Roberts, born 14 June 1979`);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('ticks "not fit for work" and no options when so advised', async () => {
    const doc = composeHealthWorkReport(
      makeReport({
        advice: 'not_fit',
        options: {
          phasedReturn: false,
          amendedDuties: false,
          alteredHours: false,
          workplaceAssessment: false,
        },
        review: { required: false },
      }),
    );
    const lines = (await readPdf(await renderPdf(doc, { creationDate: CREATED }))).text.split('\n');
    expect(lines).toContain('[X] you are not fit for work.');
    expect(lines).toContain('[ ] you may be fit for work taking account of advice below');
    for (const option of [
      'a phased return to work',
      'amended duties',
      'altered hours',
      'a workplace assessment',
    ])
      expect(lines).toContain(`[ ] ${option}`);
    expect(lines).toContain('A follow up review is not required.');
  });

  it('paginates long text and many rows, repeating the table header and losing nothing', async () => {
    const doc = composeHealthWorkReport(
      makeReport({
        functionalEffects: lorem(60, 'effect'),
        difficulties: [
          ...Array.from({ length: 40 }, (_, i) => ({
            difficulty: `Difficulty ${i} with ${lorem(2, 'task')}`,
            recommendation: `Recommendation ${i}: ${lorem(3, 'goal')}`,
          })),
          // One row taller than a page: written as paragraphs rather than cut.
          { difficulty: 'Concentration over a whole shift', recommendation: lorem(90, 'step') },
        ],
        comments: lorem(30, 'comment'),
      }),
    );
    const { text, pages } = await readPdf(await renderPdf(doc, { creationDate: CREATED }));
    expect(pages.length).toBeGreaterThan(4);
    expect(missingWords(doc, text)).toEqual([]);
    expect(
      text.split('\n').filter((l) => l === 'Difficulty Recommendations / goals').length,
    ).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });
});

describe('renderPdf: discharge letter', () => {
  it('shows the letter, identifiers, tables and sign-off', async () => {
    const doc = composeDischargeLetter(makeLetter());
    const { text, title, pages } = await readPdf(await renderPdf(doc, { creationDate: CREATED }));
    expect(title).toBe('Discharge letter');
    const flat = text.replace(/\s+/g, ' ');
    for (const line of [
      'Discharge letter',
      'From: Everyday Occupational Therapy, 01632 960000',
      'To: Riverside Surgery (Y01234)',
      'Date: 21 November 2026',
      'Dear Dr / practice team,',
      'Re: Margaret Hughes, born 3 March 1948, NHS number 943 476 5919',
      'Pathway: Falls and frailty',
      'Episode: 1 September 2026 to 20 November 2026',
      'Contacts: 6',
      'Reason for discharge: Goals met',
      'Measure First Last Change',
      'EQ-5D-5L index 0.512 0.734 +0.222',
      'Clinical Frailty Scale 5 Not recorded Not recorded',
      'Goal Result',
      'Climb the stairs to bed safely every night Achieved (+1)',
      'Home environment assessment Second stair rail fitted',
      'Falls education',
      'GP appointments avoided (estimated): 2',
      'Referral to secondary care avoided: Yes',
      'Medication avoided: No',
      'No work outcome was recorded.',
      'Lives alone; pendant alarm in place.',
      'Advice and actions for the GP',
      'Please review her medication for falls risk at the next annual review.',
      'Yours sincerely,',
      'Name: Alex Morgan',
      'Profession: Occupational therapist',
      'HCPC registration number: OT12345',
    ]) {
      expect(flat).toContain(line);
    }
    expect(missingWords(doc, text)).toEqual([]);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pages[0]).toContain('Margaret Hughes, NHS number 943 476 5919, born 3 March 1948');
  });

  it('paginates a long episode and keeps every word', async () => {
    const doc = composeDischargeLetter(
      makeLetter({
        outcomes: Array.from({ length: 60 }, (_, i) => ({
          measure: `Measure ${i}`,
          first: String(i),
          last: String(i + 1),
          change: '+1',
        })),
        adviceForGp: `${lorem(40, 'advice')}\n\nSecond paragraph of advice.`,
      }),
    );
    const { text, pages } = await readPdf(await renderPdf(doc, { creationDate: CREATED }));
    expect(pages.length).toBeGreaterThan(2);
    expect(missingWords(doc, text)).toEqual([]);
    expect(
      text.split('\n').filter((l) => l === 'Measure First Last Change').length,
    ).toBeGreaterThan(1);
  });
});

describe('renderPdf: fonts and output', () => {
  it('embeds DejaVu Sans for Welsh ŵ and ŷ, and the text extracts as written', async () => {
    const doc = composeDischargeLetter(
      makeLetter({
        person: { name: 'Dafydd ap Llŷr', dateOfBirth: '1990-01-05', nhsNumber: null },
        risk: 'Mae ŵyr yn byw gerllaw (a grandson lives nearby).',
      }),
    );
    const pdf = await renderPdf(doc, { creationDate: CREATED });
    const { text } = await readPdf(pdf);
    expect(text).toContain('Re: Dafydd ap Llŷr, born 5 January 1990, NHS number not recorded');
    expect(text).toContain('Mae ŵyr yn byw gerllaw');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(missingWords(doc, text)).toEqual([]);
  });

  it('uses the standard Helvetica, embedding nothing, when WinAnsi is enough', async () => {
    const pdf = await renderPdf(
      composeDischargeLetter(makeLetter({ risk: 'Siân’s “café” – €5 • ok' })),
      { creationDate: CREATED },
    );
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/BaseFont /Helvetica');
    expect(raw).not.toContain('/FontFile2');
    expect(await readPdf(pdf).then((r) => r.text)).toContain('Siân’s “café” – €5 • ok');
  });

  it('turns Windows line breaks and tabs into plain breaks and spaces, and drops control characters', async () => {
    const doc = composeDischargeLetter(makeLetter({ risk: 'Line one\r\nLine\ttwo\u0007 ends' }));
    const pdf = await renderPdf(doc, { creationDate: CREATED });
    expect(isWinAnsiText('Line one\nLine    two ends')).toBe(true);
    const lines = (await readPdf(pdf)).text.split('\n');
    expect(lines).toContain('Line one');
    expect(lines).toContain('Line two ends');
  });

  it('is byte-identical for the same document and creation date', async () => {
    for (const doc of [
      composeHealthWorkReport(makeReport()),
      composeDischargeLetter(
        makeLetter({ person: { name: 'Llŷr', dateOfBirth: '1990-01-05', nhsNumber: null } }),
      ),
    ]) {
      const a = await renderPdf(doc, { creationDate: CREATED });
      const b = await renderPdf(doc, { creationDate: CREATED });
      expect(a.equals(b)).toBe(true);
    }
  });

  it('never fails on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        async (risk, name) => {
          const pdf = await renderPdf(
            composeDischargeLetter(
              makeLetter({ risk, person: { name, dateOfBirth: '1990-01-05', nhsNumber: null } }),
            ),
            { creationDate: CREATED },
          );
          expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        },
      ),
      { numRuns: 15 },
    );
  });

  it.each([
    ['Plain ASCII', true],
    ['Siân, café, naïve, Zoë', true],
    ['“quoted” – dash … € ™ Œ', true],
    ['Llŷr', false],
    ['ŵ', false],
    ['Łukasz', false],
    ['Ω', false],
  ])('isWinAnsiText(%j) is %s', (text, expected) => {
    expect(isWinAnsiText(text)).toBe(expected);
  });
});

describe('renderPdf: large print (issue 16 item 6; RNIB Clear Print, 16 to 18 point)', () => {
  it('sets every word of a large-print letter at 16 point or more, and a standard one smaller', async () => {
    const letter = composeDischargeLetter(makeLetter());
    const standard = await renderPdf(letter, { creationDate: CREATED });
    const large = await renderPdf({ ...letter, print: 'large' }, { creationDate: CREATED });

    expect(Math.min(...(await textSizes(standard)))).toBeLessThan(16);
    expect(Math.min(...(await textSizes(large)))).toBeGreaterThanOrEqual(16);
    // The same words, none cut, on more pages.
    const read = await readPdf(large);
    expect(missingWords(letter, read.text)).toEqual([]);
    expect(read.pages.length).toBeGreaterThan((await readPdf(standard)).pages.length);
  });
});

/** Every content stream of a PDF, inflated, as text (pdfkit deflates them). */
function pageStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (a font file): skip it.
    }
  }
  return out.join('\n');
}

describe('renderPdf: the service report (issue 12 item 3): charts, table notes, page breaks', () => {
  it('draws the charts, keeps every word of the model and numbers pages in Welsh', async () => {
    for (const language of ['en', 'cy'] as const) {
      const doc = composeServiceReport(makeServiceReportInput({ language }));
      const pdf = await renderPdf(doc, { creationDate: CREATED });
      const { text, pages } = await readPdf(pdf);
      // Lines in narrow cells break after hyphens, dashes and slashes, so compare the pieces;
      // column charts write their numbers in the table that follows, not on the chart.
      const pieces = (t: string) =>
        t
          .replace(/ \| /g, ' ')
          .split(/[\s\-–/]+/)
          .filter(Boolean);
      const have = new Map<string, number>();
      for (const w of pieces(text)) have.set(w, (have.get(w) ?? 0) + 1);
      const want = new Map<string, number>();
      const tablesAndText = { ...doc, blocks: doc.blocks.filter((b) => b.kind !== 'chart') };
      for (const w of pieces(documentToPlainText(tablesAndText)))
        want.set(w, (want.get(w) ?? 0) + 1);
      expect([...want].filter(([w, n]) => (have.get(w) ?? 0) < n)).toEqual([]);
      for (const chart of doc.blocks.filter((b) => b.kind === 'chart'))
        expect(text.replace(/\s+/g, ' ')).toContain(chart.title);
      // The title block stands alone, and each appendix and the equity section start a page.
      expect(pages.length).toBeGreaterThan(4);
      const label = language === 'en' ? 'Page 1 of' : 'Tudalen 1 o';
      expect(pages[0]).toContain(`${label} ${String(pages.length)}`);
      // Bars are vector shapes: rectangles filled in NHS blue (#005eb8) in the page streams.
      const bars =
        pageStreams(pdf).match(/ re\s+\/DeviceRGB cs\s+0 0\.3686\d* 0\.7215\d* scn\s+f/g) ?? [];
      expect(bars.length).toBeGreaterThanOrEqual(3 + 2 + 2);
    }
  });
});
