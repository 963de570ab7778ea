// The report as JSON: the ReportModel itself under a format marker (schema in report/README.md).
// <, >, & and the JavaScript line separators are written as \u escapes: still the same JSON
// value, but inert should anyone paste the file into an HTML page or a script.
import type { ReportModel } from './model.js';

export const REPORT_JSON_FORMAT = 'assay-report';

/** JSON text with <, >, & and the line separators as \u escapes; each escaped character stands alone, so pieces can be escaped apart. */
export function inertJson(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderJson(model: ReportModel): string {
  return inertJson(JSON.stringify({ format: REPORT_JSON_FORMAT, ...model }, null, 2)) + '\n';
}
