/**
 * Render a composed clinical document (packages/core documents) as an A4 PDF with pdfkit: a sober
 * NHS-style layout, wrapped text, tables whose rows move to the next page with their header, and
 * "Page 1 of 2" on every page. See docs/adr/0007-pdf-documents.md.
 *
 * Fonts: the PDF standard Helvetica when every character of the document is in WinAnsi (nothing
 * embedded, small files); otherwise DejaVu Sans (from the dejavu-fonts-ttf package), embedded as a
 * subset, for the whole document so a letter never mixes faces. That covers Welsh (ŵ ŷ), the
 * rest of Latin, Greek and Cyrillic; scripts that need shaping or right-to-left layout are not
 * supported.
 *
 * Print size: a document marked `print: 'large'` (the person needs large print) is set in core's
 * large-print sizes (`TYPE_SIZES`, RNIB Clear Print: 16 to 18 point, sans serif, left aligned,
 * bold headings, generous line spacing), with a deeper bottom margin for its larger footer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import {
  checkboxMark,
  SIGNATURE_LABELS,
  type ChartBlock,
  type CheckboxesBlock,
  type ClinicalDocument,
  type DocumentBlock,
  type DocumentField,
  type SignatureBlock,
  type TableBlock,
  type TypeSizes,
  typeSizesOf,
} from '@everyday/core';

export interface RenderPdfOptions {
  /** Creation date written in the metadata (the clock's now; fixed, the bytes are the same). */
  readonly creationDate: Date;
}

type Pdf = PDFKit.PDFDocument;

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 } as const;
/** Large print's footer (16 point, up to two lines) needs a deeper bottom margin. */
const LARGE_PRINT_MARGIN = { ...MARGIN, bottom: 96 } as const;
type Margins = typeof MARGIN | typeof LARGE_PRINT_MARGIN;
const CELL_PADDING = 4;
const COLOUR = {
  text: '#212b32',
  secondary: '#4c6272',
  blue: '#005eb8',
  border: '#aeb7bd',
  headerFill: '#e8edee',
  /** Chart bars: NHS blue. */
  bar: '#005eb8',
} as const;

/** "Page 1 of 2" in the document's language. */
const PAGE_LABEL: Readonly<Record<'en' | 'cy', (page: number, of: number) => string>> = {
  en: (page, of) => `Page ${String(page)} of ${String(of)}`,
  cy: (page, of) => `Tudalen ${String(page)} o ${String(of)}`,
};

interface Faces {
  readonly regular: string;
  readonly bold: string;
}

const STANDARD_FACES: Faces = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
const EMBEDDED_FACES: Faces = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };

/** Characters of the WinAnsi encoding outside Latin-1 (its 0x80–0x9F row). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** True when the standard PDF fonts can show every character of the text. */
export function isWinAnsiText(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const latin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    if (!latin1 && ch !== '\n' && !WIN_ANSI_EXTRA.has(ch)) return false;
  }
  return true;
}

/** An axis end: whole numbers as they are, others to one decimal place. */
function formatAxis(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Line breaks to \n, tabs to spaces, other control characters removed. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/(?!\n)\p{Cc}/gu, '');
}

function documentStrings(doc: ClinicalDocument): string[] {
  const out = [doc.title, doc.subtitle ?? '', doc.footer ?? '', doc.author ?? ''];
  const fields = (fs: readonly DocumentField[]): void => {
    for (const f of fs) out.push(f.label, f.value);
  };
  fields(doc.meta);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        out.push(block.text);
        break;
      case 'fields':
        fields(block.fields);
        break;
      case 'checkboxes':
        out.push(block.label, ...block.items.map((i) => i.label));
        break;
      case 'table':
        out.push(
          block.caption ?? '',
          block.emptyText ?? '',
          block.note ?? '',
          ...block.header,
          ...block.rows.flat(),
        );
        break;
      case 'chart':
        out.push(block.title, block.axisLabel, ...block.bars.flatMap((b) => [b.label, b.text]));
        break;
      case 'pageBreak':
        break;
      case 'signature':
        out.push(block.closing ?? '', block.name, block.profession, block.date);
        if (block.registration !== null) fields([block.registration]);
        break;
    }
  }
  return out.map(clean);
}

const requireFromHere = createRequire(import.meta.url);
let dejaVu: { regular: Buffer; bold: Buffer } | undefined;

function loadDejaVu(): { regular: Buffer; bold: Buffer } {
  dejaVu ??= {
    regular: readFileSync(requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(requireFromHere.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return dejaVu;
}

/** Draws blocks on a pdfkit document, keeping track of the faces and the content box. */
class Layout {
  readonly left: number;
  readonly width: number;
  private readonly lineGap: number;
  private colour: string = COLOUR.text;

  constructor(
    readonly pdf: Pdf,
    readonly faces: Faces,
    private readonly size: TypeSizes,
    private readonly margin: Margins,
  ) {
    this.left = margin.left;
    this.lineGap = size.lineGap;
    this.width = pdf.page.width - margin.left - margin.right;
    // A new page starts with a fresh graphics state: put the current colour back, whether the
    // page was added here or by pdfkit when text ran off the page.
    pdf.on('pageAdded', () => {
      pdf.fillColor(this.colour);
    });
  }

  get bottom(): number {
    return this.pdf.page.height - this.margin.bottom;
  }

  get pageHeight(): number {
    return this.pdf.page.height - this.margin.top - this.margin.bottom;
  }

  font(face: keyof Faces, size: number, colour: string = COLOUR.text): this {
    this.colour = colour;
    this.pdf.font(this.faces[face]).fontSize(size).fillColor(colour);
    return this;
  }

  height(text: string, width: number): number {
    return this.pdf.heightOfString(text, { width, lineGap: this.lineGap });
  }

  /** Start a new page unless `needed` points fit below the cursor (or the page is still empty). */
  ensure(needed: number): void {
    const atTop = this.pdf.y <= this.margin.top + 1;
    if (!atTop && this.pdf.y + needed > this.bottom) this.newPage();
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = this.left;
    this.pdf.y = this.margin.top;
  }

  /** Text that may run over several pages. */
  flow(text: string, x = this.left, width = this.width): void {
    this.pdf.text(clean(text), x, this.pdf.y, { width, lineGap: this.lineGap });
    this.pdf.x = this.left;
  }

  /** Text known to fit, drawn at a fixed place and never run on to a new page; callers reset the cursor. */
  place(text: string, x: number, y: number, width: number, height: number): void {
    this.pdf.text(clean(text), x, y, {
      width,
      height: height + this.size.body,
      lineGap: this.lineGap,
    });
  }

  gap(points: number): void {
    this.pdf.y += points;
  }

  rule(colour: string = COLOUR.border, weight = 0.75): void {
    const y = this.pdf.y;
    this.pdf
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(weight)
      .strokeColor(colour)
      .stroke();
  }

  header(doc: ClinicalDocument): void {
    this.font('bold', this.size.title, COLOUR.blue).flow(doc.title);
    if (doc.subtitle !== undefined)
      this.font('regular', this.size.subtitle, COLOUR.secondary).flow(doc.subtitle);
    this.gap(6);
    if (doc.meta.length > 0) this.fields(doc.meta, this.size.small, 0.16);
    this.gap(2);
    this.rule(COLOUR.blue, 1.5);
    this.gap(12);
  }

  block(block: DocumentBlock): void {
    switch (block.kind) {
      case 'heading':
        this.gap(6);
        this.font('bold', this.size.heading, COLOUR.blue);
        // Keep a heading with at least three lines of what follows it.
        this.ensure(this.height(block.text, this.width) + 3 * (this.size.body + this.lineGap + 2));
        this.flow(block.text);
        this.gap(4);
        return;
      case 'paragraph':
        this.font(block.strong === true ? 'bold' : 'regular', this.size.body).flow(block.text);
        this.gap(8);
        return;
      case 'fields':
        // Keep a short group of fields on one page.
        this.ensure(Math.min(this.fieldsHeight(block.fields), this.pageHeight / 3));
        this.fields(block.fields, this.size.body);
        this.gap(6);
        return;
      case 'checkboxes':
        this.checkboxes(block);
        return;
      case 'table':
        this.table(block);
        return;
      case 'signature':
        this.signature(block);
        return;
      case 'chart':
        this.chart(block);
        return;
      case 'pageBreak':
        this.ensure(this.pageHeight);
        return;
    }
  }

  private fieldsHeight(fields: readonly DocumentField[]): number {
    const labelWidth = Math.round(this.width * 0.42);
    return fields.reduce((sum, field) => {
      this.font('bold', this.size.body);
      const label = this.height(clean(field.label), labelWidth);
      this.font('regular', this.size.body);
      return (
        sum + Math.max(label, this.height(clean(field.value), this.width - labelWidth - 8)) + 3
      );
    }, 0);
  }

  /**
   * Label/value pairs in two columns. A pair that does not fit moves to the next page; one taller
   * than a page is written label above value, flowing over pages.
   */
  fields(fields: readonly DocumentField[], size: number, labelShare = 0.42): void {
    const labelWidth = Math.round(this.width * labelShare);
    const valueX = this.left + labelWidth + 8;
    const valueWidth = this.width - labelWidth - 8;
    for (const field of fields) {
      const label = clean(field.label);
      const value = clean(field.value === '' ? '—' : field.value);
      this.font('bold', size);
      const labelHeight = this.height(label, labelWidth);
      const labelWraps = labelHeight > this.height('X', labelWidth);
      this.font('regular', size);
      const valueHeight = this.height(value, valueWidth);
      const rowHeight = Math.max(labelHeight, valueHeight);
      if (labelWraps || rowHeight > this.pageHeight) {
        // A long label reads better above its value, and text extraction keeps it whole.
        this.ensure(
          Math.min(
            this.height(label, this.width) + this.height(value, this.width),
            3 * (size + this.lineGap + 2),
          ),
        );
        this.font('bold', size).flow(label);
        this.font('regular', size).flow(value);
      } else {
        this.ensure(rowHeight);
        const y = this.pdf.y;
        this.font('bold', size).place(label, this.left, y, labelWidth, labelHeight);
        this.font('regular', size).place(value, valueX, y, valueWidth, valueHeight);
        this.pdf.x = this.left;
        this.pdf.y = y + rowHeight;
      }
      this.gap(3);
    }
  }

  /**
   * A question and its boxes, "[X]" or "[ ]" then the label, wrapped with a hanging indent; the
   * group is kept on one page when it fits on one.
   */
  checkboxes(block: CheckboxesBlock): void {
    const markWidth = 24;
    this.font('regular', this.size.body);
    const itemsHeight = block.items.reduce(
      (sum, item) => sum + this.height(item.label, this.width - markWidth) + 3,
      0,
    );
    this.font('bold', this.size.body);
    const labelHeight = this.height(block.label, this.width) + 3;
    const total = labelHeight + itemsHeight;
    this.ensure(
      total <= this.pageHeight ? total : labelHeight + 2 * (this.size.body + this.lineGap + 4),
    );
    this.flow(block.label);
    this.gap(3);
    for (const item of block.items) {
      this.font('regular', this.size.body);
      const height = this.height(item.label, this.width - markWidth);
      if (height > this.pageHeight) {
        this.flow(`${checkboxMark(item.checked)} ${item.label}`);
      } else {
        this.ensure(height);
        const y = this.pdf.y;
        this.font(item.checked ? 'bold' : 'regular', this.size.body).place(
          checkboxMark(item.checked),
          this.left,
          y,
          markWidth,
          this.size.body,
        );
        this.font('regular', this.size.body).place(
          item.label,
          this.left + markWidth,
          y,
          this.width - markWidth,
          height,
        );
        this.pdf.x = this.left;
        this.pdf.y = y + height;
      }
      this.gap(3);
    }
    this.gap(6);
  }

  /**
   * A bordered table with a shaded header row, repeated on each page it spans. Cells wrap; a row
   * that does not fit moves to the next page; a row taller than a page is written as
   * "Header: value" paragraphs flowing over pages, so no text is ever cut.
   */
  table(block: TableBlock): void {
    const columns = block.header.length;
    const weights = block.widths?.length === columns ? block.widths : block.header.map(() => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (this.width * w) / total);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const header = block.header.map(clean);

    // A compact table (many columns) is set in the small size, never below large print's.
    const size = block.compact === true ? this.size.small : this.size.body;
    const measure = (cells: readonly string[], face: keyof Faces): number => {
      this.font(face, size);
      const heights = widths.map((w, i) => this.height(cells[i] ?? '', w - 2 * CELL_PADDING));
      return Math.max(...heights) + 2 * CELL_PADDING;
    };
    const drawRow = (cells: readonly string[], face: keyof Faces, fill?: string): void => {
      const height = measure(cells, face);
      const y = this.pdf.y;
      widths.forEach((w, i) => {
        const x = xs[i] ?? this.left;
        if (fill !== undefined) this.pdf.rect(x, y, w, height).fillColor(fill).fill();
        this.pdf.rect(x, y, w, height).lineWidth(0.5).strokeColor(COLOUR.border).stroke();
        this.font(face, size).place(
          cells[i] ?? '',
          x + CELL_PADDING,
          y + CELL_PADDING,
          w - 2 * CELL_PADDING,
          height - 2 * CELL_PADDING,
        );
      });
      this.pdf.x = this.left;
      this.pdf.y = y + height;
    };
    const headerHeight = measure(header, 'bold');

    if (block.caption !== undefined) {
      this.font('bold', this.size.body);
      this.ensure(this.height(block.caption, this.width) + headerHeight + 2 * this.size.body);
      this.flow(block.caption);
      this.gap(4);
    }
    if (block.rows.length === 0) {
      this.ensure(headerHeight + 2 * this.size.body);
      drawRow(header, 'bold', COLOUR.headerFill);
      this.gap(4);
      this.font('regular', this.size.body).flow(block.emptyText ?? 'None.');
      this.tableNote(block.note);
      this.gap(10);
      return;
    }
    let headerDrawn = false;
    for (const row of block.rows) {
      const cells = row.map(clean);
      const height = measure(cells, 'regular');
      if (headerHeight + height > this.pageHeight) {
        this.oversizedRow(header, cells);
        headerDrawn = false;
        continue;
      }
      if (this.pdf.y + (headerDrawn ? 0 : headerHeight) + height > this.bottom) {
        this.newPage();
        headerDrawn = false;
      }
      if (!headerDrawn) {
        drawRow(header, 'bold', COLOUR.headerFill);
        headerDrawn = true;
      }
      drawRow(cells, 'regular');
    }
    this.tableNote(block.note);
    this.gap(12);
  }

  private tableNote(note: string | undefined): void {
    if (note === undefined) return;
    this.gap(3);
    this.font('regular', this.size.small, COLOUR.secondary);
    this.ensure(this.height(note, this.width));
    this.flow(note);
    this.font('regular', this.size.body);
  }

  /**
   * A bar chart in vector shapes, kept on one page: horizontal bars with their label on the left
   * and their value written at the end, or vertical columns over a time axis with a label under
   * some of them. The scale runs from 0 to `max` (or the largest bar); bars with no value are
   * left empty, their text (e.g. "suppressed") still written for the horizontal layout.
   */
  chart(block: ChartBlock): void {
    const values = block.bars.flatMap((b) => (b.value === null ? [] : [b.value]));
    const top = Math.max(block.max ?? 0, ...values, 0);
    const scale = (v: number) => (top > 0 ? Math.max(0, v) / top : 0);
    const small = this.size.small;
    this.font('bold', this.size.body);
    const titleHeight = this.height(block.title, this.width) + 4;
    if (block.layout === 'bars') {
      const rowHeight = Math.max(small + 8, this.size.body + 4);
      const height = titleHeight + block.bars.length * rowHeight + small + 16;
      this.ensure(Math.min(height, this.pageHeight));
      this.flow(block.title);
      this.gap(4);
      const labelWidth = Math.round(this.width * 0.32);
      const textWidth = Math.round(this.width * 0.2);
      const barX = this.left + labelWidth + 6;
      const barWidth = this.width - labelWidth - textWidth - 12;
      for (const bar of block.bars) {
        this.ensure(rowHeight);
        const y = this.pdf.y;
        this.font('regular', small).place(bar.label, this.left, y + 2, labelWidth, rowHeight);
        const length = bar.value === null ? 0 : scale(bar.value) * barWidth;
        if (length > 0)
          this.pdf
            .rect(barX, y + 2, length, rowHeight - 5)
            .fillColor(COLOUR.bar)
            .fill();
        this.font(bar.value === null ? 'regular' : 'bold', small).place(
          bar.text,
          barX + length + 4,
          y + 2,
          textWidth + barWidth - length,
          rowHeight,
        );
        this.pdf.x = this.left;
        this.pdf.y = y + rowHeight;
      }
      const axisY = this.pdf.y + 1;
      this.pdf
        .moveTo(barX, axisY)
        .lineTo(barX + barWidth, axisY)
        .lineWidth(0.5)
        .strokeColor(COLOUR.border)
        .stroke();
      this.font('regular', small, COLOUR.secondary).place(
        `${block.axisLabel}: 0 – ${formatAxis(top)}`,
        barX,
        axisY + 3,
        barWidth + textWidth,
        small,
      );
      this.pdf.x = this.left;
      this.pdf.y = axisY + small + 12;
      this.font('regular', this.size.body);
      return;
    }
    const plotHeight = 130;
    const height = titleHeight + plotHeight + 3 * small + 24;
    this.ensure(Math.min(height, this.pageHeight));
    this.flow(block.title);
    this.gap(4);
    const axisWidth = 40;
    const plotX = this.left + axisWidth;
    const plotWidth = this.width - axisWidth;
    const y0 = this.pdf.y + 4;
    const base = y0 + plotHeight;
    const slot = block.bars.length > 0 ? plotWidth / block.bars.length : plotWidth;
    const barWidth = Math.max(1, slot * 0.7);
    this.pdf.lineWidth(0.5).strokeColor(COLOUR.border);
    this.pdf
      .moveTo(plotX, y0)
      .lineTo(plotX + plotWidth, y0)
      .dash(2, { space: 2 })
      .stroke();
    this.pdf.undash();
    this.pdf
      .moveTo(plotX, base)
      .lineTo(plotX + plotWidth, base)
      .stroke();
    this.pdf.moveTo(plotX, y0).lineTo(plotX, base).stroke();
    this.font('regular', small, COLOUR.secondary);
    this.place(formatAxis(top), this.left, y0 - small / 2, axisWidth - 4, small);
    this.place('0', this.left, base - small / 2, axisWidth - 4, small);
    block.bars.forEach((bar, i) => {
      if (bar.value === null) return;
      const h = scale(bar.value) * plotHeight;
      if (h > 0)
        this.pdf
          .rect(plotX + i * slot + (slot - barWidth) / 2, base - h, barWidth, h)
          .fillColor(COLOUR.bar)
          .fill();
    });
    // Labels under the axis, at most about eight so they never overlap.
    const every = Math.max(1, Math.ceil(block.bars.length / 8));
    this.font('regular', small, COLOUR.secondary);
    block.bars.forEach((bar, i) => {
      if (i % every !== 0) return;
      this.place(bar.label, plotX + i * slot, base + 3, Math.max(slot * every, 40), small);
    });
    this.place(block.axisLabel, plotX, base + small + 8, plotWidth, small);
    this.pdf.x = this.left;
    this.pdf.y = base + 2 * small + 20;
    this.font('regular', this.size.body);
  }

  private oversizedRow(header: readonly string[], cells: readonly string[]): void {
    this.gap(6);
    header.forEach((label, i) => {
      this.font('bold', this.size.body);
      this.ensure(3 * (this.size.body + this.lineGap));
      this.flow(label);
      this.font('regular', this.size.body).flow(cells[i] ?? '');
      this.gap(4);
    });
    this.rule();
    this.gap(8);
  }

  /** Closing, a line to sign on, then name, profession, registration and date, kept together. */
  signature(block: SignatureBlock): void {
    const lines: DocumentField[] = [
      { label: SIGNATURE_LABELS.name, value: block.name },
      { label: SIGNATURE_LABELS.profession, value: block.profession },
      ...(block.registration === null ? [] : [block.registration]),
      { label: SIGNATURE_LABELS.date, value: block.date },
    ];
    this.ensure(
      Math.min(this.pageHeight, 56 + lines.length * 2 * (this.size.body + this.lineGap + 3)),
    );
    this.gap(6);
    if (block.closing !== undefined) {
      this.font('regular', this.size.body).flow(block.closing);
      this.gap(6);
    }
    this.font('bold', this.size.body).flow(SIGNATURE_LABELS.signature);
    this.gap(26);
    const y = this.pdf.y;
    this.pdf
      .moveTo(this.left, y)
      .lineTo(this.left + this.width * 0.5, y)
      .lineWidth(0.75)
      .strokeColor(COLOUR.text)
      .stroke();
    this.gap(8);
    this.fields(lines, this.size.body);
  }

  /** Footer text and "Page n of m" on every page, written once every page exists. */
  footers(footer: string | undefined, language: 'en' | 'cy'): void {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      // Writing inside the bottom margin would otherwise start a new page.
      this.pdf.page.margins.bottom = 0;
      const y = this.pdf.page.height - this.margin.bottom + 24;
      this.pdf
        .moveTo(this.left, y - 8)
        .lineTo(this.left + this.width, y - 8)
        .lineWidth(0.5)
        .strokeColor(COLOUR.border)
        .stroke();
      const pageLabel = PAGE_LABEL[language](i - range.start + 1, range.count);
      this.font('regular', this.size.small, COLOUR.secondary);
      const pageWidth = this.pdf.widthOfString(pageLabel);
      if (footer !== undefined)
        this.pdf.text(clean(footer), this.left, y, {
          width: this.width - pageWidth - 16,
          height: this.size.small * 3,
          lineBreak: true,
        });
      this.pdf.text(pageLabel, this.left + this.width - pageWidth, y, {
        width: pageWidth,
        lineBreak: false,
      });
      this.pdf.page.margins.bottom = this.margin.bottom;
    }
  }
}

/**
 * Render a clinical document as an A4 PDF. The title, author and subject go into the metadata;
 * with `creationDate` fixed the bytes are the same on every run.
 */
export async function renderPdf(doc: ClinicalDocument, options: RenderPdfOptions): Promise<Buffer> {
  const { creationDate } = options;
  const standard = documentStrings(doc).every(isWinAnsiText);
  const margins = doc.print === 'large' ? LARGE_PRINT_MARGIN : MARGIN;
  const pdf = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    displayTitle: true,
    lang: doc.language === 'cy' ? 'cy-GB' : 'en-GB',
    pdfVersion: '1.7',
    info: {
      Title: clean(doc.title),
      ...(doc.author === undefined ? {} : { Author: clean(doc.author) }),
      ...(doc.subtitle === undefined ? {} : { Subject: clean(doc.subtitle) }),
      Creator: 'Everyday',
      CreationDate: creationDate,
      ModDate: creationDate,
    },
  });
  if (!standard) {
    const fonts = loadDejaVu();
    pdf.registerFont(EMBEDDED_FACES.regular, fonts.regular);
    pdf.registerFont(EMBEDDED_FACES.bold, fonts.bold);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    pdf.on('error', reject);
  });

  const layout = new Layout(
    pdf,
    standard ? STANDARD_FACES : EMBEDDED_FACES,
    typeSizesOf(doc),
    margins,
  );
  layout.header(doc);
  for (const block of doc.blocks) layout.block(block);
  layout.footers(doc.footer, doc.language ?? 'en');
  pdf.end();
  return done;
}
