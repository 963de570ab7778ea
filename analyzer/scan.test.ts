import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject, ScanInputError } from './scan.js';
import { ConfigError, DEFAULT_CONFIG } from './config.js';

let root: string;

function write(rel: string, text: string) {
  const p = join(root, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

// Loaded from a file, not from the request: request data reaching yaml.load is the taint rule's finding.
const VIEWS = `import yaml

def load(path):
    a = yaml.load(open(path))
    b = yaml.safe_load(open(path))
    c = yaml.unsafe_load(open(path))  # nosec B506 -- fixture data only
    return a, b, c
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-scan-'));
  write('shop/views.py', VIEWS);
  write('shop/__init__.py', '');
  write('tests/test_views.py', 'import yaml\nyaml.load(open("x"))\n');
  write('shop/templates/page.html', '<p>{{ name }}</p>\n');
  write('broken.py', 'def f(:\n    yaml.load(x)\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const yamlFindings = (r: Awaited<ReturnType<typeof scanProject>>) => r.findings.filter((f) => f.ruleId === 'PY-DESER-YAML');

describe('scanProject', () => {
  it('scans a project through the worker pool: files, findings, suppressions, stats', async () => {
    const r = await scanProject(root, { workers: 2 });
    expect(r.cancelled).toBe(false);
    expect(r.files.map((f) => f.path)).toEqual(['broken.py', 'shop/__init__.py', 'shop/templates/page.html', 'shop/views.py', 'tests/test_views.py']);
    expect(r.files.find((f) => f.path === 'broken.py')?.partial).toBe(true);
    const found = yamlFindings(r).map((f) => [f.path, f.range.start.line, f.suppression?.kind ?? null]);
    expect(found).toEqual([
      ['shop/views.py', 4, null],
      ['shop/views.py', 6, 'nosec'],
      ['tests/test_views.py', 2, null],
    ]);
    expect(r.stats).toMatchObject({ filesScanned: 5, filesSkipped: 0, partialFiles: 1 });
    expect(r.stats.linesScanned).toBe(r.files.reduce((n, f) => n + f.lines, 0));
    expect(r.rulesRun).toContain('PY-DESER-YAML');
    expect(r.analyzerVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.rulesetVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(r.ruleErrors).toEqual([]);
  });

  it('gives the same result in-process as in the pool (deterministic order)', async () => {
    const pooled = await scanProject(root, { workers: 2 });
    const inline = await scanProject(root, { workers: 0 });
    expect(inline.findings).toEqual(pooled.findings);
    expect(inline.files.map((f) => [f.path, f.lines, f.partial])).toEqual(pooled.files.map((f) => [f.path, f.lines, f.partial]));
  });

  it('gives the same result by default on a project too large to analyse inline (the calling thread beside the workers)', async () => {
    const big = mkdtempSync(join(tmpdir(), 'assay-scan-big-'));
    try {
      // Past INLINE_MAX_CHARS, so the default scan starts workers and takes its own share.
      const filler = Array.from({ length: 200 }, (_, i) => `def helper_${i}(x):\n    return x + ${i}\n`).join('\n');
      for (let i = 0; i < 60; i++) writeFileSync(join(big, `m${i}.py`), `import yaml\n\ndef load_${i}(path):\n    return yaml.load(open(path))\n\n${filler}`);
      const byDefault = await scanProject(big);
      const inline = await scanProject(big, { workers: 0 });
      expect(byDefault.findings.length).toBeGreaterThanOrEqual(60);
      expect(byDefault.findings).toEqual(inline.findings);
      expect(byDefault.files.map((f) => [f.path, f.lines])).toEqual(inline.files.map((f) => [f.path, f.lines]));
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });

  it('applies per-file-ignores as config suppressions and the severity floor', async () => {
    const config = { ...DEFAULT_CONFIG, source: 'assay.toml', perFileIgnores: [{ pattern: 'tests/', rules: ['PY-DESER-YAML'] }] };
    const r = await scanProject(root, { config, workers: 0 });
    const test = yamlFindings(r).find((f) => f.path === 'tests/test_views.py');
    expect(test?.suppression).toEqual({ kind: 'config', justification: 'per-file-ignores "tests/" in assay.toml', line: 0 });
    const critical = await scanProject(root, { minSeverity: 'critical', workers: 0 });
    expect(yamlFindings(critical)).toEqual([]);
  });

  it('rejects unknown rule ids in the config and disables named rules', async () => {
    const bad = { ...DEFAULT_CONFIG, source: 'assay.toml', rules: { enable: null, disable: ['PY-NOPE-NOPE'] } };
    await expect(scanProject(root, { config: bad })).rejects.toThrow(ConfigError);
    await expect(scanProject(root, { config: bad })).rejects.toThrow(/rules\.disable names PY-NOPE-NOPE, which is not a rule/);
    const off = { ...DEFAULT_CONFIG, rules: { enable: null, disable: ['PY-DESER-YAML'] } };
    const r = await scanProject(root, { config: off, workers: 0 });
    expect(r.rulesRun).not.toContain('PY-DESER-YAML');
    expect(yamlFindings(r)).toEqual([]);
  });

  it('says what is wrong with the root: missing, or a file', async () => {
    const missing = await scanProject(join(root, 'nope')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ScanInputError);
    expect((missing as ScanInputError).problem).toBe('missing');
    expect((missing as Error).message).toMatch(/does not exist/);
    const file = await scanProject(join(root, 'shop/views.py')).catch((e: unknown) => e);
    expect((file as ScanInputError).problem).toBe('not-a-directory');
    expect((file as Error).message).toMatch(/is a file, not a folder/);
  });

  it('cancels: the result is marked cancelled and partial', async () => {
    const controller = new AbortController();
    const r = await scanProject(root, {
      workers: 2,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'parse') controller.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.files.length).toBeLessThan(5);
  });

  it('stops a worker stuck on one file, records that file, and finishes the rest', async () => {
    const slow = mkdtempSync(join(tmpdir(), 'assay-slow-'));
    try {
      // Parsing this takes a fraction of the limit, analysing it several times the limit (about 7 s
      // in-process on this 2-core machine), so the pool's watchdog stops the worker and a
      // replacement takes the rest of the batch. (Should the
      // machine be so loaded that parsing alone passes the limit, tree-sitter's own limit stops it.)
      const body = Array.from({ length: 12000 }, (_, i) => `v${i} = yaml.load(data[${i}]) + f"{x}" * [i for i in range(${i})]`).join('\n');
      writeFileSync(join(slow, 'a_huge.py'), `import yaml\n${body}\n`);
      writeFileSync(join(slow, 'b_small.py'), 'import yaml\nyaml.load(x)\n');
      writeFileSync(join(slow, 'c_small.py'), 'x = 1\n');
      const r = await scanProject(slow, { workers: 1, fileTimeoutMs: 1500 });
      expect(r.skipped.map((s) => [s.path, s.reason])).toEqual([['a_huge.py', 'unreadable']]);
      expect(r.skipped[0]!.detail).toMatch(/^analysis failed: (analysis|parsing) did not finish within 1.5 s; stopped$/);
      expect(r.files.map((f) => f.path)).toEqual(['b_small.py', 'c_small.py']);
      expect(yamlFindings(r).map((f) => f.path)).toEqual(['b_small.py']);
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  });
});

describe('git facts', () => {
  it('records commit, branch and dirty state, and never runs the repository’s fsmonitor', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'assay-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, stdio: 'pipe' }).toString().trim();
      git('init', '-q', '-b', 'main');
      writeFileSync(join(repo, 'app.py'), 'x = 1\n');
      git('add', 'app.py');
      git('commit', '-q', '-m', 'init');
      const marker = join(repo, 'PWNED');
      git('config', 'core.fsmonitor', `touch ${marker}; false`);
      const clean = await scanProject(repo, { workers: 0 });
      expect(clean.git).toEqual({ commit: git('rev-parse', 'HEAD'), branch: 'main', dirty: false });
      writeFileSync(join(repo, 'app.py'), 'x = 2\n');
      const dirty = await scanProject(repo, { workers: 0 });
      expect(dirty.git.dirty).toBe(true);
      expect(existsSync(marker)).toBe(false);
      const plain = mkdtempSync(join(tmpdir(), 'assay-nogit-'));
      expect((await scanProject(plain, { workers: 0 })).git).toEqual({ commit: null, branch: null, dirty: null });
      rmSync(plain, { recursive: true, force: true });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
