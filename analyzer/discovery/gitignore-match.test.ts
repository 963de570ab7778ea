// The gitignore matcher agrees with git's own check-ignore on the pattern forms repositories use,
// and a .gitignore with more wildcard patterns than the limit is applied in part and reported.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitignoreMatcher, MAX_WILDCARD_RULES } from './gitignore-match.js';
import { discoverFiles } from './discover.js';

const PATTERNS = [
  '*.pyc', 'build/', '/top.py', 'docs/*.py', '**/gen/**', 'a/**/z.py', '!keep.pyc', 'fo?.py', 'x[0-9].py', 'y[!a-c].py',
  '\\#hash.py', 'deep/dir/exact.py', 'name', 'trailing.py   ', 'cache*/', '**/only.py', 'star**.py', 'literal\\*.py', '*.tmp/',
];
// Not asked: a folder against a trailing `/**` ("gen/" for `**/gen/**`). check-ignore says yes, yet
// `git status` only ignores what is inside, so `!gen/keep.py` can re-include a file; Assay does the latter.
const PATHS: [string, boolean][] = [
  ['m.pyc', false], ['keep.pyc', false], ['pkg/keep.pyc', false], ['pkg/m.pyc', false], ['build', true], ['pkg/build', true], ['build.py', false],
  ['top.py', false], ['pkg/top.py', false], ['docs/a.py', false], ['docs/sub/a.py', false], ['x/gen/y.py', false], ['gen/y.py', false],
  ['a/z.py', false], ['a/b/c/z.py', false], ['b/a/z.py', false], ['foo.py', false], ['fooo.py', false], ['x1.py', false], ['xa.py', false],
  ['yd.py', false], ['ya.py', false], ['#hash.py', false], ['deep/dir/exact.py', false], ['other/deep/dir/exact.py', false], ['name', false],
  ['pkg/name', true], ['trailing.py', false], ['cache1', true], ['cache1.py', false], ['q/only.py', false], ['only.py', false], ['starxx.py', false],
  ['literal*.py', false], ['literalx.py', false], ['t.tmp', true], ['t.tmp', false],
];

function gitIgnored(dir: string, paths: string[]): Set<string> {
  try {
    const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: dir, input: paths.join('\n') + '\n' }).toString();
    return new Set(out.split('\n').filter(Boolean));
  } catch (e) {
    // Exit 1: nothing ignored.
    if ((e as { status?: number }).status === 1) return new Set();
    throw e;
  }
}

describe('gitignore matching', () => {
  it('agrees with git check-ignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-gi-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: dir });
      writeFileSync(join(dir, '.gitignore'), PATTERNS.join('\n') + '\n');
      // check-ignore needs a trailing slash to know a path is a folder.
      const asked = PATHS.map(([p, isDir]) => (isDir ? `${p}/` : p));
      const expected = gitIgnored(dir, asked);
      const matcher = new GitignoreMatcher(PATTERNS.join('\n'));
      const ours = new Set(PATHS.filter(([p, isDir]) => matcher.test(p, isDir).ignored).map(([p, isDir]) => (isDir ? `${p}/` : p)));
      expect([...ours].sort()).toEqual([...expected].sort());
      expect(expected.size).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies a long literal list whole, and reports a .gitignore over the wildcard limit', async () => {
    const root = mkdtempSync(join(tmpdir(), 'assay-gi-big-'));
    try {
      const literal = Array.from({ length: 30_000 }, (_, i) => `ignored_${i}.py`);
      const wild = Array.from({ length: MAX_WILDCARD_RULES + 500 }, (_, i) => `*w${i}_*.py`);
      writeFileSync(join(root, '.gitignore'), [...literal, ...wild].join('\n'));
      mkdirSync(join(root, 'pkg'));
      for (const name of ['ignored_29999.py', 'kept.py', 'x_w1_y.py', `x_w${MAX_WILDCARD_RULES + 100}_y.py`]) writeFileSync(join(root, 'pkg', name), 'x = 1\n');
      const d = await discoverFiles(root);
      expect(d.files.map((f) => f.path)).toEqual(['pkg/kept.py', `pkg/x_w${MAX_WILDCARD_RULES + 100}_y.py`]);
      expect(d.skipped.find((s) => s.path === '.gitignore')).toMatchObject({ reason: 'too-large', detail: expect.stringMatching(new RegExp(`^${MAX_WILDCARD_RULES + 500} wildcard patterns: 500 not applied, over the limit of ${MAX_WILDCARD_RULES}`)) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
