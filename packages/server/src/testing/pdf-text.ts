/**
 * Test support: the text of a PDF as a person would read it, one line per line of the page, for
 * asserting what a rendered document says. Uses Mozilla's PDF.js (pdfjs-dist, legacy build, which
 * runs in Node 20 without a browser or canvas). Shared by server tests and the browser tests in
 * packages/web/src/e2e (import './pdf-text.js').
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Every page's text, pages separated by a form feed. */
  readonly text: string;
  /** One string per page. */
  readonly pages: readonly string[];
  /** Document metadata title, when set. */
  readonly title: string | null;
}

interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface PdfJsTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextRun(item: object): item is PdfJsTextItem {
  return 'str' in item && 'transform' in item;
}

/** Runs grouped into lines (top to bottom), each line's runs left to right, spaced where apart. */
function pageText(runs: readonly TextRun[]): string {
  const lines: TextRun[][] = [];
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const run of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (
      line !== undefined &&
      first !== undefined &&
      Math.abs(first.y - run.y) <= Math.max(2, run.height / 3)
    )
      line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((line) => {
      let out = '';
      let end = Number.NEGATIVE_INFINITY;
      for (const run of [...line].sort((a, b) => a.x - b.x)) {
        if (out !== '' && run.x - end > 0.5 && !out.endsWith(' ') && !run.str.startsWith(' '))
          out += ' ';
        out += run.str;
        end = run.x + run.width;
      }
      return out.replace(/ +/g, ' ').trimEnd();
    })
    .join('\n');
}

/** Read a PDF and return its text, page by page, plus its metadata title. */
export async function readPdf(pdf: Buffer | Uint8Array): Promise<PdfText> {
  // PDF.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(pdf.byteLength);
  data.set(pdf);
  const task = getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!isTextRun(item) || item.str === '') continue;
        const transform: readonly number[] = item.transform;
        runs.push({
          str: item.str,
          x: transform[4] ?? 0,
          y: transform[5] ?? 0,
          width: item.width,
          height: item.height,
        });
      }
      pages.push(pageText(runs));
    }
    const metadata = await document.getMetadata();
    const info = metadata.info as { Title?: unknown } | undefined;
    return {
      text: pages.join('\n\f\n'),
      pages,
      title: typeof info?.Title === 'string' ? info.Title : null,
    };
  } finally {
    await task.destroy();
  }
}

/** The text of a PDF, pages separated by a form feed. */
export async function extractPdfText(pdf: Buffer | Uint8Array): Promise<string> {
  return (await readPdf(pdf)).text;
}

/**
 * The size (points) of every run of text of a PDF, as PDF.js reads it from the page: for
 * asserting print size (large print is 16 point and up, issue 16 item 6).
 */
export async function textSizes(pdf: Buffer | Uint8Array): Promise<number[]> {
  const data = new Uint8Array(pdf.byteLength);
  data.set(pdf);
  const task = getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const document = await task.promise;
  try {
    const sizes: number[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      for (const item of content.items) {
        if (!isTextRun(item) || item.str.trim() === '') continue;
        const [a = 0, b = 0]: readonly number[] = item.transform;
        sizes.push(Math.round(Math.hypot(a, b) * 10) / 10);
      }
    }
    return sizes;
  } finally {
    await task.destroy();
  }
}
