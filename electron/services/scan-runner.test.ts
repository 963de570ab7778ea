// The desktop's Cancel reaches a scan busy in the project-wide dataflow pass: the worker hears the
// message (the pass yields to its event loop) and posts a cancelled result without dataflow findings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from './scan-runner.js';
import { callChain } from '../../analyzer/taint/shapes/hostile-shapes.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-app-cancel-'));
  writeFileSync(join(dir, 'chain.py'), callChain(900));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan runner cancel', () => {
  it('Cancel during the dataflow pass ends the scan as cancelled', async () => {
    let cancelled = false;
    const running = runScan({ root: dir, disabledRules: [] }, (p) => {
      if (p.phase === 'taint' && !cancelled) {
        cancelled = true;
        setTimeout(() => running.cancel(), 100);
      }
    });
    const result = await running.result;
    expect(cancelled).toBe(true);
    expect(result.cancelled).toBe(true);
    expect(result.findings.filter((f) => f.trace.length > 0)).toEqual([]);
  }, 180_000);
});
