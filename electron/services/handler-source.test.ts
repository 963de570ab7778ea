// endpoints:source on a real database and a real repository: the handler's lines from its def to
// its last line; a stored path that leaves the repository (.., absolute, a link out, a FIFO) is
// never read; a file that moved on since the scan is said to have changed, not shown as the handler.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '../../domain/index.js';
import { ensureProject, recordScan, type StoreDb } from '../../store/index.js';
import { scan } from '../../store/testing/synthetic.js';
import { removeTempDirs, tempStore } from '../../store/testing/temp-db.js';
import { handlerSource, MAX_HANDLER_LINES } from './handler-source.js';

const parent = mkdtempSync(join(tmpdir(), 'assay-handler-'));
const root = join(parent, 'repo');
mkdirSync(join(root, 'shop'), { recursive: true });
const views = ['from flask import Flask', 'app = Flask(__name__)', '', '@app.post("/orders/<int:pk>/cancel")', 'def cancel(pk):', '    order = load(pk)', '    order.cancel()', '    return "ok"', '', 'def other():', '    pass'];
writeFileSync(join(root, 'shop', 'views.py'), views.join('\n'));
writeFileSync(join(root, 'shop', 'long.py'), ['class Big:', ...Array.from({ length: 500 }, (_, i) => `    x${i} = ${i}`)].join('\n'));
writeFileSync(join(parent, 'secret.py'), 'def cancel(pk):\n    return "secret"\n');
symlinkSync(join(parent, 'secret.py'), join(root, 'shop', 'escape.py'));
symlinkSync(parent, join(root, 'up'));
execFileSync('mkfifo', [join(root, 'shop', 'pipe.py')]);

afterAll(() => {
  rmSync(parent, { recursive: true, force: true });
  removeTempDirs();
});

const ep = (file: string, line: number, endLine: number | undefined, name = 'shop.views.cancel', path = `/${file}:${line}`): Endpoint => ({
  framework: 'flask', methods: ['POST'], path, params: [], handler: endLine === undefined ? { file, line, name } : { file, line, endLine, name },
  authentication: 'none', guards: [], authorization: [], csrf: 'unknown', throttled: false, input: null, response: null,
});

/** Records the endpoints in one scan and returns a reader by the endpoint's path. */
function stored(endpoints: Endpoint[]): { db: StoreDb; projectId: number; scanId: number; open: (path: string) => ReturnType<typeof handlerSource> } {
  const { db } = tempStore();
  const projectId = ensureProject(db, { rootPath: root }).id;
  const { scanId } = recordScan(db, projectId, { ...scan([]), endpoints });
  const order = db.prepare('SELECT path, ordinal FROM scan_endpoints WHERE scan_id = ?').all(scanId) as Array<{ path: string; ordinal: number }>;
  return { db, projectId, scanId, open: (path) => handlerSource(db, projectId, scanId, order.find((o) => o.path === path)!.ordinal) };
}

describe('endpoints:source', () => {
  it("shows the handler's lines from its def to its last line", () => {
    const { open } = stored([ep('shop/views.py', 5, 8)]);
    expect(open('/shop/views.py:5')).toEqual({ file: 'shop/views.py', name: 'shop.views.cancel', line: 5, endLine: 8, startLine: 5, lines: views.slice(4, 8), note: null });
  });

  it('caps a long handler and says so; a handler with no known end shows the lines after its start, saying why', () => {
    const { open } = stored([ep('shop/long.py', 1, 501, 'shop.long.Big'), ep('shop/views.py', 4, undefined, 'app.admin')]);
    const big = open('/shop/long.py:1');
    expect(big.lines).toHaveLength(MAX_HANDLER_LINES);
    expect(big.note).toBe(`Showing the first ${MAX_HANDLER_LINES} of the handler's 501 lines.`);
    const loose = open('/shop/views.py:4');
    expect(loose.lines).toEqual(views.slice(3));
    expect(loose.note).toMatch(/not a definition the scan read/);
  });

  it('says the file changed when the line no longer starts the handler', () => {
    const { open } = stored([ep('shop/views.py', 6, 8), ep('shop/views.py', 40, 44, 'shop.views.cancel', '/gone')]);
    expect(open('/shop/views.py:6')).toMatchObject({ lines: null, note: 'The file changed since the scan: line 6 no longer starts shop.views.cancel.' });
    expect(open('/gone')).toMatchObject({ lines: null, note: expect.stringMatching(/no longer has that line/) });
  });

  it('never reads outside the repository: .., absolute paths, links out, FIFOs, NULs', () => {
    const hostile = ['../secret.py', 'shop/../../secret.py', join(parent, 'secret.py'), '/etc/passwd', 'shop/escape.py', 'up/secret.py', 'C:\\secret.py', 'shop/pipe.py', 'shop\0/views.py'];
    const { open } = stored(hostile.map((file, i) => ep(file, 1, 2, 'shop.views.cancel', `/h${i}`)));
    hostile.forEach((file, i) => {
      const out = open(`/h${i}`);
      expect(out.lines, file).toBeNull();
      expect(out.note, file).toMatch(/outside the repository|not a regular file|could not be opened/);
      expect(JSON.stringify(out), file).not.toContain('secret"');
    });
  });

  it('refuses a scan of another project and a place the inventory does not have', () => {
    const { db, projectId, scanId } = stored([ep('shop/views.py', 5, 8)]);
    const other = ensureProject(db, { rootPath: parent }).id;
    expect(() => handlerSource(db, other, scanId, 0)).toThrow(/No scan/);
    expect(() => handlerSource(db, projectId, scanId, 7)).toThrow(/no endpoint 7/);
    expect(() => handlerSource(db, projectId, scanId + 1, 0)).toThrow(/No scan/);
  });
});
