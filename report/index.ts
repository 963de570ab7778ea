// report/'s public surface, for the desktop app's report service and the command line.
//
//   const model = buildReportModel(db, { projectId, scanId, asvsVersion, level, reviewer, rules: allRules });
//   renderHtml(model) · renderCsv(model) · renderJson(model) · renderSarif(model)   → string
//   await renderPdf(model, pdfRenderer)                                              → Uint8Array
//   await buildEvidencePack(model, ['html', 'pdf', 'json', 'sarif', 'csv'], pdfRenderer) → zip bytes
//   verifyEvidencePack(zipBytes)                                                     → VerifyResult
export { buildReportModel, type ReportOptions } from './build-model.js';
export * from './model.js';
export { renderHtml, REPORT_CSP, type HtmlOptions } from './html/document.js';
export { escapeHtml } from './html/markup.js';
export { renderCsv, csvCell, CSV_COLUMNS } from './csv.js';
export { renderJson, REPORT_JSON_FORMAT } from './json.js';
export { renderSarif, renderSarifLog, ASVS_TAXONOMY, CWE_TAXONOMY } from './sarif-report.js';
export { renderPdf, pdfPrintOptions, type PdfRenderer, type PdfPrintOptions } from './pdf.js';
export { renderFormat } from './render.js';
export { buildEvidencePack, type EvidenceLoader } from './pack.js';
export { verifyEvidencePack, type VerifyResult, type VerifiedFile } from './verify-pack.js';
export { PACK_FILES, PACK_FORMATS, MANIFEST_NAME, type PackFormat, type PackManifest } from './pack-manifest.js';
export { REPORT_FORMATS, REPORT_FILE_EXTENSIONS, type ReportFormat } from './formats.js';
