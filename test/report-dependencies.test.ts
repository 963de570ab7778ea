// The report's dependency section and the SBOM in the evidence pack, from a real scan of the demo
// recorded with its (fictional) advisory imported into a real database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { allRules } from '../analyzer/rules/index.js';
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { advisoriesFor, advisoryStatus, asvsCoverageProvider, ensureProject, importAdvisories, openStore, recordScan, scanInputFromResult, type StoreDb } from '../store/index.js';
import { buildEvidencePack, buildReportModel, renderFormat } from '../report/index.js';
import { schemaErrors } from './helpers/cyclonedx-validator.js';
import { ARTIFACTS, launchChromium } from './report-helpers.js';

const DEMO = fileURLToPath(new URL('./fixtures/demo-shop', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'assay-report-deps-'));
let db: StoreDb;
let projectId: number;

beforeAll(async () => {
  db = openStore(join(work, 'assay.db'));
  importAdvisories(db, join(DEMO, 'advisories'));
  const status = advisoryStatus(db);
  const result = await scanProject(DEMO, { workers: 0, advisories: { facts: status, lookup: (names) => advisoriesFor(db, names) } });
  projectId = ensureProject(db, { rootPath: result.root }).id;
  recordScan(db, projectId, scanInputFromResult(result), { coverage: asvsCoverageProvider(allRuleScopes) });
});
afterAll(() => {
  db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('report dependency section and SBOM', () => {
  it('the model and HTML carry inventory counts, the vulnerable pin with its fix, and the near-miss name', async () => {
    const model = buildReportModel(db, { projectId, rules: allRules });
    expect(model.dependencies?.counts).toEqual({ manifests: 1, total: 17, direct: 17, transitive: 0, exact: 17 });
    expect(model.dependencies?.vulnerable.map((v) => [v.path, v.line, v.fix])).toEqual([['requirements.txt', 4, 'Upgrade Django to 4.2.8 or later (and regenerate the lock file).']]);
    expect(model.dependencies?.suspicious.map((s) => s.ruleId)).toEqual(['PY-DEP-TYPOSQUAT']);
    const page = new TextDecoder().decode(await renderFormat(model, 'html'));
    expect(page).toContain('<section class="major" id="dependencies"><h2>Dependencies</h2>');
    expect(page).toContain('17 dependencies (17 direct, 0 only in lock files)');
    expect(page).toMatch(/ASSAY-DEMO-2026-0001 \(CVE-2099-41234\)/);
    expect(page).toContain('reqeusts is not a widely used package');
  });

  it('the section reads as a page in Chromium (screenshot html-dependencies.png)', async () => {
    const model = buildReportModel(db, { projectId, rules: allRules });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'demo-dependencies-report.html');
    writeFileSync(file, await renderFormat(model, 'html'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(pathToFileURL(file).href);
      const section = page.locator('#dependencies');
      await section.scrollIntoViewIfNeeded();
      expect(await section.isVisible()).toBe(true);
      // The vulnerable pin and the near-miss name are rows a reader sees, not only text in the file.
      await section.locator('tr', { hasText: 'ASSAY-DEMO-2026-0001' }).first().waitFor({ state: 'visible' });
      await section.locator('tr', { hasText: 'PY-DEP-TYPOSQUAT' }).first().waitFor({ state: 'visible' });
      await page.evaluate(() => document.getElementById('dependencies')!.scrollIntoView());
      await page.screenshot({ path: join(ARTIFACTS, 'html-dependencies.png') });
    } finally {
      await browser.close();
    }
  });

  it('the evidence pack holds the SBOM, schema-valid, with its SHA-256 in the manifest', async () => {
    const model = buildReportModel(db, { projectId, rules: allRules });
    const files = unzipSync(await buildEvidencePack(model, ['html', 'json', 'sbom']));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: Array<{ path: string; format: string; sha256: string }> };
    const entry = manifest.files.find((f) => f.path === 'sbom.cdx.json');
    expect(entry?.format).toBe('sbom');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(files['sbom.cdx.json']!).digest('hex')).toBe(entry!.sha256);
    const bom = JSON.parse(strFromU8(files['sbom.cdx.json']!)) as { components: unknown[]; vulnerabilities: Array<{ id: string; analysis: { state: string } }> };
    expect(await schemaErrors(bom)).toBeNull();
    expect(bom.components).toHaveLength(17);
    expect(bom.vulnerabilities.map((v) => [v.id, v.analysis.state])).toEqual([['ASSAY-DEMO-2026-0001', 'in_triage']]);
  });
});
