// The PDF report: the HTML report printed by an injected renderer, with a running header and
// "page N of M" footer. The contents page gets real page numbers from a first print: Chromium
// writes each in-document link target as a named destination, which names the page it lands on.
import type { ReportModel } from './model.js';
import { renderHtml } from './html/document.js';
import { reportTitle, tocEntries, type PageNumbers } from './html/front.js';
import { escapeHtml } from './html/markup.js';
import { namedDestinationPages } from './pdf-destinations.js';

export interface PdfPrintOptions {
  /** Chromium/Electron header and footer templates (HTML; spans .pageNumber and .totalPages are filled in). */
  headerTemplate: string;
  footerTemplate: string;
  /** A4 by default. */
  paperWidthIn: number;
  paperHeightIn: number;
  marginIn: { top: number; bottom: number; left: number; right: number };
}

/** Prints HTML to PDF bytes: Electron's webContents.printToPDF in the app, a local Chromium on the CLI. */
export type PdfRenderer = (html: string, options: PdfPrintOptions) => Promise<Uint8Array>;

const TEMPLATE_STYLE = 'font:8px "DejaVu Sans",Arial,sans-serif;color:#555;width:100%;margin:0 14mm;display:flex;justify-content:space-between';

export function pdfPrintOptions(model: ReportModel): PdfPrintOptions {
  // Header text comes from the scanned project (its name): escaped like every other interpolation.
  const left = escapeHtml(`${model.project.name} — ASVS ${model.asvs.version} Level ${model.asvs.level}`);
  const right = escapeHtml(`scan #${model.scan.id}${model.scan.gitCommit ? ` @ ${model.scan.gitCommit.slice(0, 12)}` : ''} · ${model.generatedAt.slice(0, 10)}`);
  return {
    headerTemplate: `<div style='${TEMPLATE_STYLE}'><span>${left}</span><span>${right}</span></div>`,
    footerTemplate: `<div style='${TEMPLATE_STYLE}'><span>${escapeHtml(reportTitle(model))}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    paperWidthIn: 8.27,
    paperHeightIn: 11.69,
    marginIn: { top: 0.65, bottom: 0.65, left: 0.55, right: 0.55 },
  };
}

/** Findings printed in full; past it, one register line each (the HTML and data formats keep every detail). */
export const PDF_FINDING_DETAIL_LIMIT = 100;

export async function renderPdf(model: ReportModel, renderer: PdfRenderer, detailLimit = PDF_FINDING_DETAIL_LIMIT): Promise<Uint8Array> {
  const options = pdfPrintOptions(model);
  const first = await renderer(renderHtml(model, { findingDetailLimit: detailLimit }), options);
  const pages = tocPages(model, first);
  if (!pages) return first;
  // The contents page reserves room for the numbers in the first pass, so the second lays out the same.
  return renderer(renderHtml(model, { pageNumbers: pages, findingDetailLimit: detailLimit }), options);
}

function tocPages(model: ReportModel, pdf: Uint8Array): PageNumbers | null {
  const dests = namedDestinationPages(pdf);
  const out: Record<string, number> = {};
  for (const e of tocEntries(model)) {
    const page = dests.get(e.id);
    if (page !== undefined) out[e.id] = page;
  }
  return Object.keys(out).length ? out : null;
}
