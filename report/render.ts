// One entry point per format, and the PDF seam: report/ never imports Electron, so whoever wants a
// PDF passes a PdfRenderer (Electron's printToPDF in the app, a local Chromium on the command line).
import type { ReportModel } from './model.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/document.js';
import { renderJson } from './json.js';
import { renderSarif } from './sarif-report.js';
import type { PackFormat } from './pack-manifest.js';
import { renderPdf, type PdfRenderer } from './pdf.js';

export type { PdfRenderer };

const encoder = new TextEncoder();

export async function renderFormat(model: ReportModel, format: PackFormat, pdfRenderer?: PdfRenderer): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return encoder.encode(renderHtml(model));
    case 'csv':
      return encoder.encode(renderCsv(model));
    case 'json':
      return encoder.encode(renderJson(model));
    case 'sarif':
      return encoder.encode(renderSarif(model));
    case 'sbom':
      return encoder.encode(JSON.stringify(model.dependencies?.sbom ?? {}, null, 2) + '\n');
    case 'pdf':
      if (!pdfRenderer) throw new Error('PDF needs a renderer (Electron printToPDF or a Chromium); none was given.');
      return renderPdf(model, pdfRenderer);
  }
}
