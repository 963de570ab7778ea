// The history database failing in every way a disk or another program can make it fail: each is
// exit 2 with a message saying what to do, never "a bug in Assay"; the scan's report survives a
// failed recording; read-only commands create nothing; failed commands write nothing; another
// application's database or a non-SQLite file is refused and left unchanged.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as spawnCli, type CliRun } from './helpers/run-cli.js';
import { canMount, fillDisk, mountSmallDisk, type SmallDisk } from './helpers/small-disk.js';

let work: string;
let project: string;
const disks: SmallDisk[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-dbfail-'));
  project = join(work, 'shop');
  mkdirSync(join(project, 'shop'), { recursive: true });
  writeFileSync(join(project, 'shop/views.py'), 'import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n');
  writeFileSync(join(project, 'shop/more.py'), 'import pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n');
});
afterAll(() => {
  for (const d of disks) d.unmount();
  rmSync(work, { recursive: true, force: true });
});

const runCli = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnCli(args, { env: { ASSAY_DATA_DIR: join(work, 'data'), ...env } });
const scan = (db: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) => runCli(['scan', project, '--db', db, '--quiet', '--jobs', '0', ...extra], env);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function expectUserError(run: CliRun, message: RegExp) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/bug in Assay|internal error/);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('database failures are clear errors', { timeout: 300_000 }, () => {
  it('locked past the wait: retries with backoff, says so, exits 2, and the report is still written', async () => {
    const db = join(work, 'locked.db');
    expect((await scan(db)).code).toBe(0);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    const out = join(work, 'locked-report.json');
    try {
      const started = Date.now();
      const run = await scan(db, ['--format', 'json', '--output', out], { ASSAY_DB_LOCK_WAIT_MS: '1500' });
      expectUserError(run, /locked by another program.*retrying for up to 2 s/s);
      expect(run.stderr).toMatch(/Wait for it to finish and run the command again/);
      expect(run.stderr).toMatch(/The report was written to .*locked-report\.json; only recording the scan failed/);
      expect(Date.now() - started).toBeGreaterThan(1500);
      expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
    } finally {
      holder.exec('ROLLBACK');
    }
    // A lock released while Assay waits: the retry succeeds.
    holder.exec('BEGIN IMMEDIATE');
    const pending = scan(db, [], { ASSAY_DB_LOCK_WAIT_MS: '20000' });
    await new Promise((r) => setTimeout(r, 2500));
    holder.exec('ROLLBACK');
    holder.close();
    const run = await pending;
    expect(run.code, run.stderr).toBe(0);
    expect((await runCli(['history', project, '--db', db, '--json'])).stdout).toMatch(/"scanId": 2/);
  });

  it('--db under a file, at /dev/null or /dev/full, or at a folder: exit 2 before scanning', async () => {
    for (const [db, message] of [
      [join(project, 'shop/views.py/x.db'), /part of its path is a file, not a folder/],
      ['/dev/null', /not a regular file/],
      ['/dev/full', /not a regular file/],
      [work, /is a folder/],
    ] as const) {
      expectUserError(await scan(db), message);
      expectUserError(await runCli(['history', project, '--db', db]), message);
    }
  });

  it('read-only commands never create a folder or a database', async () => {
    const typo = join(work, 'typo', 'deeper');
    for (const command of ['history', 'findings']) {
      expectUserError(await runCli([command, project, '--db', join(typo, 'x.db')]), /no history database at .*Run `assay scan`/);
    }
    expectUserError(await runCli(['report', project, '--db', join(typo, 'x.db'), '--format', 'json', '--output', join(work, 'r.json')]), /no history database/);
    expect(existsSync(join(work, 'typo'))).toBe(false);
    expect(existsSync(join(work, 'r.json'))).toBe(false);
  });

  it('failed commands write nothing: a rejected import, a scan whose report cannot be written', async () => {
    const db = join(work, 'nothing.db');
    const bad = join(work, 'bad.sarif');
    writeFileSync(bad, '{"version": "2.1.0", "runs": "not a list"}');
    expectUserError(await runCli(['import', project, bad, '--db', db]), /not valid SARIF/);
    expect(existsSync(db)).toBe(false);
    // With the database already there, the rejected import adds no project.
    expect((await scan(db)).code).toBe(0);
    const other = join(work, 'other-project');
    mkdirSync(other);
    expectUserError(await runCli(['import', other, bad, '--db', db]), /not valid SARIF/);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM projects').pluck().get()).toBe(1);
    const scans = raw.prepare('SELECT count(*) FROM scans').pluck().get();
    raw.close();
    expectUserError(await scan(db, ['--output', join(work, 'no-such-folder', 'r.json')]), /its folder does not exist/);
    expectUserError(await scan(db, ['--output', work]), /is a folder/);
    const after = new Database(db, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM scans').pluck().get()).toBe(scans);
    after.close();
  });

  it('another application’s database, and a file that is not SQLite, are refused and left unchanged', async () => {
    const foreign = join(work, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Ada\')');
    f.close();
    const tagged = join(work, 'tagged.db');
    const t = new Database(tagged);
    t.pragma('application_id = 1234');
    t.exec('CREATE TABLE scans (x)');
    t.close();
    const text = join(work, 'one-byte.db');
    writeFileSync(text, 'x');
    for (const [file, message] of [[foreign, /belongs to another application \(it holds tables Assay did not create: contacts\)/], [tagged, /belongs to another application \(its SQLite application_id is 0x4d2\)/], [text, /not a SQLite file; it was left unchanged/]] as const) {
      const before = sha(file);
      expectUserError(await scan(file), message);
      expectUserError(await runCli(['history', project, '--db', file]), message);
      expect(sha(file)).toBe(before);
    }
    // Assay's own databases carry Assay's application_id.
    const own = join(work, 'own.db');
    expect((await scan(own)).code).toBe(0);
    const o = new Database(own, { readonly: true });
    expect(o.pragma('application_id', { simple: true })).toBe(0x41737931);
    o.close();
  });

  it('report, like every command, refuses a database from a newer schema', async () => {
    const db = join(work, 'future.db');
    expect((await scan(db)).code).toBe(0);
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    for (const args of [['report', project, '--format', 'json', '--output', join(work, 'future.json')], ['history', project], ['findings', project], ['scan', project, '--quiet']]) {
      expectUserError(await runCli([...args, '--db', db]), /written by a newer version of Assay \(schema 999/);
    }
    expect(existsSync(join(work, 'future.json'))).toBe(false);
  });

  it('a page damaged mid-file: exit 2 naming integrity_check and a backup', async () => {
    const db = join(work, 'damaged.db');
    expect((await scan(db)).code).toBe(0);
    const raw = new Database(db);
    raw.pragma('journal_mode = DELETE');
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    // Every table's root page: the schema still reads, the first query that touches data does not.
    const roots = raw.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND rootpage > 1").pluck().all() as number[];
    raw.close();
    const bytes = readFileSync(db);
    for (const root of roots) bytes.fill(0x5a, (root - 1) * pageSize, root * pageSize);
    writeFileSync(db, bytes);
    for (const args of [['findings', project], ['history', project], ['scan', project, '--quiet', '--jobs', '0']]) {
      expectUserError(await runCli([...args, '--db', db]), /is damaged .*PRAGMA integrity_check.*restore it from a backup/s);
    }
  });
});

describe.skipIf(!canMount())('a full or read-only disk (a real tmpfs; mounting needs root)', { timeout: 300_000 }, () => {
  it('a read-only disk: scan and report exit 2 saying so; history says to copy the file', async () => {
    const disk = mountSmallDisk(join(work, 'ro-disk'), 8192);
    disks.push(disk);
    const db = join(disk.path, 'assay.db');
    expect((await scan(db)).code).toBe(0);
    disk.readOnly();
    expectUserError(await scan(db), /read-only disk or in a folder Assay cannot write to.*Copy the database somewhere writable/s);
    expectUserError(await runCli(['history', project, '--db', db]), /Copy the database somewhere writable/);
    expectUserError(await scan(join(disk.path, 'new', 'assay.db')), /not writable \(EROFS\)/);
    expectUserError(await runCli(['report', project, '--db', join(work, 'none.db'), '--format', 'json', '--output', join(disk.path, 'r.json')]), /the disk is read-only/);
  });

  it('a full disk: recording fails with exit 2 and a report on that disk is never left truncated', async () => {
    // Room for a fresh database: creating one writes every migration to the WAL first (about 1 MB).
    const disk = mountSmallDisk(join(work, 'full-disk'), 2048);
    disks.push(disk);
    const db = join(disk.path, 'assay.db');
    const report = join(disk.path, 'report.sarif');
    writeFileSync(report, 'the previous report\n');
    fillDisk(disk.path);
    const run = await scan(db, ['--format', 'sarif', '--output', report]);
    expectUserError(run, /disk is full/);
    expect(readFileSync(report, 'utf8')).toBe('the previous report\n');
    expect(readdirSync(disk.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // The report elsewhere, the database on the full disk: the report is kept, the recording refused.
    const elsewhere = join(work, 'full-elsewhere.sarif');
    rmSync(join(disk.path, 'filler'));
    expect((await scan(db)).code).toBe(0);
    // Another connection keeps the -shm and -wal files in place, so only the recording needs space.
    const holder = new Database(db);
    holder.prepare('SELECT count(*) FROM scans').get();
    try {
      fillDisk(disk.path);
      const again = await scan(db, ['--format', 'sarif', '--output', elsewhere]);
      expectUserError(again, /disk holding .* is full.*Free some space/s);
      expect(again.stderr).toMatch(/The report was written to .*full-elsewhere\.sarif; only recording the scan failed/);
      expect(statSync(elsewhere).size).toBeGreaterThan(100);
    } finally {
      holder.close();
    }
  });
});
