// Output formats of reports and of `assay scan`.

export const REPORT_FORMATS = ['html', 'pdf', 'sarif', 'csv', 'json', 'pack'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const SCAN_OUTPUT_FORMATS = ['text', 'sarif', 'json'] as const;
export type ScanOutputFormat = (typeof SCAN_OUTPUT_FORMATS)[number];
