/// <reference lib="dom" />
// Comparing two scans in the app: a repository is scanned, one vulnerability is fixed and a new one
// is written, it is scanned again, and the Compare page and the project card say exactly that.
// Real store, real scans, Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { diffScans } from '../../store/index.js';
import { launchChromium } from './harness/chromium.js';
import { openApp, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let parent: string;
let repo: string;

const VULNERABLE = 'import yaml\n\n\ndef load(path):\n    return yaml.load(open(path))\n';
const FIXED = 'import yaml\n\n\ndef load(path):\n    return yaml.safe_load(open(path))\n';
const NEW_SECRET = 'SECRET_KEY = "django-insecure-k3y-wr1tten-1nto-the-c0de"\n';

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-compare-'));
  repo = join(parent, 'billing');
  mkdirSync(join(repo, 'billing'), { recursive: true });
  writeFileSync(join(repo, 'billing', 'loader.py'), VULNERABLE);
  writeFileSync(join(repo, 'billing', 'conf.py'), 'TIMEOUT = 30\n');
  browser = await launchChromium();
  app = await openApp(browser, { pickFolder: () => repo });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  rmSync(parent, { recursive: true, force: true });
});

async function scanInApp(): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /^(Scan|Rescan)$/ }).click();
  await page.getByText(/Scan finished: [\d,]+ findings? recorded/).waitFor({ timeout: 150_000 });
}

describe('comparing two scans', () => {
  it('shows the fixed and the new vulnerability, on the Compare page and the project card', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add repository…' }).click();
    await page.getByRole('heading', { name: 'billing', exact: true }).waitFor();
    await scanInApp();
    const db = app.services.ctx.db;
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    // One scan: the card has nothing to compare yet.
    expect(await page.getByTestId(`change-${projectId}`).count()).toBe(0);

    writeFileSync(join(repo, 'billing', 'loader.py'), FIXED);
    writeFileSync(join(repo, 'billing', 'conf.py'), `TIMEOUT = 30\n${NEW_SECRET}`);
    await scanInApp();

    const expected = diffScans(db, projectId);
    expect(expected.fixed.map((f) => f.ruleId)).toEqual(['PY-DESER-YAML']);
    expect(expected.new.map((f) => f.ruleId)).toContain('PY-SECRET-TOKEN');
    const card = page.getByTestId(`change-${projectId}`);
    await card.waitFor();
    expect((await card.textContent())!.replace(/\s+/g, ' ')).toContain(`${expected.counts.new} new, ${expected.counts.fixed} fixed`);
    await app.shot('40-project-card-change');

    await card.getByRole('link').click();
    await page.getByRole('heading', { name: 'Compare scans — billing' }).waitFor();
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`${expected.counts.new} new, ${expected.counts.fixed} fixed, ${expected.counts.stillOpen} still open`);
    const fixed = (await page.getByTestId('compare-fixed').textContent()) ?? '';
    expect(fixed).toContain('PY-DESER-YAML');
    expect(fixed).toContain('billing/loader.py:5');
    expect(fixed).toContain('Fixed (1 finding)');
    const added = (await page.getByTestId('compare-new').textContent()) ?? '';
    expect(added).toContain('PY-SECRET-TOKEN');
    expect(added).toContain('billing/conf.py:2');
    expect(added).not.toContain('PY-DESER-YAML');
    // Compliance per chapter then vs now, as the store has it.
    const rows = await page.getByTestId('compare-compliance').locator('tbody tr').count();
    expect(rows).toBe(expected.compliance.chapters.length + 1);
    expect(rows).toBeGreaterThan(5);
    // The chosen scans are in the URL: a reload shows the same comparison.
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/compare?from=${expected.from.id}&to=${expected.to.id}`);
    await app.shot('41-compare-scans');

    // Any two scans: swapping them turns the fix into a new finding and the new one into a fix.
    await page.getByLabel('From scan').selectOption(String(expected.to.id));
    await page.getByLabel('To scan').selectOption(String(expected.from.id));
    await page.waitForFunction(() => /Fixed \(\d+ findings?\)/.test(document.querySelector('[data-testid="compare-fixed"]')?.textContent ?? '') && document.querySelector('[data-testid="compare-new"]')?.textContent?.includes('PY-DESER-YAML'));
    expect(await page.getByTestId('compare-fixed').textContent()).toContain('PY-SECRET-TOKEN');
    expect(app.errors).toEqual([]);
  }, 360_000);
});
