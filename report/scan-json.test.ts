import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { DEFAULT_CONFIG } from '../analyzer/config.js';
import { SCAN_JSON_SCHEMA_VERSION, scanResultFromJson, toScanJson } from './scan-json.js';

describe('scan JSON', () => {
  it('carries a real scan and reads back to the same ScanResult', async () => {
    const root = mkdtempSync(join(tmpdir(), 'assay-json-'));
    try {
      mkdirSync(join(root, 'app'));
      writeFileSync(join(root, 'app/views.py'), 'import yaml\nyaml.load(x)\nyaml.load(y)  # nosec\n');
      const config = { ...DEFAULT_CONFIG, rules: { enable: ['PY-DESER-YAML'], disable: [] } };
      const result = await scanProject(root, { config, workers: 0 });
      const doc = JSON.parse(JSON.stringify(toScanJson(result))) as ReturnType<typeof toScanJson>;
      expect(doc.schemaVersion).toBe(SCAN_JSON_SCHEMA_VERSION);
      expect(doc.tool).toEqual({ name: 'assay', version: result.analyzerVersion, rulesetVersion: result.rulesetVersion });
      expect(doc.stats).toMatchObject({ filesScanned: 1, findingsOpen: 1, findingsSuppressed: 1 });
      expect(doc.findings.map((f) => [f.range.start.line, f.suppression?.kind ?? null])).toEqual([
        [2, null],
        [3, 'nosec'],
      ]);
      expect(scanResultFromJson(doc)).toEqual(JSON.parse(JSON.stringify(result)));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
