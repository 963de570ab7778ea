// The dependency rules run on every scan, also when the cache hands back the whole project result:
// a warm scan that analysed no file still reports what the manifests and the files' imports say.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../scan.js';
import type { ScanResult } from '../types.js';

let root: string;
let cacheDir: string;

function write(rel: string, text: string): void {
  const p = join(root, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

const depFindings = (r: ScanResult) => r.findings.filter((f) => f.ruleId.startsWith('PY-DEP-')).map((f) => `${f.path}:${f.range.start.line}:${f.ruleId}:${f.fingerprint}`).sort();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-cache-deps-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'assay-cache-deps-dir-'));
  write('requirements.txt', 'flask==3.0.0\nrequests\n');
  // yaml is imported but declared nowhere; requests is declared but never imported.
  write('app/views.py', 'import flask\nimport yaml\n\napp = flask.Flask(__name__)\n');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('analysis cache and dependency rules', () => {
  it('a fully cached scan reports the same dependency findings as a cold one', async () => {
    const cold = await scanProject(root, { workers: 0 });
    const ids = depFindings(cold).map((s) => s.split(':')[2]);
    expect(ids).toEqual(expect.arrayContaining(['PY-DEP-PHANTOM', 'PY-DEP-UNUSED', 'PY-DEP-UNPINNED']));

    const first = await scanProject(root, { workers: 0, cacheDir });
    expect(first.stats.cachedFiles).toBe(0);
    const warm = await scanProject(root, { workers: 0, cacheDir });
    expect(warm.stats.cachedFiles).toBe(1);
    expect(depFindings(warm)).toEqual(depFindings(cold));
    expect(warm.dependencies).toEqual(cold.dependencies);
    expect(warm.facts?.dependencies).toBe(2);
  });

  it('a manifest edited between warm scans is read again', async () => {
    await scanProject(root, { workers: 0, cacheDir });
    write('requirements.txt', 'flask==3.0.0\nrequests==2.32.3\npyyaml==6.0.2\n');
    const warm = await scanProject(root, { workers: 0, cacheDir });
    const cold = await scanProject(root, { workers: 0 });
    expect(warm.stats.cachedFiles).toBe(1);
    expect(depFindings(warm)).toEqual(depFindings(cold));
    expect(depFindings(warm).some((s) => s.includes('PY-DEP-UNPINNED'))).toBe(false);
  });
});
