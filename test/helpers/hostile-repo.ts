// Builds a hostile repository in a temp folder: everything a scanned project could throw at the
// analyzer (symlink loops and escapes, huge and binary files, broken encodings, deep nesting,
// file names made to break terminals, HTML and URIs, a FIFO that would block a read forever).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileRepo {
  root: string;
  outside: string;
  /** Names (relative paths) of the tricky files that must still be analysed. */
  scannable: string[];
}

export const NESTING = 10_000;

export function buildHostileRepo(): HostileRepo {
  const root = mkdtempSync(join(tmpdir(), 'assay-hostile-'));
  const outside = mkdtempSync(join(tmpdir(), 'assay-hostile-outside-'));
  const w = (rel: string, data: string | Uint8Array) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), data);
  };

  w('app/ok.py', 'import yaml\n\ndef view(request):\n    return yaml.load(request.body)\n');

  // Symlinks: a loop back to the root, a two-link cycle, an escape (folder and file), a dangling link.
  symlinkSync(root, join(root, 'app/loop'));
  symlinkSync(join(root, 'cycle-b.py'), join(root, 'cycle-a.py'));
  symlinkSync(join(root, 'cycle-a.py'), join(root, 'cycle-b.py'));
  writeFileSync(join(outside, 'stolen.py'), 'SECRET_KEY = "outside the root"\n');
  symlinkSync(outside, join(root, 'escape'));
  symlinkSync(join(outside, 'stolen.py'), join(root, 'app/stolen.py'));
  symlinkSync('/dev/zero', join(root, 'zero.py'));

  // A 50 MB file (sparse: instant to create) and a binary file named .py.
  w('big.py', '');
  truncateSync(join(root, 'big.py'), 50 * 1024 * 1024);
  w('binary.py', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

  // Encodings: invalid UTF-8; Latin-1 declared (must be analysed); an unknown codec.
  w('enc/invalid_utf8.py', Buffer.concat([Buffer.from('x = "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"\n')]));
  w('enc/latin1.py', Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\nimport yaml\nname = "Jos'), Buffer.from([0xe9]), Buffer.from('"\nyaml.load(name)\n')]));
  w('enc/unknown.py', '# coding: no-such-codec\nx = 1\n');

  // Deep nesting: parentheses, a left-deep operator chain, nested calls and lists.
  w('deep/parens.py', `x = ${'('.repeat(NESTING)}1${')'.repeat(NESTING)}\n`);
  w('deep/chain.py', `x = 1${' + 1'.repeat(NESTING)}\n`);
  w('deep/calls.py', `import yaml\nx = ${'f('.repeat(NESTING)}yaml.load(s)${')'.repeat(NESTING)}\n`);
  w('deep/lists.py', `x = ${'['.repeat(NESTING)}${']'.repeat(NESTING)}\n`);
  let dir = 'deep/dirs';
  for (let i = 0; i < 100; i++) dir += `/d${i}`;
  w(`${dir}/leaf.py`, 'x = 1\n');

  // File names with quotes, newlines, HTML and terminal escapes.
  const names = [`it's "quoted".py`, 'new\nline.py', '<script>alert(1)<\\script>.py', '\u001b[31mred\u001b[0m.py', 'space and %20.py', '<b>page</b>.html'.replace('/', '_')];
  for (const name of names) w(`names/${name}`, name.endsWith('.html') ? '<p>{{ x|safe }}</p>\n' : 'import yaml\nyaml.load(data)\n');

  // A syntax error (still analysed, partially), one very long line, and a FIFO that must not be read.
  w('broken.py', 'def f(:\n  return yaml.load(x)\nclass\n');
  w('long_line.py', `x = "${'a'.repeat(1_500_000)}"\n`);
  try {
    execFileSync('mkfifo', [join(root, 'pipe.py')]);
  } catch {
    // mkfifo missing: the FIFO case is simply not built (asserted as optional in the test).
  }
  // A .gitignore that is a symlink to an endless device must not be read.
  symlinkSync('/dev/zero', join(root, 'deep/.gitignore'));

  return {
    root,
    outside,
    scannable: ['app/ok.py', 'enc/latin1.py', 'broken.py', 'long_line.py', ...names.map((n) => `names/${n}`)],
  };
}
