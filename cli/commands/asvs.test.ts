import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isActive, OFFICIAL_DIR, OFFICIAL_JSON, readOfficial } from '../../test/helpers/asvs-official.js';
import type { CliIo } from '../command.js';
import { run } from '../main.js';
import { asvsListRows } from './asvs.js';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  return {
    io: { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: process.cwd(), env: { ...process.env, ASSAY_DATA_DIR: dataDir } },
    out: () => out,
    err: () => err,
  };
}

let dataDir = '';
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'assay-cli-asvs-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function officialLevels(version: '5.0.0' | '4.0.3'): [string, number][] {
  return readOfficial(version).Requirements.flatMap((c) => c.Items.flatMap((s) => s.Items))
    .filter(isActive)
    .map((r) => [r.Shortcode, r.L !== undefined ? Number(r.L) : [r.L1!.Required, r.L2!.Required, r.L3!.Required].indexOf(true) + 1]);
}

describe('assay asvs list', () => {
  it('--version 5.0.0 --json gives exactly the 345 official ids with official levels', async () => {
    const c = capture();
    expect(await run(['asvs', 'list', '--version', '5.0.0', '--json'], c.io)).toBe(0);
    const doc = JSON.parse(c.out()) as { version: string; count: number; requirements: { id: string; level: number; summary: string; automatable: string; mappedRules: string[] }[] };
    expect([doc.version, doc.count]).toEqual(['5.0.0', 345]);
    expect(doc.requirements.map((r) => [r.id, r.level])).toEqual(officialLevels('5.0.0'));
    expect(doc.requirements.every((r) => r.summary.length > 0 && ['automatable', 'partial', 'manual'].includes(r.automatable))).toBe(true);
    expect(doc.requirements.find((r) => r.id === 'V1.5.2')!.mappedRules).toContain('PY-DESER-YAML');
  });

  it('--version 4.0.3 --json gives the 278 active ids; --level filters cumulatively', async () => {
    const c = capture();
    expect(await run(['asvs', 'list', '--version', '4.0.3', '--json'], c.io)).toBe(0);
    const doc = JSON.parse(c.out()) as { requirements: { id: string; level: number }[] };
    expect(doc.requirements.map((r) => [r.id, r.level])).toEqual(officialLevels('4.0.3'));
    const l1 = capture();
    await run(['asvs', 'list', '--version', '4.0.3', '--level', '1', '--json'], l1.io);
    expect((JSON.parse(l1.out()) as { count: number }).count).toBe(128);
  });

  it('prints a readable table by default and refuses bad options', async () => {
    const c = capture();
    expect(await run(['asvs', 'list', '--level', '1'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^V1 Encoding and Sanitization$/m);
    expect(c.out()).toMatch(/ASVS 5\.0\.0, level 1: 70 requirements/);
    const bad = capture();
    expect(await run(['asvs', 'list', '--version', '6'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--version must be 5\.0\.0 or 4\.0\.3/);
    expect(await run(['asvs', 'list', '--level', '4'], capture().io)).toBe(2);
    expect(await run(['asvs', 'frobnicate'], capture().io)).toBe(2);
  });

  it('maps rules declared only for one version into the other through the crosswalk', () => {
    const rows = asvsListRows('4.0.3', 3, [{ id: 'PY-ONLY-V5', asvs: { '5.0.0': ['V1.2.5'] } }]);
    expect(rows.find((r) => r.id === 'V5.3.8')!.mappedRules).toEqual(['PY-ONLY-V5']);
  });
});

describe('assay asvs import and show', () => {
  it('imports the official export and then shows its text beside the summary', async () => {
    const before = capture();
    await run(['asvs', 'show', 'V1.2.5'], before.io);
    expect(before.out()).toMatch(/Official: +\(not imported/);
    const imp = capture();
    expect(await run(['asvs', 'import', OFFICIAL_DIR + OFFICIAL_JSON['5.0.0']], imp.io)).toBe(0);
    expect(imp.out()).toMatch(/Imported ASVS 5\.0\.0: 345 requirements \(matches the official catalogue\)/);
    const after = capture();
    await run(['asvs', 'show', 'v1.2.5'], after.io);
    expect(after.out()).toMatch(/Official: +Verify that the application protects against OS command injection/);
    expect(after.out()).toMatch(/In 4\.0\.3: +moved V5\.3\.8/);
    const list = capture();
    await run(['asvs', 'list', '--json', '--level', '1'], list.io);
    const doc = JSON.parse(list.out()) as { attribution: string; requirements: { officialText?: string }[] };
    expect(doc.attribution).toMatch(/CC BY-SA 4\.0/);
    expect(doc.requirements.every((r) => typeof r.officialText === 'string')).toBe(true);
  });

  it('reports a broken file as an input error naming the problem', async () => {
    const c = capture();
    expect(await run(['asvs', 'import', OFFICIAL_DIR + 'OWASP_Application_Security_Verification_Standard_5.0.0_en.flat.json'], c.io)).toBe(2);
    expect(c.err()).toMatch(/cannot import .*flat export/);
    expect(await run(['asvs', 'show', 'V99.1.1'], capture().io)).toBe(2);
  });
});

describe('coverage of a real scan (demo-shop)', () => {
  it('fails exactly the in-scope requirements that open findings point at, and nothing passes unearned', async () => {
    const { scanProject } = await import('../../analyzer/scan.js');
    const { allRules } = await import('../../analyzer/rules/index.js');
    const { getCatalogue } = await import('../../asvs/catalogue.js');
    const { scanCoverageSummary, formatCoverageSummary } = await import('./asvs.js');
    const result = await scanProject(join(process.cwd(), 'test/fixtures/demo-shop'), { workers: 0 });
    const summary = scanCoverageSummary(result, '5.0.0', 2);
    const inScope = new Set(getCatalogue('5.0.0').requirements.filter((r) => r.level <= 2).map((r) => r.id));
    // Hotspots are for review: they never fail a requirement.
    const pointedAt = new Set(result.findings.filter((f) => f.suppression === null && f.kind !== 'hotspot').flatMap((f) => f.asvs['5.0.0']).filter((id) => inScope.has(id)));
    expect(new Set(summary.failing)).toEqual(pointedAt);
    // The classic planted issues land where they belong.
    for (const id of ['V1.2.4', 'V1.2.5', 'V1.5.2', 'V13.4.2', 'V3.5.1']) expect(summary.failing).toContain(id);
    expect(summary.total.total).toBe(253);
    expect(summary.chapters.reduce((n, c) => n + c.counts.failing, 0)).toBe(summary.failing.length);
    // Passing-automated only where an automatable requirement's rule ran clean.
    const automatable = new Set(getCatalogue('5.0.0').requirements.filter((r) => r.automatable === 'automatable').map((r) => r.id));
    const ran = new Set(result.rulesRun);
    const rulesFor = (id: string) => allRules.filter((r) => r.asvs['5.0.0'].includes(id) && ran.has(r.id));
    const passedAuto = summary.total.counts['passing_automated'];
    const expectedAuto = [...inScope].filter((id) => automatable.has(id) && !pointedAt.has(id) && rulesFor(id).length > 0).length;
    expect(passedAuto).toBe(expectedAuto);
    const table = formatCoverageSummary(summary);
    expect(table).toMatch(/^V1 Encoding and Sanitization\s+27\s+\d+/m);
    expect(table.trim().split('\n')).toHaveLength(2 + 17 + 1);
  });
});
