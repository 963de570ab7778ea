// Taint cost against the foundation's scan on real framework trees (Debian's Django, DRF, Flask
// packages by default). Single-threaded and in-process, so the numbers compare like with like:
//   foundation = parse + per-file rules (analyzeFile minus fact extraction)
//   taint      = fact extraction in the worker + the project-wide fixed point on the main thread
// Issue 3 caps taint at 2x the foundation. Usage: node dist/test/bench/taint.js [dir ...]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile, parseSource, rulesFor } from '../../analyzer/file-analysis.js';
import { FileContext } from '../../analyzer/file-context.js';
import { extractFacts } from '../../analyzer/taint/facts.js';
import { runProjectTaint } from '../../analyzer/taint/project.js';
import { allRules } from '../../analyzer/rules/index.js';
import type { Framework } from '../../analyzer/types.js';

const DEFAULT_TREES = ['/usr/lib/python3/dist-packages/django', '/usr/lib/python3/dist-packages/rest_framework', '/usr/lib/python3/dist-packages/flask'];
const MAX_BYTES = 512 * 1024;

function pythonFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== '__pycache__') pythonFiles(p, out);
    else if (e.isFile() && e.name.endsWith('.py') && statSync(p).size <= MAX_BYTES) out.push(p);
  }
  return out.sort();
}

export interface TaintBench {
  tree: string;
  files: number;
  foundationMs: number;
  factsMs: number;
  projectMs: number;
  findings: number;
  ratio: number;
}

export function benchTree(dir: string): TaintBench {
  const root = resolve(dir, '..');
  const sources = pythonFiles(dir).map((p) => ({ path: relative(root, p).replace(/\\/g, '/'), source: readFileSync(p, 'utf8') }));
  const frameworks = new Set<Framework>(['django', 'drf', 'flask', 'fastapi']);
  const rules = rulesFor(allRules, frameworks);

  let total = 0;
  const analyses = sources.map((s) => {
    const t = performance.now();
    const a = analyzeFile(s.path, s.source, rules, frameworks);
    total += performance.now() - t;
    return a;
  });
  // Fact extraction alone, on a fresh parse, to split it out of analyzeFile's time.
  let factsMs = 0;
  for (const s of sources) {
    const ctx = new FileContext(s.path, s.source, parseSource(s.source), frameworks);
    const t = performance.now();
    extractFacts(ctx);
    factsMs += performance.now() - t;
  }
  const t = performance.now();
  const findings = runProjectTaint(
    analyses.map((a) => ({ path: a.path, facts: a.facts })),
    rules,
  );
  const projectMs = performance.now() - t;
  const foundationMs = total - factsMs;
  return { tree: dir, files: sources.length, foundationMs, factsMs, projectMs, findings: findings.length, ratio: (factsMs + projectMs) / foundationMs };
}

function main(): void {
  const trees = process.argv.slice(2);
  for (const dir of trees.length > 0 ? trees : DEFAULT_TREES) {
    const b = benchTree(dir);
    console.log(
      `${b.tree}: ${b.files} files — foundation ${b.foundationMs.toFixed(0)} ms, taint ${(b.factsMs + b.projectMs).toFixed(0)} ms ` +
        `(facts ${b.factsMs.toFixed(0)} + project ${b.projectMs.toFixed(0)}) = ${b.ratio.toFixed(2)}x, ${b.findings} taint findings`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
