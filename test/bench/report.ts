// Report generation for a project with 10,000 findings (issue 7 targets: HTML under 5 s, PDF under
// 30 s). The findings are synthetic but go through the real store; PDF uses the local Chromium.
// Usage: node dist/test/bench/report.js [findings] (or as a section of npm run bench).
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../analyzer/rules/index.js';
import { asvsCoverageProvider, ensureProject, openStore, recordScan } from '../../store/index.js';
import { manyFindings, scan } from '../../store/testing/synthetic.js';
import { buildReportModel, renderCsv, renderHtml, renderJson, renderPdf, renderSarif } from '../../report/index.js';
import { chromiumPdfRenderer } from '../../report/chromium/chromium-pdf.js';
import { BrowserNotFoundError, findChromium } from '../../report/chromium/find-chromium.js';
import type { BenchSection } from './section.js';

export interface ReportBenchRow {
  step: string;
  ms: number;
  target?: number;
  detail?: string;
}

function time<T>(rows: ReportBenchRow[], step: string, fn: () => T, target?: number, detail?: (v: T) => string): T {
  const t = performance.now();
  const v = fn();
  if (process.env.ASSAY_BENCH_VERBOSE) console.log(step, Math.round(performance.now() - t));
  rows.push({ step, ms: Math.round(performance.now() - t), ...(target ? { target } : {}), ...(detail ? { detail: detail(v) } : {}) });
  return v;
}

export async function reportBench(findings = 10_000, withPdf = true): Promise<ReportBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-report-bench-'));
  const rows: ReportBenchRow[] = [];
  try {
    const db = openStore(join(dir, 'bench.db'));
    const project = ensureProject(db, { rootPath: join(dir, 'project'), name: 'bench-project' });
    const { scanId } = recordScan(db, project.id, scan(manyFindings(findings)), { coverage: asvsCoverageProvider(allRuleScopes) });
    const options = { projectId: project.id, scanId, rules: allRules, reviewer: 'bench' };
    // HTML target covers the whole path a user waits for: gather from the store, then render.
    const t = performance.now();
    const model = time(rows, `model (${findings} findings from the store)`, () => buildReportModel(db, options));
    const html = time(rows, 'html render', () => renderHtml(model), undefined, (h) => `${(h.length / 1e6).toFixed(1)} MB`);
    rows.push({ step: 'html total (model + render)', ms: Math.round(performance.now() - t), target: 5000 });
    void html;
    time(rows, 'csv', () => renderCsv(model));
    time(rows, 'json', () => renderJson(model));
    time(rows, 'sarif', () => renderSarif(model));
    let browser: string | null = null;
    if (withPdf) try {
      browser = findChromium(process.env.ASSAY_BROWSER);
    } catch (err) {
      if (!(err instanceof BrowserNotFoundError)) throw err;
      rows.push({ step: 'pdf', ms: 0, detail: 'skipped: no Chromium found' });
    }
    if (browser) {
      const p = performance.now();
      const pdf = await renderPdf(model, chromiumPdfRenderer(browser));
      rows.push({ step: 'pdf total (model + two Chromium passes)', ms: Math.round(performance.now() - p + rows[0]!.ms), target: 30_000, detail: `${(pdf.length / 1e6).toFixed(1)} MB` });
    }
    db.close();
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printReportBench(rows: readonly ReportBenchRow[]): void {
  console.log('\nReports (issue 7)');
  for (const r of rows) {
    const verdict = r.target ? (r.ms <= r.target ? `  ok (target < ${r.target} ms)` : `  OVER target ${r.target} ms`) : '';
    console.log(`  ${r.step.padEnd(44)} ${String(r.ms).padStart(7)} ms${r.detail ? `  ${r.detail}` : ''}${verdict}`);
  }
}

export const reportSection: BenchSection = {
  name: 'reports (issue 7): 10,000 findings to HTML, PDF, CSV, JSON, SARIF',
  run: async ({ args }) =>
    (await reportBench(10_000, !args.includes('--no-pdf'))).map((r) => ({
      label: r.step,
      values: { ms: r.ms, ...(r.target ? { target: r.target, verdict: r.ms <= r.target ? 'ok' : 'SLOW' } : {}), ...(r.detail ? { detail: r.detail } : {}) },
    })),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printReportBench(await reportBench(Number(process.argv[2] ?? 10_000)));
}
