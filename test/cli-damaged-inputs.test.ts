// Every command against damaged inputs: databases that are devices, folders, text, another
// application's, from the future or with a damaged page; input files that are devices, FIFOs,
// folders, garbage, nested a million deep; bad option values. Each run ends 0, 1, 2 or 130 with a
// message, never exit 3 ("a bug in Assay") and never a stack trace. Runs the same run() as bin/assay.js.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/command.js';

let work: string;
let project: string;
let good: string;
let fingerprint: string;
const dbs: Record<string, string> = {};
const files: Record<string, string> = {};

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { append(String(chunk)); cb(); } });
  return {
    stdout: sink((s) => (out += s)),
    stderr: sink((s) => (err += s)),
    cwd: work,
    env: { ...process.env, ASSAY_DATA_DIR: join(work, 'data'), ASSAY_DB_LOCK_WAIT_MS: '500', NO_COLOR: '1' },
    out: () => out,
    err: () => err,
  };
}

async function assay(args: string[]) {
  const i = io();
  const code = await run(args, i);
  return { code, stdout: i.out(), stderr: i.err() };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assay-damaged-'));
  project = join(work, 'shop');
  mkdirSync(project);
  writeFileSync(join(project, 'views.py'), 'import yaml\n\ndef load(p):\n    return yaml.load(open(p))\n');
  good = join(work, 'good.db');
  expect((await assay(['scan', project, '--db', good, '--quiet', '--jobs', '0'])).code).toBe(0);
  const listed = JSON.parse((await assay(['findings', project, '--db', good, '--json'])).stdout) as { rows: { fingerprint: string }[] };
  fingerprint = listed.rows[0]!.fingerprint;

  const put = (name: string, data: string | Buffer) => {
    const f = join(work, name);
    writeFileSync(f, data);
    return f;
  };
  dbs.devNull = '/dev/null';
  dbs.devFull = '/dev/full';
  dbs.devZero = '/dev/zero';
  dbs.folder = work;
  dbs.underFile = join(project, 'views.py', 'x.db');
  dbs.missing = join(work, 'typo', 'x.db');
  dbs.empty = put('empty.db', '');
  dbs.text = put('text.db', 'x');
  dbs.garbage = put('garbage.db', Buffer.alloc(64 * 1024, 0xab));
  const foreign = join(work, 'foreign.db');
  new Database(foreign).exec('CREATE TABLE contacts (name TEXT)');
  dbs.foreign = foreign;
  const future = join(work, 'future.db');
  writeFileSync(future, readFileSync(good));
  const f = new Database(future);
  f.pragma('user_version = 999');
  f.close();
  dbs.future = future;
  const damaged = join(work, 'damaged.db');
  const copy = new Database(good, { readonly: true });
  copy.pragma('wal_checkpoint(TRUNCATE)');
  await copy.backup(damaged);
  copy.close();
  const raw = new Database(damaged);
  raw.pragma('journal_mode = DELETE');
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  const roots = raw.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND rootpage > 1").pluck().all() as number[];
  raw.close();
  const bytes = readFileSync(damaged);
  for (const r of roots) bytes.fill(0x5a, (r - 1) * pageSize, r * pageSize);
  writeFileSync(damaged, bytes);
  dbs.damaged = damaged;
  const half = readFileSync(good);
  dbs.truncated = put('truncated.db', half.subarray(0, Math.floor(half.length / 2)));

  files.devZero = '/dev/zero';
  files.devNull = '/dev/null';
  files.folder = work;
  files.missing = join(work, 'nope.json');
  files.garbage = put('garbage.bin', Buffer.from([0, 1, 2, 0xff, 0xfe, 0x50, 0x4b, 3, 4]));
  files.badJson = put('bad.json', '{"runs": [');
  files.deepJson = put('deep.json', '['.repeat(1_000_000) + ']'.repeat(1_000_000));
  files.wrongShape = put('shape.json', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 7 } }, results: 'x' }] }));
  files.zipHead = put('zip-head.zip', Buffer.concat([Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)]));
  const fifo = join(work, 'fifo');
  try {
    execFileSync('mkfifo', [fifo]);
    files.fifo = fifo;
  } catch {
    // No mkfifo here: the other inputs still run.
  }
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ALLOWED = new Set([0, 1, 2, 130]);

function expectHandled(label: string, r: { code: number; stderr: string }) {
  expect(ALLOWED.has(r.code), `${label}: exit ${r.code}\n${r.stderr}`).toBe(true);
  expect(r.stderr, label).not.toMatch(/bug in Assay|internal error/);
  expect(r.stderr, label).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('every command against damaged inputs', { timeout: 600_000 }, () => {
  it('databases: scan, history, findings, report, triage, attest, import', async () => {
    const sarif = join(work, 'ok.sarif');
    writeFileSync(sarif, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }));
    for (const [name, db] of Object.entries(dbs)) {
      for (const args of [
        ['history', project],
        ['findings', project],
        ['report', project, '--format', 'json', '--output', join(work, `r-${name}.json`)],
        ['scan', project, '--quiet', '--jobs', '0'],
        ['triage', fingerprint.slice(0, 12), '--status', 'false_positive', '--reason', 'test'],
        ['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'e', '--project', project],
        ['import', project, sarif],
      ]) {
        const readOnly = ['history', 'findings', 'report'].includes(args[0]!);
        // A missing or empty database is created by commands that record, and only by them.
        if (name === 'missing' && !readOnly) continue;
        const r = await assay([...args, '--db', db]);
        expectHandled(`${args[0]} --db ${name}`, r);
        if (name !== 'empty' || readOnly) expect(r.code, `${args[0]} --db ${name} should fail: ${r.stdout}`).toBe(2);
      }
    }
    expect(existsSync(join(work, 'typo'))).toBe(false);
  });

  it('input files: import, verify, asvs import, --config', async () => {
    for (const [name, file] of Object.entries(files)) {
      for (const args of [['import', project, file, '--db', good], ['verify', file], ['asvs', 'import', file], ['scan', project, '--no-db', '--quiet', '--jobs', '0', '--config', file]]) {
        const started = Date.now();
        const r = await assay(args);
        expectHandled(`${args.slice(0, 2).join(' ')} ${name}`, r);
        expect(r.code, `${args[0]} ${name}`).not.toBe(0);
        // Devices and FIFOs are refused at once, never read or waited on.
        if (['devZero', 'fifo'].includes(name)) expect(Date.now() - started, `${args[0]} ${name}`).toBeLessThan(5_000);
      }
    }
  });

  it('option values: --browser /bin/false, an impossible date, --config at a folder, bad numbers', async () => {
    const browser = await assay(['report', project, '--db', good, '--format', 'pdf', '--output', join(work, 'r.pdf'), '--browser', '/bin/false']);
    expectHandled('--browser /bin/false', browser);
    expect(browser.code).toBe(2);
    expect(browser.stderr).toMatch(/is not a Chromium/);
    expect(existsSync(join(work, 'r.pdf'))).toBe(false);
    for (const args of [
      ['triage', fingerprint.slice(0, 12), '--status', 'accepted_risk', '--reason', 'r', '--expires', '2031-02-30', '--db', good],
      ['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'e', '--project', project, '--expires', '2031-02-30', '--db', good],
    ]) {
      const r = await assay(args);
      expectHandled(`${args[0]} --expires 2031-02-30`, r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/2031-02-30 does not exist|expiresAt: Invalid input/);
    }
    const folder = await assay(['scan', project, '--no-db', '--config', '/tmp']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/\/tmp: is a folder/);
    for (const args of [['scan', project, '--jobs', '-1'], ['scan', project, '--level', '9'], ['report', project, '--scan', 'x', '--format', 'json', '--output', 'o'], ['findings', project, '--limit', '1e9'], ['history'], ['verify'], ['asvs', 'nope']]) {
      const r = await assay(args);
      expectHandled(args.join(' '), r);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});
