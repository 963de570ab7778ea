// How large a PDF's body text is printed, read back with poppler's `pdftotext -bbox-layout`: the
// median height of the word boxes on each page, leaving out the running header and footer (printed
// in the page margins at their own size). Chromium shrinks every page of a print to fit its widest
// content, so one table too wide for the paper shows here as small text on every page.
import { execFileSync } from 'node:child_process';

export interface PageTextSize {
  page: number;
  words: number;
  /** Median word-box height, in points. */
  median: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Pages `first`..`last` (1-based, inclusive) of the PDF file; `marginPt` is the top and bottom margin to leave out. */
export function bodyTextSizes(file: string, first: number, last: number, marginPt: number): PageTextSize[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml
    .split('<page ')
    .slice(1)
    .map((page, i) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const boxes = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      const body = boxes.filter(([top, bottom]) => top > marginPt && bottom < height - marginPt).map(([top, bottom]) => bottom - top);
      return { page: first + i, words: body.length, median: body.length > 0 ? median(body) : 0 };
    });
}
