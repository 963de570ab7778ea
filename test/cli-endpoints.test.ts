// `assay endpoints` as a user runs it: from the recorded scan, from a scan made now, as JSON in the
// documented shape, as CSV with formula-like cells neutralised, and exit 2 for bad input.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const FLASK = fileURLToPath(new URL('./fixtures/endpoints/flask-app/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'assay-endpoints-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('assay endpoints', () => {
  it('reads the recorded scan, prints JSON in the documented shape, and a table with a summary', async () => {
    const project = join(work, 'flask-app');
    cpSync(FLASK, project, { recursive: true });
    const db = join(work, 'history.db');
    expect((await runCli(['scan', project, '--db', db, '-q'])).code).toBe(0);
    const json = await runCli(['endpoints', project, '--db', db, '--json']);
    expect(json.code).toBe(0);
    expect(json.stderr).toContain('12 endpoints: 6 unauthenticated (2 state-changing), 0 unknown. (from recorded scan #1)');
    const doc = JSON.parse(json.stdout) as { endpoints: Array<Record<string, unknown>> };
    expect(doc.endpoints).toHaveLength(12);
    expect(doc.endpoints[1]).toEqual({
      framework: 'flask',
      methods: ['DELETE'],
      path: '/admin/users/{uid}',
      params: [{ name: 'uid', type: 'int' }],
      handler: { file: 'app/admin.py', line: 14, endLine: 15, name: 'app.admin.delete_user' },
      authentication: 'required',
      guards: [{ kind: 'before_request', name: 'app.admin.require_login', authentication: 'required', source: 'app/admin.py' }],
      authorization: [],
      csrf: 'protected',
      throttled: false,
      input: null,
      response: null,
    });
    const text = await runCli(['endpoints', project, '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/DELETE\s+\/admin\/users\/\{uid\}\s+required\s+require_login/);
    expect(text.stdout).toContain('(from recorded scan #1)');
  });

  it('scans now when nothing is recorded, and neutralises formula-like CSV cells from the repository', async () => {
    const project = join(work, 'hostile');
    cpSync(FLASK, project, { recursive: true });
    writeFileSync(join(project, '=HYPERLINK(1).py'), 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/x")\ndef x():\n    return "x"\n');
    const csv = await runCli(['endpoints', project, '--db', join(work, 'none.db'), '--csv']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('from a scan made now (not recorded)');
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('framework,methods,path,authentication,guards,authorization,csrf,throttled,input,response,handler_file,handler_line,handler_name,handler_end_line');
    const row = lines.find((l) => l.includes('/x,'))!;
    expect(row).toContain(`,"'=HYPERLINK(1).py",`);
    expect(lines).toHaveLength(15); // header, 13 endpoints, and the empty string after the last CRLF
  });

  it('exits 2 with a message for a missing folder, a file, or two formats', async () => {
    const missing = await runCli(['endpoints', join(work, 'nope')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('does not exist')]);
    const file = join(work, 'file.py');
    writeFileSync(file, 'x = 1\n');
    const notDir = await runCli(['endpoints', file]);
    expect([notDir.code, notDir.stderr]).toEqual([2, expect.stringContaining('is a file, not a folder')]);
    const both = await runCli(['endpoints', work, '--json', '--csv']);
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('cannot be combined')]);
    expect(notDir.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
