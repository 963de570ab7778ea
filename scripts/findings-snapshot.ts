// Identity check for analyzer-core work (issue 13): a performance change must not change a single
// finding. Scans a fixed set of targets and writes everything a scan reports except timings (findings
// with fingerprints, ranges, traces and messages; endpoints; facts; per-file flags; rule errors) as
// canonical JSON, one entry per target, then prints a digest per target.
//   node dist/scripts/findings-snapshot.js OUT.json [--compare BASE.json] [--only=django,demo,…] [--stdlib]
// With --compare it exits 1 and names the first differing target and finding when OUT differs from BASE.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanProject } from '../analyzer/scan.js';
import { analyzeSources } from '../analyzer/analyze-source.js';
import { caseSources, readLabels } from '../test/detection/eval.js';

const REPO = fileURLToPath(new URL(existsSync(fileURLToPath(new URL('../../package.json', import.meta.url))) ? '../../' : '../', import.meta.url));
const DIST = '/usr/lib/python3/dist-packages';

type Snapshot = Record<string, unknown>;

/** A scan's result without what varies from run to run (times, dates, the machine's paths). */
function stable(result: Awaited<ReturnType<typeof scanProject>>): unknown {
  const { durationMs: _d, parseMs: _p, taintMs: _t, ...stats } = result.stats;
  return {
    findings: result.findings,
    endpoints: result.endpoints,
    facts: result.facts,
    securityLogging: result.securityLogging,
    files: result.files.map(({ millis: _m, ...f }) => f),
    skipped: result.skipped,
    ruleErrors: result.ruleErrors,
    frameworks: result.frameworks,
    rulesRun: result.rulesRun,
    stats,
  };
}

function suites(): Array<{ name: string; dir: string }> {
  const det = join(REPO, 'test/detection');
  return [
    { name: 'suite:main', dir: det },
    { name: 'suite:heldout', dir: join(det, 'heldout') },
    { name: 'suite:frameworks', dir: join(det, 'frameworks') },
    { name: 'suite:access', dir: join(det, 'access') },
  ];
}

function stdlibPath(): string | null {
  try {
    return execFileSync('/usr/bin/python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function snapshot(only: Set<string> | null, withStdlib: boolean): Promise<Snapshot> {
  const out: Snapshot = {};
  const want = (n: string) => !only || only.has(n) || only.has(n.split(':')[0]!);
  const scans: Array<{ name: string; dir: string | null; workers?: number }> = [
    { name: 'demo', dir: join(REPO, 'test/fixtures/demo-shop') },
    // The same small project through the worker pool: the threads' path must agree with the inline one.
    { name: 'demo-pool', dir: join(REPO, 'test/fixtures/demo-shop'), workers: 2 },
    { name: 'django', dir: join(DIST, 'django') },
  ];
  if (withStdlib) scans.push({ name: 'stdlib', dir: stdlibPath() });
  for (const s of scans) {
    if (!want(s.name)) continue;
    if (!s.dir || !existsSync(s.dir)) {
      process.stderr.write(`${s.name}: not found, skipped\n`);
      continue;
    }
    out[s.name] = stable(await scanProject(s.dir, s.workers === undefined ? {} : { workers: s.workers }));
  }
  for (const suite of suites()) {
    if (!want(suite.name)) continue;
    const cases = join(suite.dir, 'cases');
    const labels = readLabels(join(suite.dir, 'labels.csv'));
    const seen = new Set<string>();
    const results: Record<string, unknown> = {};
    for (const c of labels) {
      if (seen.has(c.case)) continue;
      seen.add(c.case);
      const r = analyzeSources(caseSources(cases, c.case));
      results[c.case] = { findings: r.findings, endpoints: r.endpoints };
    }
    out[suite.name] = results;
  }
  return out;
}

const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

/** The first place two JSON values differ, as a path. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

const args = process.argv.slice(2);
const outPath = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--compare');
if (!outPath) {
  process.stderr.write('usage: findings-snapshot.js OUT.json [--compare BASE.json] [--only=names] [--stdlib]\n');
  process.exit(2);
}
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const snap = await snapshot(only, args.includes('--stdlib'));
writeFileSync(outPath, JSON.stringify(snap));
for (const [name, v] of Object.entries(snap)) {
  const n = name.startsWith('suite:') ? Object.values(v as Record<string, { findings: unknown[] }>).reduce((s, c) => s + c.findings.length, 0) : (v as { findings: unknown[] }).findings.length;
  process.stdout.write(`${name.padEnd(18)} ${digest(v)}  ${n} findings\n`);
}
const baseAt = args.indexOf('--compare');
if (baseAt >= 0) {
  const base = JSON.parse(readFileSync(args[baseAt + 1]!, 'utf8')) as Snapshot;
  let same = true;
  for (const name of Object.keys(snap)) {
    if (!(name in base)) continue;
    const d = firstDifference(base[name], JSON.parse(JSON.stringify(snap[name])));
    if (d) {
      same = false;
      process.stdout.write(`DIFFERENT ${name} at ${d}\n`);
    }
  }
  process.stdout.write(same ? 'identical to the baseline\n' : 'NOT identical\n');
  process.exitCode = same ? 0 : 1;
}
