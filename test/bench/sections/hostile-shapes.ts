// Issue 13's bounded analysis, timed: each shape that once made the interpreter's work explode is
// scanned as a one-file project in a process of its own, as a user would meet it. The step bounds
// themselves are tests (analyzer/taint/bounded.test.ts); the time target lives here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow, BenchSection } from '../section.js';
import { runChild } from '../scan/run-child.js';
import { backwardChainLoops, callChain, hugeLiteralTable, longElifChain, loopGrid, nestedComprehensions, nestedLoops } from '../../../analyzer/taint/shapes/hostile-shapes.js';

/** Shape, source, and the wall-time bound the issue sets for it (only the 24-nested-loop file has one: < 2 s). */
const SHAPES: Array<[string, () => string, number | null]> = [
  ['24 nested for-loops', () => nestedLoops(24), 2000],
  ['loop grid 8 deep × 6 wide', () => loopGrid(8, 6), null],
  ['backward chain in 6 loops', () => backwardChainLoops(6, 30), null],
  ['60 nested comprehensions', () => nestedComprehensions(60), null],
  ['3,000-arm elif chain', () => longElifChain(3000), null],
  ['40,000-entry literal table', () => hugeLiteralTable(40000), null],
  ['call chain of 600 helpers', () => callChain(600), null],
];

export const hostileShapesSection: BenchSection = {
  name: 'shapes (issue 13): one-file scans of the fuzz-found inputs of bounded analysis',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const [label, make, targetMs] of SHAPES) {
      const dir = mkdtempSync(join(tmpdir(), 'assay-bench-shape-'));
      try {
        const source = make();
        writeFileSync(join(dir, 'app.py'), source);
        ctx.log(`shapes: ${label} …`);
        const r = runChild(['scan', dir, JSON.stringify({ workers: 0 })]);
        rows.push({
          label,
          values: {
            'KB': Math.round(source.length / 1024),
            'wall ms': Math.round(r.wallMs),
            'cpu ms': Math.round(r.cpuMs),
            analysed: (r.partialFiles ?? 0) > 0 ? 'partially' : 'fully',
            findings: r.findings ?? 0,
            target: targetMs === null ? '' : `< ${targetMs}`,
            verdict: targetMs === null ? '' : r.wallMs < targetMs ? 'ok' : 'SLOW',
          },
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};
