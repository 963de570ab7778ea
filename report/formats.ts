// The formats a report can be written in, and the file extension each gets.
import type { ReportFormat } from '../domain/index.js';

export { REPORT_FORMATS, type ReportFormat } from '../domain/index.js';

export const REPORT_FILE_EXTENSIONS: Record<ReportFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  sarif: '.sarif',
  csv: '.csv',
  json: '.json',
  pack: '.zip',
};
