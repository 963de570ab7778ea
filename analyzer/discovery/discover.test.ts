import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverFiles } from './discover.js';

let root: string;
let outside: string;

function write(rel: string, text = 'x = 1\n') {
  const p = join(root, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'assay-discover-'));
  outside = mkdtempSync(join(tmpdir(), 'assay-outside-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('discoverFiles', () => {
  it('lists .py and template files in path order, leaving other files out silently', async () => {
    write('b.py');
    write('a/z.py');
    write('a/templates/page.html', '<p>{{ x }}</p>');
    write('README.md', '# hi');
    write('static/app.js', 'x');
    const d = await discoverFiles(root);
    expect(d.files.map((f) => [f.path, f.kind])).toEqual([
      ['a/templates/page.html', 'template'],
      ['a/z.py', 'python'],
      ['b.py', 'python'],
    ]);
    expect(d.skipped).toEqual([]);
  });

  it('records each excluded directory once, and keeps migrations', async () => {
    write('.venv/lib/site.py');
    write('.venv/lib/other.py');
    write('node_modules/x/y.py');
    write('pkg/__pycache__/m.py');
    write('pkg/migrations/0001_initial.py');
    const d = await discoverFiles(root);
    expect(d.files.map((f) => f.path)).toEqual(['pkg/migrations/0001_initial.py']);
    expect(d.skipped).toEqual([
      { path: '.venv', reason: 'excluded', detail: 'default exclude list (.venv)' },
      { path: 'node_modules', reason: 'excluded', detail: 'default exclude list (node_modules)' },
      { path: 'pkg/__pycache__', reason: 'excluded', detail: 'default exclude list (__pycache__)' },
    ]);
  });

  it('caps the wildcard patterns of nested .gitignore files like the root one, with one budget for all', async () => {
    // A hostile repository spreads its patterns over sub-folders: each file under the cap, together over it.
    const wild = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `*.${tag}${i}`).join('\n');
    write('a/.gitignore', `${wild('a', 600)}\n`);
    write('b/deep/.gitignore', `${wild('b', 600)}\n*_gen.py\nliteral.py\n`);
    write('a/x_gen.py');
    write('a/m.a5');
    write('b/deep/x_gen.py');
    write('b/deep/literal.py');
    write('b/deep/kept.py');
    const d = await discoverFiles(root);
    // The first 1,000 wildcards apply wherever they are; b/deep's last 201 do not, so its *_gen.py is scanned.
    // Literal patterns cost a hash lookup and are never capped.
    expect(d.files.map((f) => f.path)).toEqual(['a/x_gen.py', 'b/deep/kept.py', 'b/deep/x_gen.py']);
    expect(d.skipped).toEqual([
      {
        path: 'b/deep/.gitignore',
        reason: 'too-large',
        detail: '601 wildcard patterns: 201 not applied, over the limit of 1000 for all .gitignore files of a scan, so files they would exclude are scanned',
      },
      { path: 'b/deep/literal.py', reason: 'excluded', detail: 'matched b/deep/.gitignore' },
    ]);
  });

  it('respects nested .gitignore files, with the deepest one deciding', async () => {
    write('.gitignore', 'generated/\n*.gen.py\n');
    write('generated/a.py');
    write('app/x.gen.py');
    write('app/keep.py');
    write('app/sub/.gitignore', '!*.gen.py\nlocal.py\n');
    write('app/sub/y.gen.py');
    write('app/sub/local.py');
    const d = await discoverFiles(root);
    expect(d.files.map((f) => f.path)).toEqual(['app/keep.py', 'app/sub/y.gen.py']);
    expect(d.skipped.map((s) => [s.path, s.detail])).toEqual([
      ['app/sub/local.py', 'matched app/sub/.gitignore'],
      ['app/x.gen.py', 'matched .gitignore'],
      ['generated', 'matched .gitignore'],
    ]);
    const plain = await discoverFiles(root, { respectGitignore: false });
    expect(plain.files).toHaveLength(5);
  });

  it('applies config excludes (gitignore syntax) to folders and files', async () => {
    write('tests/fixtures/bad.py');
    write('tests/test_x.py');
    write('app/views.py');
    const d = await discoverFiles(root, { exclude: ['tests/fixtures/', 'test_*.py'] });
    expect(d.files.map((f) => f.path)).toEqual(['app/views.py']);
    expect(d.skipped.map((s) => [s.path, s.detail])).toEqual([
      ['tests/fixtures', 'config exclude'],
      ['tests/test_x.py', 'config exclude'],
    ]);
  });

  it('skips files over the size cap without reading them', async () => {
    write('big.py', 'x = 1\n'.repeat(400));
    write('small.py');
    const d = await discoverFiles(root, { maxFileSize: 1000 });
    expect(d.files.map((f) => f.path)).toEqual(['small.py']);
    expect(d.skipped).toEqual([{ path: 'big.py', reason: 'too-large', detail: '2.3 KiB is over the 1000 B limit (max-file-size)' }]);
  });

  it('never follows symlinks out of the root or around a loop; in-root links are analysed once', async () => {
    write('app/real.py');
    writeFileSync(join(outside, 'secret.py'), 'x = 1\n');
    symlinkSync(outside, join(root, 'escape'));
    symlinkSync(join(outside, 'secret.py'), join(root, 'app/secret.py'));
    symlinkSync(root, join(root, 'app/loop'));
    symlinkSync(join(root, 'app/real.py'), join(root, 'alias.py'));
    symlinkSync(join(root, 'missing.py'), join(root, 'dangling.py'));
    const d = await discoverFiles(root);
    expect(d.files.map((f) => f.path)).toEqual(['alias.py']);
    expect(d.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['app/loop', 'symlink-loop'],
      ['app/real.py', 'excluded'],
      ['app/secret.py', 'symlink-outside-root'],
      ['dangling.py', 'unreadable'],
      ['escape', 'symlink-outside-root'],
    ]);
    expect(d.skipped.find((s) => s.path === 'app/real.py')?.detail).toBe('same file as alias.py (symlink); analysed once');
  });
});
