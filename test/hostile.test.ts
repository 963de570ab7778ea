// The analyzer against a hostile repository: it finishes, records every skip with a reason,
// analyses what can be analysed, and produces valid SARIF and JSON whatever the file names hold.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { ScanResult } from '../analyzer/types.js';
import { allRules } from '../analyzer/rules/index.js';
import { toSarif } from '../report/sarif.js';
import { toScanJson } from '../report/scan-json.js';
import { buildHostileRepo, type HostileRepo } from './helpers/hostile-repo.js';
import { sarifErrors } from './helpers/sarif-validator.js';

let repo: HostileRepo;
let result: ScanResult;

beforeAll(async () => {
  repo = buildHostileRepo();
  result = await scanProject(repo.root);
}, 300_000);

afterAll(() => {
  rmSync(repo.root, { recursive: true, force: true });
  rmSync(repo.outside, { recursive: true, force: true });
});

const skip = (path: string) => result.skipped.find((s) => s.path === path);

describe('hostile repository', () => {
  it('finishes, uncancelled', () => {
    expect(result.cancelled).toBe(false);
    expect(result.stats.filesScanned).toBeGreaterThan(0);
  });

  it('never follows symlinks out of the root or around loops', () => {
    expect(skip('app/loop')?.reason).toBe('symlink-loop');
    expect(skip('escape')?.reason).toBe('symlink-outside-root');
    expect(skip('app/stolen.py')?.reason).toBe('symlink-outside-root');
    expect(skip('zero.py')?.reason).toBe('symlink-outside-root');
    expect(skip('cycle-a.py')?.reason).toBe('unreadable');
    expect(skip('cycle-a.py')?.detail).toMatch(/ELOOP/);
    expect(result.files.some((f) => f.path.includes('stolen') || f.path.startsWith('escape/'))).toBe(false);
    expect(result.findings.some((f) => f.snippet.includes('outside the root'))).toBe(false);
  });

  it('skips the 50 MB file, the binary and the undecodable files with reasons', () => {
    expect(skip('big.py')).toMatchObject({ reason: 'too-large', detail: expect.stringMatching(/50\.0 MiB is over the 2\.0 MiB limit/) });
    expect(skip('binary.py')).toMatchObject({ reason: 'binary' });
    expect(skip('enc/invalid_utf8.py')).toMatchObject({ reason: 'decode-error', detail: expect.stringMatching(/not valid utf-8/) });
    expect(skip('enc/unknown.py')).toMatchObject({ reason: 'decode-error', detail: expect.stringMatching(/no-such-codec/) });
  });

  it('never reads a FIFO', () => {
    if (!existsSync(join(repo.root, 'pipe.py'))) return;
    expect(skip('pipe.py')).toMatchObject({ reason: 'unreadable', detail: expect.stringMatching(/not a regular file/) });
  });

  it('analyses the Latin-1 file, the broken file, the long line and every strange file name', () => {
    const scanned = new Set(result.files.map((f) => f.path));
    for (const path of repo.scannable) expect(scanned.has(path), path).toBe(true);
    expect(result.files.find((f) => f.path === 'enc/latin1.py')?.encoding).toBe('latin-1');
    expect(result.files.find((f) => f.path === 'broken.py')?.partial).toBe(true);
    const flagged = new Set(result.findings.filter((f) => f.ruleId === 'PY-DESER-YAML').map((f) => f.path));
    expect(flagged.has('enc/latin1.py')).toBe(true);
    expect(flagged.has('names/new\nline.py')).toBe(true);
    expect(flagged.has('names/<script>alert(1)<\\script>.py')).toBe(true);
  });

  it('records the 10,000-deep files without hanging, and walks 100 nested folders', () => {
    for (const path of ['deep/parens.py', 'deep/calls.py', 'deep/lists.py']) {
      expect(skip(path), path).toMatchObject({ reason: 'unreadable', detail: expect.stringMatching(/nested more than 200 deep: CPython refuses/) });
    }
    // No brackets: an operator chain 10,000 deep is valid Python; it is analysed or fails alone.
    const chain = result.files.some((f) => f.path === 'deep/chain.py') || skip('deep/chain.py')?.detail.startsWith('analysis failed: ');
    expect(chain).toBe(true);
    expect(result.files.some((f) => f.path.endsWith('/d99/leaf.py'))).toBe(true);
  });

  it('records every skip with a non-empty reason and detail', () => {
    for (const s of result.skipped) {
      expect(s.reason.length).toBeGreaterThan(0);
      expect(s.detail.length).toBeGreaterThan(0);
    }
  });

  it('writes valid SARIF (percent-encoded URIs) and JSON for it', () => {
    const sarif = toSarif(result, allRules);
    expect(sarifErrors(sarif)).toEqual([]);
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation!.artifactLocation.uri);
    expect(uris).toContain('names/new%0Aline.py');
    expect(uris).toContain('names/%3Cscript%3Ealert(1)%3C%5Cscript%3E.py');
    const json = JSON.parse(JSON.stringify(toScanJson(result))) as ReturnType<typeof toScanJson>;
    expect(json.findings.map((f) => f.path)).toContain('names/new\nline.py');
  });
});
