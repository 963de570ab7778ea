/// <reference lib="dom" />
// Settings → Import ASVS JSON with the official OWASP export: the explorer then shows the official
// requirement text beside our summary. A file that is not an export is refused with a clear error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.js';
import { openApp, type Harness } from './harness/app-harness.js';

const OFFICIAL = fileURLToPath(new URL('../../../shared/asvs-data/OWASP_Application_Security_Verification_Standard_5.0.0_en.json', import.meta.url));
let browser: Browser;
let app: Harness;
let chosen = OFFICIAL;
const scratch = mkdtempSync(join(tmpdir(), 'assay-asvs-import-'));

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, { pickAsvsFile: () => chosen });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('importing the official ASVS text', () => {
  it('refuses a file that is not an official export', async () => {
    const { page } = app;
    chosen = join(scratch, 'not-asvs.json');
    writeFileSync(chosen, JSON.stringify({ hello: 'world' }));
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Import ASVS JSON…' }).click();
    await page.getByRole('alert').getByText('Not an official ASVS JSON export').waitFor();
  });

  it('shows the official text in the explorer after importing the 5.0.0 export', async () => {
    const { page } = app;
    chosen = OFFICIAL;
    await page.getByRole('button', { name: 'Import ASVS JSON…' }).click();
    await page.getByText(/Imported ASVS 5\.0\.0: 345 requirements\./).waitFor();
    await app.shot('17-settings-asvs-imported');
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('button', { name: 'Open the demo project' }).click();
    await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
    await page.getByRole('link', { name: 'ASVS' }).click();
    await page.locator('nav.tree details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('nav.tree button.req').first().click();
    const official = page.getByTestId('requirement-detail').locator('blockquote.official');
    await official.waitFor();
    expect(((await official.textContent()) ?? '').length).toBeGreaterThan(60);
    await app.shot('18-asvs-official-text');
  });

  it('keeps the theme and rule choices in Settings', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Dark', { exact: true }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const rule = page.getByRole('list').filter({ hasText: 'PY-DESER-YAML' }).getByRole('checkbox').first();
    await rule.uncheck();
    await page.getByText(/^Rule PY-\S+ saved\.$/).waitFor();
    await app.shot('19-settings-dark');
    const prefs = app.services.ctx.preferences.get();
    expect(prefs.theme).toBe('dark');
    expect(prefs.disabledRules).toHaveLength(1);
    await page.getByLabel('Follow the system').check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
  });
});
