import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOfficial, readOfficialText, OFFICIAL_DIR, OFFICIAL_JSON } from '../test/helpers/asvs-official.js';
import { AsvsImportError, importedVersions, importOfficialExport, importOfficialExportFile, loadOfficialText, OfficialExportError } from './asvs-import.js';

describe('official ASVS import into the data directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assay-asvs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves both official exports and loads their text back', () => {
    expect(importedVersions(dir)).toEqual([]);
    expect(loadOfficialText('5.0.0', dir)).toBeNull();
    const r5 = importOfficialExportFile(OFFICIAL_DIR + OFFICIAL_JSON['5.0.0'], dir, new Date('2026-01-02T03:04:05Z'));
    expect(r5).toMatchObject({ version: '5.0.0', requirementCount: 345, importedAt: '2026-01-02T03:04:05.000Z' });
    const r4 = importOfficialExport(readOfficialText(OFFICIAL_JSON['4.0.3']), dir);
    expect(r4.requirementCount).toBe(278);
    expect(importedVersions(dir)).toEqual(['4.0.3', '5.0.0']);
    const text = loadOfficialText('5.0.0', dir)!;
    expect(text.size).toBe(345);
    expect(text.get('V1.2.4')).toMatch(/parameterized queries/);
    expect(loadOfficialText('4.0.3', dir)!.get('V5.3.8')).toMatch(/OS command injection/);
  });

  it('refuses a broken or tampered file with a clear message and keeps the earlier import', () => {
    importOfficialExport(readOfficial('5.0.0'), dir);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"Version": "5.0.0", ');
    expect(() => importOfficialExportFile(bad, dir)).toThrow(AsvsImportError);
    expect(() => importOfficialExportFile(bad, dir)).toThrow(/^not JSON/);
    expect(() => importOfficialExportFile(join(dir, 'absent.json'), dir)).toThrow(/cannot read/);
    expect(() => importOfficialExport({ Version: '5.0.0', Requirements: 'x' }, dir)).toThrow(OfficialExportError);
    const tampered = readOfficial('5.0.0');
    tampered.Requirements[0]!.Items[0]!.Items.pop();
    expect(() => importOfficialExport(tampered, dir)).toThrow('this 5.0.0 file does not match the official ASVS 5.0.0: missing V1.1.2');
    expect(loadOfficialText('5.0.0', dir)!.size).toBe(345);
  });

  it('says so when the saved text was damaged, instead of showing nothing', () => {
    const saved = importOfficialExport(readOfficial('4.0.3'), dir).path;
    writeFileSync(saved, '{"format": "assay-asvs-official/1", "vers');
    expect(() => loadOfficialText('4.0.3', dir)).toThrow(/cannot be read .*import the official file again/);
    writeFileSync(saved, JSON.stringify({ format: 'something-else', version: '4.0.3', requirements: {} }));
    expect(() => loadOfficialText('4.0.3', dir)).toThrow(/not in Assay's format/);
  });
});
