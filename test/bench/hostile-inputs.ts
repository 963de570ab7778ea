// Peak memory of the commands that read a file a user points at, on hostile inputs (issue 10: every
// input has a bound): /dev/zero, a 300 MiB file, a 1 MiB zip whose one entry inflates to 1 GiB.
// Each run is its own process under /usr/bin/time; a bounded command stays near Node's own
// footprint (about 100 MB) whatever the input, so the target is 200 MB.
//   npm run bench -- --section=hostile
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import type { BenchRow, BenchSection } from './section.js';
import { discoverFiles } from '../../analyzer/discovery/discover.js';

const ASSAY = fileURLToPath(new URL('../../../bin/assay.js', import.meta.url));
const TARGET_MB = 200;

/** A zip of one entry named `name` holding `mib` MiB of one repeated byte, deflated (about 1 MiB per GiB). */
function bomb(file: string, name: string, mib: number, byte: number): void {
  const fd = openSync(file, 'w');
  const zip = new Zip((err, data) => {
    if (err) throw err;
    writeSync(fd, data);
  });
  const entry = new ZipDeflate(name, { level: 9 });
  zip.add(entry);
  const chunk = new Uint8Array(1 << 20).fill(byte);
  for (let i = 0; i < mib; i++) entry.push(chunk, i === mib - 1);
  zip.end();
  closeSync(fd);
}

/** A file of `mib` MiB that starts like JSON. */
function huge(file: string, mib: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, '{"x":"');
  const chunk = Buffer.alloc(1 << 20, 'a');
  for (let i = 0; i < mib; i++) writeSync(fd, chunk);
  writeSync(fd, '"}');
  closeSync(fd);
}

function peak(args: string[], scratch: string): { rssMb: number; exit: number | null } | null {
  if (!existsSync('/usr/bin/time')) return null;
  const timeFile = join(scratch, 'run.time');
  const r = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%M', process.execPath, ASSAY, ...args], { stdio: 'ignore', cwd: scratch });
  const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { rssMb: Math.round(kb / 1024), exit: r.status };
}

/**
 * The .gitignore of issue 10: 34,500 patterns (literal paths, one-star globs, `**` globs and
 * negations) over 5,000 files, once 41.6 s against 1.0 s without it. Discovery is timed with and
 * without the file; the bound is that the patterns add at most a few times the plain walk.
 */
export async function gitignoreCase(scratch: string): Promise<BenchRow> {
  const root = join(scratch, 'gitignore-project');
  for (let d = 0; d < 50; d++) {
    mkdirSync(join(root, `pkg${d}`), { recursive: true });
    for (let f = 0; f < 100; f++) writeFileSync(join(root, `pkg${d}`, `mod${f}.py`), 'x = 1\n');
  }
  const time = async () => {
    const c = process.cpuUsage();
    const t = performance.now();
    const found = await discoverFiles(root);
    const u = process.cpuUsage(c);
    return { wallMs: performance.now() - t, cpuMs: (u.user + u.system) / 1000, files: found.files.length };
  };
  const plain = await time();
  const patterns: string[] = [];
  for (let i = 0; i < 34_500; i++) {
    const k = i % 4;
    patterns.push(k === 0 ? `pkg${i % 50}/gone${i}.py` : k === 1 ? `*gen${i}*.py` : k === 2 ? `**/build${i}/**/*.py` : `!pkg${i % 50}/keep${i}.py`);
  }
  writeFileSync(join(root, '.gitignore'), patterns.join('\n') + '\n');
  const hostile = await time();
  const ratio = hostile.cpuMs / Math.max(1, plain.cpuMs);
  return {
    label: `discovery: .gitignore of 34,500 patterns on ${hostile.files} files (plain walk ${Math.round(plain.cpuMs)} ms CPU)`,
    values: { 'wall ms': Math.round(hostile.wallMs), 'cpu ms': Math.round(hostile.cpuMs), 'x plain': Math.round(ratio * 10) / 10, target: '<= 5x', verdict: ratio <= 5 ? 'ok' : 'SLOW' },
  };
}

export const hostileInputsSection: BenchSection = {
  name: 'hostile inputs (issue 10): peak RSS of import, verify, asvs import, advisories import',
  async run(ctx) {
    const scratch = mkdtempSync(join(tmpdir(), 'assay-bench-hostile-'));
    const rows: BenchRow[] = [];
    try {
      mkdirSync(join(scratch, 'project'));
      writeFileSync(join(scratch, 'project', 'app.py'), 'x = 1\n');
      ctx.log('hostile: writing a 300 MiB file and two 1 GiB zip bombs …');
      huge(join(scratch, 'huge.json'), 300);
      bomb(join(scratch, 'pack-bomb.zip'), 'manifest.json', 1024, 0);
      bomb(join(scratch, 'osv-bomb.zip'), 'PYSEC-0000-1.json', 1024, 0x20);
      const db = ['--db', join(scratch, 'h.db')];
      const cases: [string, string[]][] = [
        ['import /dev/zero', ['import', 'project', '/dev/zero', ...db]],
        ['import 300 MiB file', ['import', 'project', 'huge.json', ...db]],
        ['import zip bomb', ['import', 'project', 'pack-bomb.zip', ...db]],
        ['verify /dev/zero', ['verify', '/dev/zero']],
        ['verify 300 MiB file', ['verify', 'huge.json']],
        ['verify zip bomb (1 GiB entry)', ['verify', 'pack-bomb.zip']],
        ['asvs import /dev/zero', ['asvs', 'import', '/dev/zero', '--data-dir', 'asvs-data']],
        ['asvs import 300 MiB file', ['asvs', 'import', 'huge.json', '--data-dir', 'asvs-data']],
        ['asvs import zip bomb', ['asvs', 'import', 'pack-bomb.zip', '--data-dir', 'asvs-data']],
        ['advisories import /dev/zero', ['advisories', 'import', '/dev/zero', ...db]],
        ['advisories import 300 MiB file', ['advisories', 'import', 'huge.json', ...db]],
        ['advisories import zip bomb (1 GiB entry)', ['advisories', 'import', 'osv-bomb.zip', ...db]],
      ];
      ctx.log('hostile: discovery under a 34,500-pattern .gitignore …');
      rows.push(await gitignoreCase(scratch));
      for (const [label, args] of cases) {
        const r = peak(args, scratch);
        if (!r) break;
        rows.push({ label, values: { exit: String(r.exit), 'rss MB': r.rssMb, target: TARGET_MB, verdict: r.rssMb <= TARGET_MB && r.exit !== 3 ? 'ok' : 'OVER' } });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return rows;
  },
};
