// The end-of-scan summary: what was scanned, what was skipped and why, findings by severity.
import { plural } from '../domain/index.js';
import { SEVERITIES, type ScanResult } from '../analyzer/types.js';
import { safeLine } from './terminal-text.js';
import { templateNameNoteText } from '../analyzer/frameworks/template-names.js';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function scanSummary(result: ScanResult): string {
  const lines: string[] = [];
  const s = result.stats;
  lines.push(
    `Scanned ${plural(s.filesScanned, 'file')} (${plural(s.linesScanned, 'line')}) in ${seconds(s.durationMs)}` +
      (s.partialFiles ? `; ${s.partialFiles} with syntax errors, analysed where the tree allows` : '') +
      '.',
  );
  if (result.cancelled) lines.push('The scan was CANCELLED: these results are partial.');
  const exceeded = result.files.filter((f) => f.budgetExceeded);
  if (exceeded.length) {
    const names = exceeded.slice(0, 3).map((f) => safeLine(f.path)).join(', ');
    lines.push(`${plural(exceeded.length, 'file')} partially analysed: budget exceeded (dataflow too deeply nested to finish): ${names}${exceeded.length > 3 ? ', …' : ''}.`);
  }
  const templates = templateNameNoteText(result.templateNames, safeLine);
  if (templates) lines.push(templates);
  if (result.frameworks.length) lines.push(`Frameworks: ${result.frameworks.join(', ')}. Rules run: ${result.rulesRun.length}.`);
  if (result.skipped.length) {
    const byReason = new Map<string, number>();
    for (const k of result.skipped) byReason.set(k.reason, (byReason.get(k.reason) ?? 0) + 1);
    lines.push(`Skipped ${result.skipped.length}: ${[...byReason].map(([r, n]) => `${n} ${r}`).join(', ')} (details in the JSON/SARIF output).`);
  }
  const errors = result.ruleErrors ?? [];
  if (errors.length) {
    lines.push(`${plural(errors.length, 'rule error')}: findings may be missing. First: ${errors[0]!.ruleId} on ${safeLine(errors[0]!.path ?? 'the project')}: ${safeLine(errors[0]!.message)}`);
  }
  lines.push('');
  // "open" counts vulnerabilities (what --fail-on counts); hotspots are listed apart, to review.
  lines.push(`${pad('severity', 10)}${pad('open', 8, true)}${pad('to review', 11, true)}${pad('suppressed', 12, true)}`);
  let open = 0;
  let review = 0;
  let suppressed = 0;
  for (const sev of SEVERITIES) {
    const o = result.findings.filter((f) => f.severity === sev && f.kind === 'vulnerability' && !f.suppression).length;
    const h = result.findings.filter((f) => f.severity === sev && f.kind === 'hotspot' && !f.suppression).length;
    const x = result.findings.filter((f) => f.severity === sev && f.suppression).length;
    open += o;
    review += h;
    suppressed += x;
    lines.push(`${pad(sev, 10)}${pad(String(o), 8, true)}${pad(String(h), 11, true)}${pad(String(x), 12, true)}`);
  }
  lines.push(`${pad('total', 10)}${pad(String(open), 8, true)}${pad(String(review), 11, true)}${pad(String(suppressed), 12, true)}`);
  return lines.join('\n') + '\n';
}

/** `--format text`: one line per finding, then the summary. */
export function textReport(result: ScanResult): string {
  const out: string[] = [];
  for (const f of result.findings) {
    const where = `${safeLine(f.path)}:${f.range.start.line}:${f.range.start.column}`;
    const flag = (f.kind === 'hotspot' ? ' [to review]' : '') + (f.suppression ? ` [suppressed: ${f.suppression.kind}]` : '');
    out.push(`${where}  ${f.severity.toUpperCase()}  ${f.ruleId}  ${safeLine(f.message)}${flag}`);
  }
  if (out.length) out.push('');
  return out.join('\n') + (out.length ? '\n' : '') + scanSummary(result);
}
