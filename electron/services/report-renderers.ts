// The report engine (report/) behind the Reports page: one renderer per format over the report
// model, with PDF printed by whatever PdfRenderer the host has (Electron's printToPDF in the app,
// the machine's Chromium in the e2e harness).
import { allRules } from '../../analyzer/rules/index.js';
import { buildEvidencePack, buildReportModel, renderFormat, REPORT_FILE_EXTENSIONS, type PackFormat, type PdfRenderer } from '../../report/index.js';
import type { ReportFormat } from '../ipc-contract.js';
import { evidenceFileContent } from '../../store/index.js';
import type { ReportRenderers, ReportRequest } from './reports-service.js';

function model(r: ReportRequest) {
  return buildReportModel(r.db, { projectId: r.projectId, scanId: r.scanId, asvsVersion: r.asvsVersion, level: r.level, rules: allRules });
}

const extension = (format: ReportFormat) => REPORT_FILE_EXTENSIONS[format].replace(/^\./, '');

export function reportRenderers(pdf: PdfRenderer | null): ReportRenderers {
  const single = (format: Exclude<PackFormat, 'sbom'>) => async (r: ReportRequest) => ({ bytes: await renderFormat(model(r), format, pdf ?? undefined), extension: extension(format) });
  const renderers: ReportRenderers = {
    html: single('html'),
    sarif: single('sarif'),
    csv: single('csv'),
    json: single('json'),
    pack: async (r) => ({
      bytes: await buildEvidencePack(model(r), pdf ? ['html', 'pdf', 'sarif', 'csv', 'json', 'sbom'] : ['html', 'sarif', 'csv', 'json', 'sbom'], pdf ?? undefined, (h) => evidenceFileContent(r.db, r.projectId, h)),
      extension: extension('pack'),
    }),
  };
  if (pdf) renderers.pdf = single('pdf');
  return renderers;
}
