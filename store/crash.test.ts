// Killing the process in the middle of recording a scan leaves the database consistent, with the
// earlier scans exactly as they were: a real child process, a real SIGKILL, a real file.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import { openStore } from './open-store.js';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { scanHistory } from './queries/history.js';
import { listFindings } from './queries/findings.js';
import { manyFindings, scan, day } from './testing/synthetic.js';
import { removeTempDirs, tempDbFile } from './testing/temp-db.js';

afterAll(removeTempDirs);

const CHILD = fileURLToPath(new URL('./testing/crash-child.ts', import.meta.url));

describe('crash safety', () => {
  // Writing 400,000 findings in the child takes ~40 s on a loaded 2-core machine: room beyond the 60 s default.
  it('SIGKILL mid-write: integrity_check ok, history unchanged', { timeout: 180_000 }, async () => {
    const file = tempDbFile();
    const db = openStore(file);
    const projectId = ensureProject(db, { rootPath: '/srv/crash' }).id;
    recordScan(db, projectId, scan(manyFindings(500), { startedAt: day(0) }));
    recordScan(db, projectId, scan(manyFindings(450, 100), { startedAt: day(1) }));
    const before = { history: scanHistory(db, projectId), findings: listFindings(db, projectId, { limit: 1000 }) };
    db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, '400000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let walAtKill = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('mid-write')) {
          child.kill('SIGKILL');
          walAtKill = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
          resolve();
        }
      });
      void exit.then(() => reject(new Error(`child exited before writing: ${out} ${err}`)));
    });
    expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(out).not.toContain('finished');
    // Uncommitted pages had reached the file: recovery, not luck, is what keeps the history intact.
    expect(walAtKill).toBeGreaterThan(4 * 1024 * 1024);

    const after = openStore(file);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.pragma('foreign_key_check')).toEqual([]);
    expect(scanHistory(after, projectId)).toEqual(before.history);
    expect(listFindings(after, projectId, { limit: 1000 })).toEqual(before.findings);
    expect(after.prepare('SELECT count(*) FROM scans').pluck().get()).toBe(2);
    // The database is still writable afterwards.
    recordScan(after, projectId, scan(manyFindings(10), { startedAt: day(2) }));
    expect(scanHistory(after, projectId)).toHaveLength(3);
    after.close();
  });
});
