// `assay scan` streams its JSON and SARIF into the output file: the bytes must be exactly what the
// one-string writer (JSON.stringify of the whole document) produced, on the demo project, written
// through the same atomic temporary file the command uses.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { allRules } from '../analyzer/rules/index.js';
import type { ScanResult } from '../analyzer/types.js';
import { streamReport } from '../cli/commands/scan.js';
import { scanCoverageSummary } from '../cli/commands/asvs.js';
import { toSarif } from '../report/sarif.js';
import { toScanJson } from '../report/scan-json.js';
import { writeOutputWith } from '../report/write-output.js';

const DEMO = fileURLToPath(new URL('./fixtures/demo-shop', import.meta.url));

describe('streamed scan report', () => {
  let result: ScanResult;
  let dir: string;
  beforeAll(async () => {
    result = await scanProject(DEMO, { workers: 0 });
    dir = mkdtempSync(join(tmpdir(), 'assay-stream-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'sarif'] as const) {
    it(`writes ${format} byte for byte as JSON.stringify of the whole document did`, () => {
      expect(result.findings.length).toBeGreaterThan(50);
      const coverage = scanCoverageSummary(result, '5.0.0', 2, undefined, null);
      const doc = format === 'sarif' ? toSarif(result, allRules, { runProperties: { asvsCoverage: coverage } }) : toScanJson(result, coverage);
      const before = JSON.stringify(doc, null, 2) + '\n';
      const target = join(dir, `report.${format}`);
      writeOutputWith(target, (write) => streamReport(result, format, write, { version: '5.0.0', level: 2 }));
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('leaves nothing at the target when writing fails part-way', () => {
    const target = join(dir, 'broken.json');
    let pieces = 0; // the demo's report is one chunk: fail on it, after the temporary file exists
    expect(() =>
      writeOutputWith(target, (write) =>
        streamReport(result, 'json', (text) => {
          if (++pieces === 1) throw new Error('disk gone');
          write(text);
        }, {}, null),
      ),
    ).toThrow('disk gone');
    expect(readdirSync(dir).filter((f) => f.startsWith('broken') || f.includes('broken.json'))).toEqual([]);
  });
});
