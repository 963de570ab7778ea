// Findings as CSV (RFC 4180), one row per finding, columns fixed by CSV_COLUMNS. Spreadsheets run
// cells that begin with = + - @ (or a tab / carriage return before one) as formulas, so such
// cells get a leading apostrophe: the scanned repository must never be able to compute in the
// auditor's spreadsheet.
import { visibleText } from '../domain/index.js';
import type { ReportFinding, ReportModel } from './model.js';

export const CSV_COLUMNS = [
  'finding_id', 'fingerprint', 'severity', 'confidence', 'rule_id', 'title', 'cwe', 'asvs_version', 'asvs', 'path', 'start_line',
  'start_column', 'end_line', 'end_column', 'message', 'snippet', 'lifecycle', 'disposition', 'triage', 'triage_reason', 'triage_by',
  'triage_at', 'triage_expires_at', 'suppression', 'suppression_reason', 'first_seen_at', 'tool', 'scan_id', 'project',
  // Added later, so appended: spreadsheets keyed by column position keep working.
  'assignee',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-like text neutralised, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? visibleText(value, { multiline: true }) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(f: ReportFinding, model: ReportModel): (string | number | null)[] {
  const last = f.triageHistory[f.triageHistory.length - 1];
  return [
    f.id, f.fingerprint, f.severity, f.confidence, f.ruleId, f.title, f.cwe.map((c) => `CWE-${c}`).join(' '), model.asvs.version, f.asvs.join(' '),
    f.path, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.message, f.snippet, f.lifecycle, f.disposition,
    f.triage, last?.reason ?? null, last?.actor ?? null, last?.at ?? null, f.triageExpiresAt, f.suppression?.kind ?? null, f.suppression?.reason ?? null,
    f.firstSeenAt, f.tool, model.scan.id, model.project.name, f.assignee,
  ];
}

/** One finding's line, without its line break. */
export function csvRow(f: ReportFinding, model: ReportModel): string {
  return row(f, model).map(csvCell).join(',');
}

export function renderCsv(model: ReportModel): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of model.findings) lines.push(csvRow(f, model));
  return lines.join('\r\n') + '\r\n';
}
