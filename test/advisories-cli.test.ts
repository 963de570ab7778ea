// `assay advisories import|status` and a scan matching the imported data, through the real command
// line on real database files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { schemaErrors } from './helpers/cyclonedx-validator.js';

const work = mkdtempSync(join(tmpdir(), 'assay-advisories-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const OSV = fileURLToPath(new URL('./fixtures/osv/', import.meta.url));
const DEMO = fileURLToPath(new URL('./fixtures/demo-shop', import.meta.url));

describe('assay advisories', () => {
  const db = join(work, 'assay.db');

  it('status before any import says how to import', async () => {
    const r = await runCli(['advisories', 'status', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No advisories imported/);
  });

  it('imports a folder, naming the records it skipped, then reports status', async () => {
    const r = await runCli(['advisories', 'import', OSV, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Read 7 records from the folder: 5 added/);
    expect(r.stderr).toMatch(/skipped .*bad-range\.json: affected\[0\] has a range of type "CALVER"/);
    expect(r.stderr).toMatch(/skipped .*not-osv\.json: not an OSV record/);
    const s = await runCli(['advisories', 'status', '--db', db, '--json']);
    expect(JSON.parse(s.stdout)).toMatchObject({ count: 5, newestModified: '2026-11-25T00:00:00.000Z' });
  });

  it('a file that is not a zip is exit 2 naming the file, and nothing is stored', async () => {
    const fake = join(work, 'PyPI-all.zip');
    writeFileSync(fake, 'not a zip');
    const other = join(work, 'empty.db');
    const r = await runCli(['advisories', 'import', fake, '--db', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PyPI-all\.zip is not a zip archive/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(JSON.parse((await runCli(['advisories', 'status', '--db', other, '--json'])).stdout).count).toBe(0);
  });

  it('a scan with --db matches dependencies against the imported advisories', async () => {
    const demoDb = join(work, 'demo.db');
    expect((await runCli(['advisories', 'import', join(DEMO, 'advisories'), '--db', demoDb])).code).toBe(0);
    const r = await runCli(['scan', DEMO, '--db', demoDb, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; path: string; message: string }> };
    const vuln = doc.findings.find((f) => f.ruleId === 'PY-DEP-VULN');
    expect(vuln).toMatchObject({ path: 'requirements.txt' });
    expect(vuln!.message).toMatch(/Django 4\.2\.7 is affected by ASSAY-DEMO-2026-0001 \(CVE-2099-41234\).*Fixed in 4\.2\.8\./);
    // The SBOM of the same project carries the vulnerability, with the triage decision as its VEX state.
    const fp = (doc.findings.find((f) => f.ruleId === 'PY-DEP-VULN') as unknown as { fingerprint: string }).fingerprint;
    expect((await runCli(['triage', fp.slice(0, 12), '--status', 'false_positive', '--reason', 'the demo never calls extra()', '--db', demoDb])).code).toBe(0);
    const out = join(work, 'bom.json');
    const sbom = await runCli(['sbom', DEMO, '--db', demoDb, '--output', out]);
    expect(sbom.code).toBe(0);
    const bom = JSON.parse(readFileSync(out, 'utf8')) as { specVersion: string; components: unknown[]; vulnerabilities: Array<{ id: string; analysis: { state: string; detail?: string } }> };
    expect(await schemaErrors(bom)).toBeNull();
    expect(bom.components).toHaveLength(17);
    expect(bom.vulnerabilities.map((v) => [v.id, v.analysis])).toEqual([['ASSAY-DEMO-2026-0001', { state: 'false_positive', detail: 'the demo never calls extra()' }]]);
    // Without the database the same scan has no advisory data, and reports no vulnerable pin.
    const bare = await runCli(['scan', DEMO, '--no-db', '--format', 'json', '--quiet']);
    expect((JSON.parse(bare.stdout) as typeof doc).findings.some((f) => f.ruleId === 'PY-DEP-VULN')).toBe(false);
    // Five CLI runs, each a fresh process: the shared machine's load, not the work, sets the time.
  }, 180_000);
});
