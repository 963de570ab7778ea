// The analysis cache may only ever save time: after every kind of edit, a scan that reads the
// cache reports exactly what a cold scan of the same tree reports (findings, fingerprints, traces,
// files, coverage facts), and a damaged cache is ignored and rebuilt.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../scan.js';
import type { ScanResult } from '../types.js';

let root: string;
let cacheDir: string;

const VIEWS = `from flask import Flask, request
from shop.helpers import run_report

app = Flask(__name__)


@app.route("/report")
def report():
    name = request.args.get("name", "")
    return run_report(name)
`;
const HELPERS_UNSAFE = `import os


def run_report(name):
    os.system("report " + name)
    return "ok"
`;
const HELPERS_SAFE = `import os
import shlex


def run_report(name):
    if name not in ("daily", "weekly"):
        return "no"
    os.system("report " + name)
    return "ok"
`;
const SETTINGS = `SECRET_KEY = "k3y-abcdefghijklmnop-0123456789"\nDEBUG = True\n`;

function write(rel: string, text: string): void {
  const p = join(root, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

/** A scan without what legitimately differs between runs: times and the cache's own counter. */
function stable(r: ScanResult): unknown {
  const { startedAt: _s, finishedAt: _f, stats, files, ...rest } = r;
  const { durationMs: _d, parseMs: _p, taintMs: _t, cachedFiles: _c, ...counts } = stats;
  return { ...rest, stats: counts, files: files.map(({ millis: _m, ...f }) => f) };
}

async function both(): Promise<{ cached: ScanResult; cold: ScanResult }> {
  const cached = await scanProject(root, { workers: 0, cacheDir });
  const cold = await scanProject(root, { workers: 0 });
  expect(stable(cached)).toEqual(stable(cold));
  return { cached, cold };
}

// A flow is named by where it is reported and where its sink is: the view's call into the helper
// that runs the command is reported at the call (views.py), its trace ending at the sink (helpers.py).
const taintRules = (r: ScanResult) => r.findings.filter((f) => f.trace.length > 0).map((f) => `${f.path}:${f.ruleId}->${f.trace[f.trace.length - 1]!.path}`);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-cache-project-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'assay-cache-dir-'));
  write('shop/__init__.py', '');
  write('shop/views.py', VIEWS);
  write('shop/helpers.py', HELPERS_UNSAFE);
  write('shop/settings.py', SETTINGS);
  write('shop/util.py', 'import pickle\n\ndef load(b):\n    return pickle.loads(b)\n');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('analysis cache', () => {
  it('a warm scan reuses every file and equals the cold scan', async () => {
    const first = await both();
    expect(first.cached.stats.cachedFiles).toBe(0);
    expect(taintRules(first.cold)).toContain('shop/views.py:PY-INJ-CMD->shop/helpers.py');
    const warm = await both();
    expect(warm.cached.stats.cachedFiles).toBe(5);
    // Unchanged again: the pack (with the project-wide result and the run records) stays as it is.
    const pack = join(cacheDir, readdirSync(cacheDir).find((n) => n.endsWith('.pack'))!);
    const before = readFileSync(pack);
    await both();
    await both();
    expect(readFileSync(pack).equals(before)).toBe(true);
  });

  it('a changed file is analysed again, the others come from the cache', async () => {
    write('shop/util.py', 'import pickle\nimport yaml\n\ndef load(b):\n    return pickle.loads(b)\n\ndef cfg(t):\n    return yaml.load(t)\n');
    const { cached } = await both();
    expect(cached.stats.cachedFiles).toBe(4);
  });

  it('an added file and a deleted file', async () => {
    write('shop/extra.py', 'import hashlib\n\ndef h(x):\n    return hashlib.md5(x).hexdigest()\n');
    await both();
    unlinkSync(join(root, 'shop/extra.py'));
    const { cached } = await both();
    expect(cached.files.map((f) => f.path)).not.toContain('shop/extra.py');
  });

  it('a renamed file', async () => {
    renameSync(join(root, 'shop/util.py'), join(root, 'shop/loaders.py'));
    const { cached } = await both();
    expect(cached.files.map((f) => f.path)).toContain('shop/loaders.py');
  });

  it('a callee in another module changes: the flow disappears, then appears again', async () => {
    write('shop/helpers.py', HELPERS_SAFE);
    const safe = await both();
    expect(taintRules(safe.cached)).not.toContain('shop/views.py:PY-INJ-CMD->shop/helpers.py');
    expect(safe.cached.stats.cachedFiles).toBe(4);
    write('shop/helpers.py', HELPERS_UNSAFE);
    const unsafe = await both();
    expect(taintRules(unsafe.cached)).toContain('shop/views.py:PY-INJ-CMD->shop/helpers.py');
  });

  it('the config changes (a rule disabled, then a folder excluded)', async () => {
    write('assay.toml', '[rules]\ndisable = ["PY-INJ-CMD"]\n');
    const off = await both();
    expect(taintRules(off.cached)).not.toContain('shop/views.py:PY-INJ-CMD->shop/helpers.py');
    write('assay.toml', 'exclude = ["shop/settings.py"]\n');
    const excluded = await both();
    expect(excluded.cached.files.map((f) => f.path)).not.toContain('shop/settings.py');
    unlinkSync(join(root, 'assay.toml'));
    await both();
  });

  it('a scan cancelled after some files were written to the cache leaves neither a pack nor its temporary file', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'assay-cache-cancel-'));
    try {
      const abort = new AbortController();
      let written = false;
      await scanProject(root, {
        workers: 0,
        cacheDir: fresh,
        signal: abort.signal,
        onProgress: (p) => {
          if (p.phase !== 'parse' || p.filesDone < 2) return;
          written = readdirSync(fresh).some((n) => n.endsWith('.tmp'));
          abort.abort();
        },
      });
      // The outcomes went to the temporary file as they came: it existed when the scan was cancelled.
      expect(written).toBe(true);
      expect(readdirSync(fresh)).toEqual([]);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('a damaged cache is ignored and rebuilt', async () => {
    const packs = () => readdirSync(cacheDir).filter((n) => n.endsWith('.pack'));
    expect(packs()).toHaveLength(1);
    const pack = join(cacheDir, packs()[0]!);
    const bytes = readFileSync(pack);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    writeFileSync(pack, bytes);
    const flipped = await both();
    expect(flipped.cached.stats.cachedFiles).toBe(0);
    writeFileSync(pack, readFileSync(pack).subarray(0, 100));
    expect((await both()).cached.stats.cachedFiles).toBe(0);
    writeFileSync(pack, 'not a cache at all');
    expect((await both()).cached.stats.cachedFiles).toBe(0);
    // Rebuilt: the next scan is warm again.
    expect((await both()).cached.stats.cachedFiles).toBe(5);
  });
});
