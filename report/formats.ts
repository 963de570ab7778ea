// The formats a report can be written in, and the file extension each gets.
export const REPORT_FORMATS = ['html', 'pdf', 'sarif', 'csv', 'json', 'pack'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILE_EXTENSIONS: Record<ReportFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  sarif: '.sarif',
  csv: '.csv',
  json: '.json',
  pack: '.zip',
};
