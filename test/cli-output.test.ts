// The command line's output as people read it: a closed pipe ends quietly, tables line up whatever
// the text, counts read "1 finding". Real processes, a real scan, a real history database.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as spawnCli } from './helpers/run-cli.js';
import { textWidth } from '../cli/text-width.js';
import { progressLine } from '../cli/progress.js';
import type { ScanProgress } from '../analyzer/types.js';

const ENTRY = fileURLToPath(new URL('./helpers/cli-entry.ts', import.meta.url));
let work: string;
let many: string;
let one: string;
let wide: string;

function write(root: string, rel: string, text: string) {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const env = () => ({ ASSAY_DATA_DIR: join(work, 'data') });
const runCli = (args: string[]) => spawnCli(args, { env: env() });
const CONFIG = '[rules]\nenable = ["PY-DESER-YAML"]\n';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assay-cli-out-'));
  many = join(work, 'many');
  // 900 findings: the listing is far larger than a pipe's buffer, so the reader closes mid-write.
  write(many, 'app/loaders.py', 'import yaml\n' + Array.from({ length: 900 }, (_, i) => `def c${i}(p):\n    return yaml.load(open(p))\n`).join(''));
  write(many, 'assay.toml', CONFIG);
  one = join(work, 'one');
  write(one, 'app/views.py', 'import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n');
  write(one, 'assay.toml', CONFIG);
  wide = join(work, 'wide');
  // Wide (CJK) and combining characters in paths: alignment must count columns, not code units.
  write(wide, '設定/読み込み.py', 'import yaml\ndef a(p):\n    return yaml.load(open(p))\n');
  write(wide, 'cafe\u0301/x.py', 'import yaml\ndef b(p):\n    return yaml.load(open(p))\n');
  write(wide, 'plain/a_much_longer_directory_name/module.py', 'import yaml\ndef c(p):\n    return yaml.load(open(p))\n');
  write(wide, 'assay.toml', CONFIG);
  for (const root of [many, one, wide]) {
    const r = await runCli(['scan', root, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
  }
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `assay <args> | head -n 2` through a real shell pipe. */
function pipedToHead(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const quoted = [process.execPath, '--import', 'tsx', ENTRY, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('bash', ['-c', `set -o pipefail; ${quoted} | head -n 2`], { env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command-line output', { timeout: 240_000 }, () => {
  it('ends quietly when the reader closes the pipe, for every listing command', async () => {
    const full = await runCli(['findings', many, '--limit', '1000']);
    expect(full.stdout.length).toBeGreaterThan(256 * 1024 / 4);
    for (const args of [['findings', many, '--limit', '1000'], ['findings', many, '--limit', '1000', '--json'], ['asvs', 'list', '--level', '3'], ['history', many, '--json']]) {
      const r = await pipedToHead(args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.stdout.split('\n').length, args.join(' ')).toBe(3);
      // pipefail: the command itself exited 0, not with a crash.
      expect(r.code, args.join(' ')).toBe(0);
    }
  });

  it('aligns the findings table by display width, with wide and combining characters', async () => {
    const r = await runCli(['findings', wide]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const rows = lines.slice(0, -1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatch(/^fingerprint\s+severity\s+status\s+rule\s+location\s+title$/);
    // Each column starts at the same display column on every row.
    const starts = (line: string, text: string) => textWidth(line.slice(0, line.indexOf(text)));
    const titleColumn = starts(rows[0]!, 'title');
    const locationColumn = starts(rows[0]!, 'location');
    const json = JSON.parse((await runCli(['findings', wide, '--json'])).stdout) as { rows: Array<{ path: string; title: string }> };
    expect(json.rows).toHaveLength(3);
    for (const f of json.rows) {
      const row = rows.find((line) => line.includes(`${f.path}:3`));
      expect(row, f.path).toBeDefined();
      expect(starts(row!, `${f.path}:3`), row).toBe(locationColumn);
      expect(textWidth(row!.slice(0, row!.lastIndexOf(f.title))), row).toBe(titleColumn);
    }
    expect(lines.at(-1)).toBe('3 findings.');
  });

  it('says "1 finding", and shows a fixed finding as fixed', async () => {
    const r = await runCli(['findings', one]);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 finding.');
    expect(r.stdout).toMatch(/\bopen, new\b/);
    // Fix it and scan again: the finding is fixed, and says so (not "open/fixed").
    write(one, 'app/views.py', 'import yaml\n\ndef load(path):\n    return yaml.safe_load(open(path))\n');
    expect((await runCli(['scan', one, '--quiet'])).code).toBe(0);
    const fixed = await runCli(['findings', one, '--status', 'fixed']);
    expect(fixed.code, fixed.stderr).toBe(0);
    const row = fixed.stdout.split('\n')[1]!;
    expect(row).toMatch(/\bfixed\b/);
    expect(row).not.toMatch(/open/);
    expect(fixed.stdout.trimEnd().split('\n').at(-1)).toBe('1 finding.');
    const open = await runCli(['findings', one]);
    expect(open.stdout.trim()).toBe('0 findings.');
  });

  it('fits progress lines to the terminal, known width or not', () => {
    const p: ScanProgress = { phase: 'parse', filesDone: 12, filesTotal: 40, currentFile: 'a/very/long/path/'.repeat(10) + '読み込み.py', elapsedMs: 1 };
    for (const columns of [undefined, 0, 20, 40, 80, 200]) {
      const line = progressLine(p, columns);
      expect(textWidth(line), String(columns)).toBeLessThanOrEqual((columns || 80) - 1);
      expect(line).toMatch(/analysing/);
    }
    expect(progressLine(p, 200)).toMatch(/読み込み\.py$/);
    expect(progressLine(p, 60)).toMatch(/…\S*読み込み\.py$/);
  });
});
