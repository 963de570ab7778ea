// Scan speed on real trees (Debian's python3-django, the standard library, …) in one run beside
// the two yardsticks: tree-sitter's bare parse + TreeCursor walk of the same files (the floor) and
// Debian's Bandit (the tool Assay replaces). Every measurement runs in its own process so CPU and
// peak RSS belong to it alone; the machine is shared, so each is repeated and reported as a range.
// Then the same copy is rescanned unchanged (warm) and after editing one file, with the cache on.
//   npm run bench -- django stdlib --repeat=3 --no-bandit
// `large` (not run by default, ~15 min) is the 850k-line project of issue 13: thirteen of Debian's
// packaged applications and libraries copied side by side into one tree.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BenchContext, BenchRow, BenchSection } from '../section.js';
import type { ChildResult } from '../scan/child.js';
import { runChild as child } from '../scan/run-child.js';

const DIST = '/usr/lib/python3/dist-packages';
const BANDIT = '/usr/bin/bandit';
/** About 860,000 lines of Python between them. */
const LARGE_PROJECT = ['django', 'rest_framework', 'horizon', 'openstack_dashboard', 'keystone', 'openstackclient', 'sqlalchemy', 'allauth', 'hyperkitty', 'postorius', 'graphite', 'flask', 'oauth2_provider'];

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

/** A target is one folder scanned as the tree, or several copied side by side into it. */
interface BenchTarget {
  name: string;
  sources: string[] | null;
  byDefault: boolean;
}

export function benchTargets(): BenchTarget[] {
  const stdlib = stdlibPath();
  return [
    { name: 'django', sources: [join(DIST, 'django')], byDefault: true },
    { name: 'stdlib', sources: stdlib ? [stdlib] : null, byDefault: true },
    { name: 'rest_framework', sources: [join(DIST, 'rest_framework')], byDefault: false },
    { name: 'flask', sources: [join(DIST, 'flask')], byDefault: false },
    { name: 'large', sources: LARGE_PROJECT.map((p) => join(DIST, p)), byDefault: false },
  ];
}

interface Timed {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
}

/** Bandit under /usr/bin/time: wall, user + system CPU, peak RSS. Exit 1 only means "issues found". */
function bandit(dir: string, scratch: string): Timed | null {
  if (!existsSync(BANDIT) || !existsSync('/usr/bin/time')) return null;
  const timeFile = join(scratch, 'bandit.time');
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', BANDIT, '-r', dir, '-f', 'json', '-o', join(scratch, 'bandit.json'), '-q'], { stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) return null;
  const [e, u, s, m] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs: e! * 1000, cpuMs: (u! + s!) * 1000, rssMb: m! / 1024 };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
function range(xs: number[], fmt: (n: number) => string = s): string {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return fmt(lo) === fmt(hi) ? fmt(lo) : `${fmt(lo)}-${fmt(hi)}`;
}
const min = (xs: number[]) => Math.min(...xs);
const max = (xs: number[]) => Math.max(...xs);

/** A file near the middle of the tree that every scan reads: the one-edit rescan touches it. */
function fileToEdit(dir: string): string {
  const out = execFileSync('find', [dir, '-name', '*.py', '-size', '+4k'], { encoding: 'utf8' }).trim().split('\n').sort();
  return out[Math.floor(out.length / 2)]!;
}

async function benchTarget(name: string, sources: readonly string[], ctx: BenchContext, repeat: number, withBandit: boolean): Promise<BenchRow> {
  const scratch = mkdtempSync(join(tmpdir(), `assay-bench-${name}-`));
  try {
    // A private copy: the one-edit rescan changes a file, and the copy's cache starts empty.
    const tree = join(scratch, name);
    const copy = (from: string, to: string) => cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('__pycache__') });
    if (sources.length === 1) copy(sources[0]!, tree);
    else for (const src of sources) copy(src, join(tree, basename(src)));
    ctx.log(`${name}: bare parse + walk ×${repeat} …`);
    const bare = Array.from({ length: repeat }, () => child(['parse', tree]));
    const banditRuns: Timed[] = [];
    if (withBandit) {
      ctx.log(`${name}: bandit ×${repeat} …`);
      for (let i = 0; i < repeat; i++) {
        const b = bandit(tree, scratch);
        if (b) banditRuns.push(b);
      }
    }
    ctx.log(`${name}: cold scans ×${repeat} …`);
    const cold: ChildResult[] = [];
    const cacheDir = join(scratch, 'cache');
    for (let i = 0; i < repeat; i++) {
      rmSync(cacheDir, { recursive: true, force: true });
      cold.push(child(['scan', tree, JSON.stringify({ cacheDir })]));
    }
    ctx.log(`${name}: warm rescans ×${repeat} …`);
    const warm = Array.from({ length: repeat }, () => child(['scan', tree, JSON.stringify({ cacheDir })]));
    const edited = fileToEdit(tree);
    const original = readFileSync(edited);
    const edits: ChildResult[] = [];
    ctx.log(`${name}: one-edit rescans ×${repeat} (${edited.slice(tree.length + 1)}) …`);
    for (let i = 0; i < repeat; i++) {
      appendFileSync(edited, `\n_assay_bench_edit_${i} = ${i}\n`);
      edits.push(child(['scan', tree, JSON.stringify({ cacheDir })]));
    }
    writeFileSync(edited, original);

    const c0 = cold[0]!;
    const wall = cold.map((c) => c.wallMs);
    const cpu = cold.map((c) => c.cpuMs);
    const bareCpu = bare.map((b) => b.cpuMs);
    const values: BenchRow['values'] = {
      files: c0.files,
      lines: c0.lines,
      findings: c0.findings ?? 0,
      partial: c0.partialFiles ?? 0,
      'wall s': range(wall),
      'cpu s': range(cpu),
      'lines/s': `${Math.round(c0.lines / (max(wall) / 1000))}-${Math.round(c0.lines / (min(wall) / 1000))}`,
      'rss MB': range(cold.map((c) => c.rssMb), (n) => String(Math.round(n))),
      'parse+walk cpu s': range(bareCpu),
      'cpu / parse+walk': `${(min(cpu) / max(bareCpu)).toFixed(2)}-${(max(cpu) / min(bareCpu)).toFixed(2)}`,
      // The project-wide taint pass runs after every file, on one thread: its own figure beside the floor's.
      'taint s': range(cold.map((c) => c.taintMs ?? 0)),
      'tail cpu s': range(cold.map((c) => c.tailCpuMs ?? 0)),
    };
    if (banditRuns.length > 0) {
      const bw = banditRuns.map((b) => b.wallMs);
      values['bandit wall s'] = range(bw);
      values['bandit / assay wall'] = `${(min(bw) / max(wall)).toFixed(2)}-${(max(bw) / min(wall)).toFixed(2)}`;
    }
    const pct = (xs: ChildResult[]) => `${range(xs.map((x) => x.wallMs))} (${Math.round((100 * min(xs.map((x) => x.wallMs))) / max(wall))}-${Math.round((100 * max(xs.map((x) => x.wallMs))) / min(wall))}%)`;
    values['warm s'] = pct(warm);
    values['one-edit s'] = pct(edits);
    values['warm = cold'] = warm.every((w) => w.digest === c0.digest) && cold.every((c) => c.digest === c0.digest) ? 'yes' : 'NO';
    return { label: name, values };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const analyzerScanSection: BenchSection = {
  name: 'analyzer: cold / warm / one-edit scans vs bare parse + walk and Bandit',
  async run(ctx) {
    const repeatArg = ctx.args.find((a) => a.startsWith('--repeat='));
    const repeat = Math.max(1, Number(repeatArg?.slice('--repeat='.length) ?? 2) || 2);
    const withBandit = !ctx.args.includes('--no-bandit');
    const wanted = new Set(ctx.args.filter((a) => !a.startsWith('--')));
    const known = new Set(benchTargets().map((t) => t.name));
    const rows: BenchRow[] = [];
    for (const t of benchTargets()) {
      if (wanted.size && [...wanted].some((w) => known.has(w)) ? !wanted.has(t.name) : !t.byDefault) continue;
      const missing = t.sources === null ? ['the interpreter\'s standard library'] : t.sources.filter((p) => !existsSync(p));
      if (t.sources === null || missing.length > 0) {
        ctx.log(`${t.name}: ${missing.join(', ')} not installed (see .ci/run for the Debian packages); skipped`);
        continue;
      }
      rows.push(await benchTarget(t.name, t.sources, ctx, repeat, withBandit));
    }
    return rows;
  },
};
