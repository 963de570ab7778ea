// The logging evidence (and the `logged` facts the logging requirements rest on) must survive a
// rescan that reuses everything from the cache: before, a full cache hit returned none of it, so an
// unchanged project lost its evidence on the second scan.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scanProject } from '../scan.js';
import { loginAdminApp } from './testing/login-admin-app.js';

const APP = loginAdminApp();

let root: string;
let cacheDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-cached-logging-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'assay-cached-logging-cache-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', 'main.py'), APP);
  writeFileSync(join(root, 'app', 'util.py'), 'def check(p):\n    return bool(p)\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

it('a rescan served wholly from the cache keeps the logging evidence and the logged facts', async () => {
  const cold = await scanProject(root, { workers: 0 });
  expect(cold.securityLogging?.map((e) => `${e.event} ${e.path}:${e.line}`)).toEqual(['login app/main.py:11', 'login app/main.py:13', 'access_denied app/main.py:20']);
  expect(cold.facts?.logged).toEqual({ login: 2, access_denied: 1 });

  const first = await scanProject(root, { workers: 0, cacheDir });
  const warm = await scanProject(root, { workers: 0, cacheDir });
  expect(first.stats.cachedFiles).toBe(0);
  expect(warm.stats.cachedFiles).toBe(2);
  for (const r of [first, warm]) {
    expect(r.securityLogging).toEqual(cold.securityLogging);
    expect(r.facts?.logged).toEqual(cold.facts?.logged);
  }
});
