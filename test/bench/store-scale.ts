// The store at scale on what users really produce (issues 10 and 13): a generated Python project
// (findings-project.ts) is scanned by `assay scan` into JSON; the JSON is ingested in a process of
// its own (one scan of ~100,000 distinct findings, target ≤ 3 s) and every dashboard query is timed
// on the resulting database (target ≤ 50 ms each); `assay scan --no-db` and `--db` on a 60,000-finding
// project run under /usr/bin/time for their peak RSS (target ≤ 600 MB each). CPU is printed beside wall: on a
// shared machine it is the steadier number.
//   npm run bench -- --section=store-scale [--findings=100000] [--rss-findings=60000]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSection } from './section.js';
import { writeFindingsProject } from './findings-project.js';
import type { IngestResult, QueryResult } from './scale/store-child.js';

const CHILD = fileURLToPath(new URL('./scale/store-child.js', import.meta.url));
const ASSAY = fileURLToPath(new URL('../../../bin/assay.js', import.meta.url));

function child<T>(args: string[]): T {
  const out = execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

/** `assay …` under /usr/bin/time: wall s, CPU s, peak RSS MB (null without /usr/bin/time). */
function timedAssay(args: string[], scratch: string): { wallS: number; cpuS: number; rssMb: number } | null {
  if (!existsSync('/usr/bin/time')) return null;
  const timeFile = join(scratch, 'assay.time');
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, ASSAY, ...args], { stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`assay ${args.join(' ')} exited ${r.status}`);
  const [e, u, s, m] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallS: e!, cpuS: u! + s!, rssMb: m! / 1024 };
}

const arg = (args: string[], name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback) || fallback;
const r1 = (n: number) => Math.round(n * 10) / 10;

export const storeScaleSection: BenchSection = {
  name: 'store-scale: a real scan of N findings ingested, dashboard queries on it, CLI peak RSS',
  async run(ctx) {
    const findings = arg(ctx.args, 'findings', 100_000);
    const rssFindings = arg(ctx.args, 'rss-findings', 60_000);
    const scratch = mkdtempSync(join(tmpdir(), 'assay-bench-scale-'));
    const rows: BenchRow[] = [];
    try {
      const big = writeFindingsProject(join(scratch, 'big'), findings, 200);
      ctx.log(`store-scale: scanning ${big.handlers} handlers (about ${big.expectedFindings} findings) to JSON …`);
      const json = join(scratch, 'scan.json');
      const scanned = timedAssay(['scan', big.root, '--no-db', '--no-cache', '-q', '-f', 'json', '-o', json], scratch);
      if (scanned) rows.push({ label: `assay scan --no-db -f json (${big.expectedFindings} findings)`, values: { 'wall s': r1(scanned.wallS), 'cpu s': r1(scanned.cpuS), 'rss MB': Math.round(scanned.rssMb) } });

      ctx.log('store-scale: ingest …');
      const db = join(scratch, 'history.db');
      const ingest = child<IngestResult>(['ingest', json, db, big.root]);
      rows.push({
        label: `ingest one scan of ${ingest.findings} distinct findings (recordScan with coverage)`,
        values: { ms: Math.round(ingest.ingestMs), 'cpu ms': Math.round(ingest.ingestCpuMs), target: 3000, verdict: ingest.ingestMs <= 3000 ? 'ok' : 'SLOW', 'rss MB': Math.round(ingest.rssMb) },
      });
      ctx.log('store-scale: dashboard queries …');
      for (const q of child<QueryResult>(['queries', db, big.root]).queries) {
        rows.push({ label: `query: ${q.step}`, values: { ms: q.ms, 'cpu ms': q.cpuMs, target: 50, verdict: q.ms <= 50 ? 'ok' : 'SLOW' } });
      }
      const imported = timedAssay(['import', big.root, json, '--db', join(scratch, 'import.db')], scratch);
      if (imported) rows.push({ label: 'assay import of that JSON (read, validate, record)', values: { 'wall s': r1(imported.wallS), 'cpu s': r1(imported.cpuS), 'rss MB': Math.round(imported.rssMb) } });

      const mid = writeFindingsProject(join(scratch, 'mid'), rssFindings, 100);
      ctx.log(`store-scale: assay scan --no-db on ${mid.expectedFindings} findings for peak RSS …`);
      const bare = timedAssay(['scan', mid.root, '--no-db', '--no-cache', '-q', '-f', 'json', '-o', join(scratch, 'mid-nodb.json')], scratch);
      if (bare) {
        rows.push({
          label: `assay scan --no-db, ${mid.expectedFindings} findings (peak RSS)`,
          values: { 'wall s': r1(bare.wallS), 'cpu s': r1(bare.cpuS), 'rss MB': Math.round(bare.rssMb), target: 600, verdict: bare.rssMb <= 600 ? 'ok' : 'OVER' },
        });
      }
      ctx.log(`store-scale: assay scan --db on ${mid.expectedFindings} findings for peak RSS …`);
      const cli = timedAssay(['scan', mid.root, '--db', join(scratch, 'mid.db'), '--no-cache', '-q', '-f', 'json', '-o', join(scratch, 'mid.json')], scratch);
      if (cli) {
        rows.push({
          label: `assay scan --db, ${mid.expectedFindings} findings (peak RSS)`,
          values: { 'wall s': r1(cli.wallS), 'cpu s': r1(cli.cpuS), 'rss MB': Math.round(cli.rssMb), target: 600, verdict: cli.rssMb <= 600 ? 'ok' : 'OVER' },
        });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return rows;
  },
};
