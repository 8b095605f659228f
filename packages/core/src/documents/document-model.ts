/**
 * A generic, serialisable model of a clinical document (a letter, a report, a form), composed by
 * pure functions in this folder and drawn by a renderer elsewhere (PDF in packages/server). Every
 * string is final text: dates are already formatted and boxes already decided, so a renderer only
 * lays out, and what a person reads is what the composer decided.
 */
import type { PrintSize } from '../front-door/communication-needs.js';
import { isCalendarDate } from '../shared/calendar-date.js';

export type { PrintSize } from '../front-door/communication-needs.js';

/** A label and its value, as on a form ("Practitioner's name:" → "Alex Morgan"). */
export interface DocumentField {
  readonly label: string;
  readonly value: string;
}

/** One tick box and whether it is ticked. */
export interface DocumentCheckbox {
  readonly label: string;
  readonly checked: boolean;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** Strong paragraphs are set in bold, e.g. the patient identifiers line of a letter. */
  readonly strong?: boolean;
}

export interface FieldsBlock {
  readonly kind: 'fields';
  readonly fields: readonly DocumentField[];
}

export interface CheckboxesBlock {
  readonly kind: 'checkboxes';
  /** The question the boxes answer, e.g. "I advise that:". */
  readonly label: string;
  readonly items: readonly DocumentCheckbox[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly caption?: string;
  readonly header: readonly string[];
  /** Each row has as many cells as the header. */
  readonly rows: readonly (readonly string[])[];
  /** Relative column widths (any positive numbers); equal widths when absent. */
  readonly widths?: readonly number[];
  /** Shown instead of an empty table. */
  readonly emptyText?: string;
  /** A note set in small type straight below the table, e.g. the disclosure rule it is under. */
  readonly note?: string;
  /** Set the cells in the small type size, for a table of many columns. */
  readonly compact?: boolean;
}

/** One bar of a chart: its label, its length (null draws none) and the text beside it. */
export interface ChartBar {
  readonly label: string;
  readonly value: number | null;
  /** The value as read, e.g. "12.5%" or "suppressed". */
  readonly text: string;
}

/**
 * A simple bar chart drawn from a table's numbers (the service report). Composers follow every
 * chart with the table of the same numbers and a one-sentence summary, so nothing is only in
 * the picture. `bars` are horizontal, one per group with its value written beside it; `columns`
 * are vertical, in time order, with some of their labels under the axis.
 */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly layout: 'bars' | 'columns';
  readonly bars: readonly ChartBar[];
  /** The value at the end of the axis; the largest bar's when absent. */
  readonly max?: number;
  /** What the axis measures, e.g. "people waiting" or "% of appointments". */
  readonly axisLabel: string;
}

/** The blocks after it start on a new page. */
export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}

export interface SignatureBlock {
  readonly kind: 'signature';
  /** A letter's closing, e.g. "Yours sincerely,". */
  readonly closing?: string;
  readonly name: string;
  readonly profession: string;
  /** Professional registration, e.g. { label: 'HCPC registration number', value: 'OT12345' }. */
  readonly registration: DocumentField | null;
  /** Already formatted, e.g. "21 November 2026". */
  readonly date: string;
}

export type DocumentBlock =
  | HeadingBlock
  | ParagraphBlock
  | FieldsBlock
  | CheckboxesBlock
  | TableBlock
  | SignatureBlock
  | ChartBlock
  | PageBreakBlock;

export interface ClinicalDocument {
  /** The document title, also the PDF's metadata title. */
  readonly title: string;
  readonly subtitle?: string;
  /** Key/values shown in the header of the first page (sender, date, recipient). */
  readonly meta: readonly DocumentField[];
  readonly blocks: readonly DocumentBlock[];
  /** Repeated at the foot of every page, e.g. the patient's name and NHS number. */
  readonly footer?: string;
  /** Author for the document metadata. */
  readonly author?: string;
  /**
   * Standard print unless the reader needs large print (their communication needs,
   * front-door/communication-needs.ts); see {@link TYPE_SIZES}. Absent means standard.
   */
  readonly print?: PrintSize;
  /**
   * The language the document is written in, for the PDF's language tag and its page numbers
   * ("Page 1 of 2", "Tudalen 1 o 2"). Absent means English.
   */
  readonly language?: 'en' | 'cy';
}

/** Type sizes (points) and the extra space between lines a renderer uses for one print size. */
export interface TypeSizes {
  readonly title: number;
  readonly subtitle: number;
  readonly heading: number;
  readonly body: number;
  /** Metadata, footers and page numbers. */
  readonly small: number;
  /** Points added between wrapped lines, beyond the font's own line height. */
  readonly lineGap: number;
}

/**
 * The type sizes of each print size. Standard print is the layout the letters always had. Large
 * print follows RNIB's Clear Print guidelines (RNIB, "Clear print guidelines", rnib.org.uk; also
 * the UK Association for Accessible Formats' minimum standards): large print is 16 to 18 point,
 * in a sans serif face, left aligned, with bold headings and generous line spacing. Here the
 * body and everything else the person reads (metadata, footers, page numbers) is at least 16
 * point, headings 20 point bold, and lines are spaced about one and a half times (a 16 point
 * face's own line is about 18.5 point; 6 points are added). Faces are sans serif (Helvetica or
 * DejaVu Sans) and text is left aligned in every print size (server documents/pdf.ts).
 */
export const TYPE_SIZES: Readonly<Record<PrintSize, TypeSizes>> = {
  standard: { title: 18, subtitle: 11, heading: 13, body: 10.5, small: 9, lineGap: 2 },
  large: { title: 24, subtitle: 16, heading: 20, body: 16, small: 16, lineGap: 6 },
};

/** The type sizes a document is rendered with. */
export function typeSizesOf(doc: Pick<ClinicalDocument, 'print'>): TypeSizes {
  return TYPE_SIZES[doc.print ?? 'standard'];
}

/**
 * The text of a tick box. Plain ASCII so every standard PDF font can encode it and text
 * extraction shows which box is ticked: "[X]" ticked, "[ ]" not.
 */
export function checkboxMark(checked: boolean): string {
  return checked ? '[X]' : '[ ]';
}

/** Labels of the signature block, shared by every renderer. */
export const SIGNATURE_LABELS = {
  signature: 'Signature:',
  name: 'Name:',
  profession: 'Profession:',
  date: 'Date:',
} as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A calendar date (`YYYY-MM-DD`) in the long form NHS letters use: "21 November 2026" (NHS
 * digital service manual, dates). Anything that is not a calendar date is returned unchanged, so
 * a bad stored value shows as itself rather than as a wrong date.
 */
export function formatDocumentDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/**
 * The document as plain text, block by block, in reading order: for previews, logs of what was
 * sent and tests. Checkboxes use {@link checkboxMark}, tables are one line per row.
 */
export function documentToPlainText(doc: ClinicalDocument): string {
  const lines: string[] = [doc.title];
  if (doc.subtitle !== undefined) lines.push(doc.subtitle);
  for (const field of doc.meta) lines.push(`${field.label} ${field.value}`);
  for (const block of doc.blocks) {
    lines.push('');
    lines.push(...blockToPlainText(block));
  }
  if (doc.footer !== undefined) lines.push('', doc.footer);
  return lines.join('\n');
}

function blockToPlainText(block: DocumentBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [block.text];
    case 'fields':
      return block.fields.map((field) => `${field.label} ${field.value}`);
    case 'checkboxes':
      return [
        block.label,
        ...block.items.map((item) => `${checkboxMark(item.checked)} ${item.label}`),
      ];
    case 'table': {
      const lines = block.caption === undefined ? [] : [block.caption];
      lines.push(block.header.join(' | '));
      if (block.rows.length === 0 && block.emptyText !== undefined) lines.push(block.emptyText);
      for (const row of block.rows) lines.push(row.join(' | '));
      if (block.note !== undefined) lines.push(block.note);
      return lines;
    }
    case 'chart':
      return [block.title, ...block.bars.map((bar) => `${bar.label}: ${bar.text}`)];
    case 'pageBreak':
      return [];
    case 'signature': {
      const lines = block.closing === undefined ? [] : [block.closing];
      lines.push(SIGNATURE_LABELS.signature);
      lines.push(`${SIGNATURE_LABELS.name} ${block.name}`);
      lines.push(`${SIGNATURE_LABELS.profession} ${block.profession}`);
      if (block.registration !== null)
        lines.push(`${block.registration.label} ${block.registration.value}`);
      lines.push(`${SIGNATURE_LABELS.date} ${block.date}`);
      return lines;
    }
  }
}
