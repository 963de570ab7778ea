// `assay endpoints --changes`: between two recorded scans, a new unauthenticated route is listed
// first, a route whose guard was removed is listed as changed, and with one scan it exits 2 saying what to do.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const FLASK = fileURLToPath(new URL('./fixtures/endpoints/flask-app/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'assay-endpoint-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('assay endpoints --changes', () => {
  it('lists new endpoints unauthenticated first, between the last two recorded scans', async () => {
    const project = join(work, 'flask-app');
    cpSync(FLASK, project, { recursive: true });
    const db = join(work, 'history.db');
    expect((await runCli(['scan', project, '--db', db, '-q'])).code).toBe(0);
    const early = await runCli(['endpoints', project, '--db', db, '--changes']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('run `assay scan');
    appendFileSync(join(project, 'app', 'admin.py'), '\n\n@admin_bp.post("/purge-everything")\ndef purge_everything():\n    return "", 204\n');
    expect((await runCli(['scan', project, '--db', db, '-q'])).code).toBe(0);
    const json = await runCli(['endpoints', project, '--db', db, '--changes', '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as { fromScan: number; toScan: number; added: Array<{ path: string; authentication: string }>; changed: unknown[]; removed: unknown[] };
    expect([doc.fromScan, doc.toScan]).toEqual([1, 2]);
    expect(doc.added.map((e) => e.path.endsWith('/purge-everything'))).toEqual([true]);
    expect(doc.removed).toEqual([]);
    const text = await runCli(['endpoints', project, '--db', db, '--changes']);
    expect(text.stdout).toContain('Endpoint changes from scan #1 to scan #2: 1 new');
    expect(text.stdout).toContain('purge-everything');
  }, 240_000);
});
