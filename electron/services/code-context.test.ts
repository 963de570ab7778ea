import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeContext } from './code-context.js';

const parent = mkdtempSync(join(tmpdir(), 'assay-context-'));
const root = join(parent, 'repo');
mkdirSync(join(root, 'pkg'), { recursive: true });
const lines = Array.from({ length: 30 }, (_, i) => `line_${i + 1} = ${i + 1}`);
writeFileSync(join(root, 'pkg', 'mod.py'), lines.join('\n'));
writeFileSync(join(parent, 'secret.txt'), 'outside = 1\n');
symlinkSync(join(parent, 'secret.txt'), join(root, 'escape.py'));
symlinkSync(parent, join(root, 'up'));

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('code context', () => {
  it('returns the lines around the flagged range, marked', () => {
    const out = codeContext({ root, path: 'pkg/mod.py', startLine: 10, endLine: 11, snippet: 'line_10 = 10\nline_11 = 11' });
    expect(out.note).toBeNull();
    expect(out.context).toEqual({ startLine: 4, lines: lines.slice(3, 17), flagged: { start: 10, end: 11 } });
  });

  it('clips at the file edges', () => {
    expect(codeContext({ root, path: 'pkg/mod.py', startLine: 1, endLine: 1, snippet: 'line_1 = 1' }).context?.startLine).toBe(1);
    expect(codeContext({ root, path: 'pkg/mod.py', startLine: 30, endLine: 30, snippet: 'line_30 = 30' }).context?.lines.at(-1)).toBe('line_30 = 30');
  });

  it('falls back to the snippet when the file changed or is gone', () => {
    expect(codeContext({ root, path: 'pkg/mod.py', startLine: 10, endLine: 10, snippet: 'something else' })).toEqual({ context: null, note: expect.stringMatching(/changed since the scan/) });
    expect(codeContext({ root, path: 'pkg/mod.py', startLine: 99, endLine: 99, snippet: 'x' }).context).toBeNull();
    expect(codeContext({ root, path: 'pkg/gone.py', startLine: 1, endLine: 1, snippet: 'x' }).note).toMatch(/no longer in the repository/);
  });

  it('never reads outside the repository: .., absolute paths, links out, FIFOs', () => {
    for (const path of ['../secret.txt', '/etc/passwd', 'pkg/../../secret.txt', 'up/secret.txt', 'C:\\Windows\\win.ini', 'a\0b']) {
      const out = codeContext({ root, path, startLine: 1, endLine: 1, snippet: 'outside = 1' });
      expect(out.context, path).toBeNull();
    }
    expect(codeContext({ root, path: 'escape.py', startLine: 1, endLine: 1, snippet: 'outside = 1' }).note).toMatch(/outside the repository/);
    execFileSync('mkfifo', [join(root, 'pipe.py')]);
    expect(codeContext({ root, path: 'pipe.py', startLine: 1, endLine: 1, snippet: 'x' }).note).toMatch(/not a regular file/);
  });
});
