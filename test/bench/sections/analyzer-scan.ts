// Scan throughput on real framework sources (Debian's python3-django, -djangorestframework,
// -flask) and the standard library, against tree-sitter's bare parse of the same files.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanProject } from '../../../analyzer/scan.js';
import { parseSource } from '../../../analyzer/file-analysis.js';
import { decodeSource } from '../../../analyzer/encoding.js';
import { isTemplatePath } from '../../../analyzer/template-analysis.js';
import type { BenchContext, BenchRow, BenchSection } from '../section.js';

const DIST = '/usr/lib/python3/dist-packages';

// Debian's interpreter first (its stdlib is what the python3-* packages run on), else PATH's.
function stdlibPath(): string | null {
  try {
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const out = execFileSync(python, ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
    return out && existsSync(out) ? out : null;
  } catch {
    return existsSync('/usr/lib/python3.11') ? '/usr/lib/python3.11' : null;
  }
}

export function benchTargets(): Array<{ name: string; path: string | null }> {
  return [
    { name: 'django', path: join(DIST, 'django') },
    { name: 'rest_framework', path: join(DIST, 'rest_framework') },
    { name: 'flask', path: join(DIST, 'flask') },
    { name: 'stdlib', path: stdlibPath() },
  ];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function benchTarget(name: string, path: string, ctx: BenchContext): Promise<BenchRow> {
  ctx.log(`scanning ${name} (${path}) …`);
  const started = performance.now();
  const result = await scanProject(path);
  const wallMs = performance.now() - started;
  const analysisMs = result.files.reduce((n, f) => n + f.millis, 0);

  // The same Python files, parsed once each on this thread with nothing else: the floor.
  let parseMs = 0;
  for (const f of result.files) {
    if (isTemplatePath(f.path)) continue;
    const decoded = decodeSource(readFileSync(join(path, f.path)));
    if (!decoded.ok) continue;
    const t = performance.now();
    parseSource(decoded.text);
    parseMs += performance.now() - t;
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  return {
    label: name,
    values: {
      files: result.stats.filesScanned,
      skipped: result.stats.filesSkipped,
      lines: result.stats.linesScanned,
      findings: result.findings.length,
      seconds: round(wallMs / 1000, 2),
      'lines/s': Math.round(result.stats.linesScanned / (wallMs / 1000)),
      'analysis cpu s': round(analysisMs / 1000, 2),
      'bare parse s': round(parseMs / 1000, 2),
      'cpu ratio': round(analysisMs / parseMs, 2),
      'wall ratio': round(wallMs / parseMs, 2),
      'peak rss MB': Math.round(rssMb),
    },
  };
}

export const analyzerScanSection: BenchSection = {
  name: 'analyzer: scan vs bare tree-sitter parse',
  async run(ctx) {
    const wanted = new Set(ctx.args);
    const rows: BenchRow[] = [];
    for (const t of benchTargets()) {
      if (wanted.size && !wanted.has(t.name)) continue;
      if (!t.path || !existsSync(t.path)) {
        ctx.log(`${t.name}: not installed (apt-get install python3-django python3-djangorestframework python3-flask); skipped`);
        continue;
      }
      rows.push(await benchTarget(t.name, t.path, ctx));
    }
    return rows;
  },
};
