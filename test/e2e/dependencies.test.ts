/// <reference lib="dom" />
// Settings → Advisories and the Dependencies page, in the built renderer under Chromium with the
// real services: import OSV records (invalid ones named), scan the demo, see its vulnerable pin and
// near-miss name at their file:line, filter the inventory. Screenshots for the issue.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.js';
import { openApp, type Harness } from './harness/app-harness.js';

const OSV = fileURLToPath(new URL('../fixtures/osv/', import.meta.url));
let browser: Browser;
let app: Harness;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, { pickAdvisory: (kind) => (kind === 'folder' ? OSV : null) });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('dependencies in the desktop app', () => {
  it('Settings → Advisories imports a folder, naming the records it skipped, and shows the status', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('No advisories imported').waitFor();
    // A cancelled dialog changes nothing.
    await page.getByRole('button', { name: 'Import file or zip…' }).click();
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await page.getByRole('status').getByText(/Read 7 records from the folder: 5 added, 0 replaced, 0 already current\. 2 skipped: bad-range\.json/).waitFor();
    await page.getByText(/5 advisories for 5 packages; newest modified 2026-11-25/).waitFor();
    await app.shot('30-settings-advisories');
  });

  it('the Dependencies page lists the demo inventory and its findings at file:line, with filters', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('button', { name: 'Open the demo project' }).click();
    await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 150_000 });
    await page.getByRole('link', { name: 'Dependencies' }).click();
    await page.getByRole('heading', { name: /^Dependencies — Demo shop/ }).waitFor();
    const findings = page.getByRole('table', { name: 'Dependency findings' });
    // The demo's bundled (fictional) advisory makes its Django pin vulnerable, at requirements.txt:4.
    await findings.getByText(/Django 4\.2\.7 is affected by ASSAY-DEMO-2026-0001/).waitFor();
    // The imported fixture advisory ASSAY-TEST-2024-0001 also affects Django 4.2.7: two findings on that line.
    await findings.getByText(/Django 4\.2\.7 is affected by ASSAY-TEST-2024-0001/).waitFor();
    expect(await findings.getByRole('link', { name: 'requirements.txt:4' }).count()).toBe(2);
    await findings.getByText(/reqeusts is not a widely used package/).waitFor();
    const packages = page.getByRole('table', { name: 'Dependencies' });
    expect(await packages.locator('tbody tr').count()).toBe(17);
    await app.shot('31-dependencies-page');
    await page.getByRole('checkbox', { name: 'with findings only' }).check();
    expect(await packages.locator('tbody tr').count()).toBe(2);
    await page.getByRole('searchbox').fill('django');
    expect(await packages.locator('tbody tr').count()).toBe(1);
    await packages.getByText('requirements.txt:4').waitFor();
    await app.shot('32-dependencies-filtered');
    // A flagged package row links to its finding, which opens in the findings page's detail pane.
    await packages.getByRole('link', { name: 'requirements.txt:4' }).click();
    await page.getByRole('heading', { name: /^Findings/ }).first().waitFor();
    const detail = page.getByRole('complementary', { name: 'Finding detail' });
    await detail.getByText(/Django 4\.2\.7 is affected by ASSAY-/).first().waitFor();
    await detail.getByText('requirements.txt', { exact: false }).first().waitFor();
    await app.shot('33-dependency-finding-detail');
    // So does the findings table's file:line, for the near-miss name.
    await page.getByRole('link', { name: 'Dependencies' }).click();
    await page.getByRole('table', { name: 'Dependency findings' }).getByRole('link', { name: 'requirements.txt:13' }).first().click();
    await page.getByRole('complementary', { name: 'Finding detail' }).getByText(/reqeusts is not a widely used package/).first().waitFor();
    expect(app.errors).toEqual([]);
  });
});
