// Template files (Django and Jinja2 HTML) are text to template rules, not Python: no tree, no taint.
import type { Finding, TraceStep } from './types.js';
import type { RuleDefinition, TemplateContext, TemplateReportOptions } from './rule.js';
import { FingerprintAllocator } from './fingerprint.js';
import { findingOf, sinkStepAt } from './finding.js';
import { snippetOf } from './file-context.js';
import { parseSuppressionComment, applySuppressions, type SuppressionComment } from './suppressions.js';

/** File endings treated as templates when a project is scanned. */
export const TEMPLATE_EXTENSIONS = ['.html', '.htm', '.jinja', '.jinja2', '.j2', '.djhtml', '.jinja.html', '.mako', '.tpl'] as const;

export function isTemplatePath(path: string): boolean {
  const lower = path.toLowerCase();
  return TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface TemplateAnalysis {
  path: string;
  lines: number;
  findings: Finding[];
  ruleErrors: Array<{ ruleId: string; message: string }>;
}

// `{# nosec #}` / `{# assay: ignore[ID] reason #}` in templates, the same markers as Python comments.
const TEMPLATE_COMMENT = /\{#(.*?)#\}|<!--(.*?)-->/g;

/** A place a template finding's flaw writes a value, as its trace's sink step. */
function writeStep(path: string, lines: readonly string[], w: { line: number; column: number; message: string }): TraceStep {
  return sinkStepAt({ path, ...w, snippet: (lines[w.line - 1] ?? '').trim().slice(0, 200) });
}

export function analyzeTemplate(path: string, source: string, rules: readonly RuleDefinition[]): TemplateAnalysis {
  const lines = source.split(/\r\n|\r|\n/);
  const findings: Finding[] = [];
  const ruleErrors: TemplateAnalysis['ruleErrors'] = [];
  const fingerprints = new FingerprintAllocator();
  for (const rule of rules) {
    const check = rule.template;
    if (!check) continue;
    const ctx: TemplateContext = {
      path,
      source,
      lines,
      report(line: number, column: number, endColumn: number, options: TemplateReportOptions) {
        const range = { start: { line, column }, end: { line, column: endColumn } };
        const code = (lines[line - 1] ?? '').slice(column - 1, endColumn - 1);
        findings.push(
          findingOf(rule, {
            path,
            range,
            message: options.message,
            snippet: snippetOf(lines, range),
            fingerprint: fingerprints.next(rule.id, path, '', code),
            severity: options.severity,
            confidence: options.confidence,
            kind: options.kind,
            fix: options.fix,
            ...(options.writes?.length ? { trace: options.writes.map((w) => writeStep(path, lines, w)) } : {}),
          }),
        );
      },
    };
    try {
      check(ctx);
    } catch (err) {
      ruleErrors.push({ ruleId: rule.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const comments: SuppressionComment[] = [];
  lines.forEach((text, i) => {
    for (const m of text.matchAll(TEMPLATE_COMMENT)) {
      const c = parseSuppressionComment('#' + (m[1] ?? m[2] ?? ''), i + 1);
      if (c) comments.push(c);
    }
  });
  const bandit = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  applySuppressions(findings, comments, (id) => bandit.get(id) ?? []);
  return { path, lines: lines.length, findings, ruleErrors };
}
