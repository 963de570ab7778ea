// A scan with a file past its dataflow budget goes on, and every output says which file was only
// partially analysed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { allRules } from '../analyzer/rules/index.js';
import { backwardChainLoops, nestedLoops } from '../analyzer/taint/shapes/hostile-shapes.js';
import { toScanJson } from '../report/scan-json.js';
import { toSarif } from '../report/sarif.js';
import { scanSummary } from '../cli/summary.js';

describe('a scan with a file past its budget', () => {
  it('goes on, and says "partially analysed: budget exceeded" in JSON, SARIF and the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-budget-'));
    try {
      writeFileSync(join(dir, 'deep.py'), backwardChainLoops(3, 30));
      writeFileSync(join(dir, 'grid.py'), nestedLoops(24));
      writeFileSync(join(dir, 'other.py'), 'import yaml\nyaml.load(open("x"))\n');
      const result = await scanProject(dir, { workers: 0 });
      expect(result.cancelled).toBe(false);
      expect(result.files.map((f) => [f.path, f.budgetExceeded ?? false])).toEqual([
        ['deep.py', true],
        ['grid.py', false],
        ['other.py', false],
      ]);
      expect(result.stats.budgetExceededFiles).toBe(1);
      expect(result.findings.map((f) => `${f.path}:${f.ruleId}`)).toEqual(expect.arrayContaining(['grid.py:PY-INJ-SQL', 'other.py:PY-DESER-YAML']));
      expect(toScanJson(result).files.find((f) => f.path === 'deep.py')?.budgetExceeded).toBe(true);
      const notes = toSarif(result, allRules).runs[0]!.invocations![0]!.toolExecutionNotifications ?? [];
      const note = notes.find((n) => n.message.text.startsWith('Partially analysed: budget exceeded'));
      expect(note?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('deep.py');
      expect(scanSummary(result)).toMatch(/1 file partially analysed: budget exceeded .*deep\.py/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
