// `assay report` and `assay verify` end to end: a copy of the demo project scanned into a fresh
// database by `assay scan`, then every format written, a pack verified, and a tampered pack refused.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli/command.js';
import { run } from '../cli/main.js';
import { sarifErrors } from './helpers/sarif-validator.js';
import { DEMO_ROOT } from './report-helpers.js';
import { OFFICIAL_DIR, OFFICIAL_JSON, readOfficial } from './helpers/asvs-official.js';
import { escapeHtml } from '../report/index.js';

let dir = '';
let project = '';
let db = '';

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io: CliIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: dir, env: { ...process.env, ASSAY_DATA_DIR: join(dir, 'data') } };
  const code = await run(args, io);
  return { code, out, err };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assay-report-cli-'));
  project = join(dir, 'shop');
  db = join(dir, 'history.db');
  cpSync(DEMO_ROOT, project, { recursive: true });
  const scan = await cli('scan', project, '--db', db, '--quiet', '--format', 'json', '--output', join(dir, 'scan.json'));
  expect(scan.code, scan.err).toBe(0);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assay report', () => {
  it.each(['html', 'csv', 'json', 'sarif'])('writes %s', async (format) => {
    const output = join(dir, `report.${format}`);
    const res = await cli('report', project, '--db', db, '--format', format, '--output', output, '--level', '1');
    expect(res.code, res.err).toBe(0);
    expect(res.err).toMatch(/shop, scan #1 — ASVS 5\.0\.0 Level 1: [\d.]+% compliant/);
    const text = readFileSync(output, 'utf8');
    if (format === 'sarif') expect(sarifErrors(JSON.parse(text))).toEqual([]);
    if (format === 'html') expect(text).toContain('Level 1');
    if (format === 'json') expect(JSON.parse(text)).toMatchObject({ format: 'assay-report', asvs: { level: 1 } });
  });

  it('writes an evidence pack with a PDF that verifies, and refuses a tampered copy naming the file', async () => {
    const pack = join(dir, 'evidence.zip');
    const res = await cli('report', project, '--db', db, '--format', 'pack', '--output', pack);
    expect(res.code, res.err).toBe(0);
    const ok = await cli('verify', pack);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/OK\s+report\.pdf/);
    expect(ok.out).toMatch(/OK\s+endpoints\.json/);
    expect(ok.out).toMatch(/Verified: 7 files match the manifest/);

    const entries: Zippable = { ...unzipSync(readFileSync(pack)) };
    entries['report.html'] = strToU8(Buffer.from(entries['report.html'] as Uint8Array).toString('utf8').replace('Executive summary', 'Executive summery'));
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, zipSync(entries));
    const bad = await cli('verify', tampered);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/CHANGED report\.html/);
    expect(bad.out).toMatch(/report\.html has changed/);
    const json = JSON.parse((await cli('verify', tampered, '--json')).out) as { ok: boolean; files: { path: string; status: string }[] };
    expect(json.ok).toBe(false);
    expect(json.files.filter((f) => f.status !== 'ok').map((f) => f.path)).toEqual(['report.html']);
  }, 600_000);

  it('quotes the official ASVS text once it has been imported', async () => {
    const before = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(before).not.toContain('class="official"');
    const imported = await cli('asvs', 'import', join(OFFICIAL_DIR, OFFICIAL_JSON['5.0.0']));
    expect(imported.code, imported.err).toBe(0);
    const output = join(dir, 'official.html');
    expect((await cli('report', project, '--db', db, '--format', 'html', '--output', output)).code).toBe(0);
    const html = readFileSync(output, 'utf8');
    const official = readOfficial('5.0.0').Requirements[0]!.Items[0]!.Items[0]!;
    expect(html).toContain(`<div class="official"><span class="muted">OWASP:</span> ${escapeHtml(official.Description)}</div>`);
    expect(html).toContain('CC BY-SA 4.0');
  });

  it('says how to get a browser when none is usable for PDF', async () => {
    const res = await cli('report', project, '--db', db, '--format', 'pdf', '--output', join(dir, 'r.pdf'), '--browser', join(dir, 'no-such-chrome'));
    expect(res.code).toBe(2);
    expect(res.err).toContain('is not an executable file');
  });

  it('explains usage and input mistakes', async () => {
    expect((await cli('report', project, '--db', db, '--output', 'x')).err).toContain('--format is required');
    expect((await cli('report', project, '--db', db, '--format', 'doc', '--output', 'x')).code).toBe(2);
    const unknown = await cli('report', join(dir, 'elsewhere'), '--db', db, '--format', 'html', '--output', 'x.html');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No scans recorded');
    const scan = await cli('report', project, '--db', db, '--format', 'html', '--output', 'x.html', '--scan', '99');
    expect(scan.code).toBe(2);
    expect((await cli('verify', join(dir, 'nope.zip'))).code).toBe(2);
  });
});
