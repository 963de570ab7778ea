// Ctrl-C on `assay scan` while the project-wide dataflow pass runs: the scan stops, exits 130,
// says it was cancelled, and its report carries no dataflow findings.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callChain } from '../analyzer/taint/shapes/hostile-shapes.js';

const ENTRY = fileURLToPath(new URL('./helpers/cli-entry.ts', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-cli-cancel-'));
  writeFileSync(join(dir, 'chain.py'), callChain(900));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assay scan and Ctrl-C', () => {
  it('SIGINT during the dataflow pass ends the scan as cancelled (exit 130)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'scan', dir, '--no-db', '--no-cache', '-f', 'json', '-j', '0'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!signalled && stderr.includes('following dataflow across files')) {
        signalled = true;
        setTimeout(() => child.kill('SIGINT'), 100);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(signalled).toBe(true);
    expect(code).toBe(130);
    expect(stderr).toMatch(/CANCELLED/);
    const report = JSON.parse(stdout) as { scan: { cancelled: boolean }; findings: Array<{ trace: unknown[] }> };
    expect(report.scan.cancelled).toBe(true);
    expect(report.findings.filter((f) => f.trace.length > 0)).toEqual([]);
  }, 180_000);
});
