// Cancelling a scan busy in the project-wide taint pass: the pass yields to the event loop, so the
// abort is heard mid-pass; the result says cancelled and carries no taint findings, so it can
// mark nothing fixed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from './scan.js';
import { analyzeSources } from './analyze-source.js';
import { callChain } from './taint/shapes/hostile-shapes.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-cancel-'));
  writeFileSync(join(dir, 'chain.py'), callChain(600));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cancelling during the taint pass', () => {
  it('the uncancelled scan finds the flow at the end of the chain', () => {
    const r = analyzeSources([{ path: 'chain.py', source: callChain(600) }]);
    expect(r.findings.map((f) => f.ruleId)).toContain('PY-INJ-CMD');
  }, 120_000);

  it('an abort while the pass runs stops it: cancelled, no taint findings', async () => {
    const controller = new AbortController();
    let taintSeen = false;
    const result = await scanProject(dir, {
      workers: 0,
      signal: controller.signal,
      onProgress: (p) => {
        // Aborted from a timer, not from inside the callback: only a pass that yields hears it.
        if (p.phase === 'taint' && !taintSeen) {
          taintSeen = true;
          setTimeout(() => controller.abort(), 50);
        }
      },
    });
    expect(taintSeen).toBe(true);
    expect(result.cancelled).toBe(true);
    expect(result.findings.filter((f) => f.trace.length > 0)).toEqual([]);
  }, 120_000);
});
