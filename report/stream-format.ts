// The text formats of a report given out in pieces (issue 10): JSON, SARIF and CSV of a scan with
// 60,000 findings are written to the output as they are made, never held as one string and its
// UTF-8 copy. Byte for byte what renderJson, renderSarif and renderCsv return.
import type { ReportModel } from './model.js';
import { chunked, streamJson } from './json-stream.js';
import { inertJson, REPORT_JSON_FORMAT } from './json.js';
import { renderSarifLog } from './sarif-report.js';
import { CSV_COLUMNS, csvRow } from './csv.js';

export const STREAMED_FORMATS = ['json', 'sarif', 'csv'] as const;
export type StreamedFormat = (typeof STREAMED_FORMATS)[number];

export function isStreamedFormat(format: string): format is StreamedFormat {
  return (STREAMED_FORMATS as readonly string[]).includes(format);
}

export function streamFormat(model: ReportModel, format: StreamedFormat, write: (text: string) => void): void {
  const out = chunked(write);
  if (format === 'csv') {
    out.write(CSV_COLUMNS.join(','));
    for (const f of model.findings) out.write(`\r\n${csvRow(f, model)}`);
    out.write('\r\n');
  } else if (format === 'json') {
    streamJson({ format: REPORT_JSON_FORMAT, ...model }, (t) => out.write(inertJson(t)));
    out.write('\n');
  } else {
    streamJson(renderSarifLog(model), out.write);
    out.write('\n');
  }
  out.flush();
}
