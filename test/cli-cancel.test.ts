// Ctrl-C on `assay scan`, while the analysis workers are busy and while the project-wide dataflow
// pass runs: the scan stops within 2 s of the signal, exits 130, says it was cancelled, and its
// report carries no dataflow findings. Both projects keep the phase busy for far longer than 2 s, so
// the bound measures cancellation, not a scan that happened to finish; the process start is outside it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callChain } from '../analyzer/taint/shapes/hostile-shapes.js';
import { writeFindingsProject } from './bench/findings-project.js';

const ENTRY = fileURLToPath(new URL('./helpers/cli-entry.ts', import.meta.url));
const CANCEL_BOUND_MS = 2_000;
let chainDir: string;
let busyDir: string;
beforeAll(() => {
  chainDir = mkdtempSync(join(tmpdir(), 'assay-cli-cancel-'));
  writeFileSync(join(chainDir, 'chain.py'), callChain(900));
  // 40 modules of findings-heavy handlers: each file keeps a worker busy for a while.
  busyDir = mkdtempSync(join(tmpdir(), 'assay-cli-cancel-busy-'));
  writeFindingsProject(busyDir, 24_000, 40);
});
afterAll(() => {
  rmSync(chainDir, { recursive: true, force: true });
  rmSync(busyDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  signalled: boolean;
  /** From SIGINT to the process's exit. */
  cancelMs: number;
}

/** Runs `assay scan dir` and sends SIGINT once stderr shows `cue`. */
async function scanAndInterrupt(dir: string, cue: string | RegExp): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'scan', dir, '--no-db', '--no-cache', '-f', 'json', '-j', '0'], {
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | null = null;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (signalledAt === null && (typeof cue === 'string' ? stderr.includes(cue) : cue.test(stderr))) {
      signalledAt = performance.now();
      child.kill('SIGINT');
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const end = performance.now();
  return { code, stdout, stderr, signalled: signalledAt !== null, cancelMs: signalledAt === null ? Infinity : end - signalledAt };
}

function expectCancelled(run: Run): void {
  expect(run.signalled).toBe(true);
  expect(run.code).toBe(130);
  expect(run.stderr).toMatch(/CANCELLED/);
  const report = JSON.parse(run.stdout) as { scan: { cancelled: boolean }; findings: Array<{ trace: unknown[] }> };
  expect(report.scan.cancelled).toBe(true);
  expect(report.findings.filter((f) => f.trace.length > 0)).toEqual([]);
  expect(run.cancelMs).toBeLessThan(CANCEL_BOUND_MS);
}

describe('assay scan and Ctrl-C', () => {
  it('SIGINT during the dataflow pass ends the scan as cancelled (exit 130) within 2 s', async () => {
    expectCancelled(await scanAndInterrupt(chainDir, 'following dataflow across files'));
  }, 180_000);

  it('SIGINT while the workers analyse files ends the scan as cancelled within 2 s', async () => {
    // A quarter of the files are done: both workers are mid-batch, the rest of the queue is waiting.
    const run = await scanAndInterrupt(busyDir, /analysed \d+\/\d+ files/);
    expectCancelled(run);
    expect(run.stderr).not.toContain('following dataflow across files');
  }, 180_000);
});
