/// <reference lib="dom" />
// Triage at scale in the app: 50 findings, one decision with one reason, one audit event each; the
// confirmation, the rows' new state and the form reset; Escape closes the detail pane.
// Real store, real scan, Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.js';
import { openApp, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let parent: string;
const REASON = 'Fixtures loaded at build time from files we ship; no user input reaches them.';

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-bulk-'));
  const repo = join(parent, 'fixtures');
  mkdirSync(join(repo, 'loaders'), { recursive: true });
  writeFileSync(join(repo, 'loaders', 'load_all.py'), 'import yaml\n' + Array.from({ length: 50 }, (_, i) => `\n\ndef fixture_${i}(name):\n    return yaml.load(open(name))\n`).join(''));
  browser = await launchChromium();
  app = await openApp(browser, { pickFolder: () => repo });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('bulk triage', () => {
  it('records one decision with one reason for all 50 matching findings', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add repository…' }).click();
    await page.getByRole('heading', { name: 'fixtures', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.getByText('Scan finished: 50 findings recorded.').waitFor({ timeout: 150_000 });
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByText('50 findings', { exact: true }).waitFor();

    // Escape closes the detail pane.
    await page.locator('.grid-row').first().click();
    await page.getByTestId('finding-detail').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('finding-detail').waitFor({ state: 'detached' });

    await page.locator('.grid-row input[type="checkbox"]').nth(0).check();
    await page.locator('.grid-row input[type="checkbox"]').nth(1).check();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('2 findings selected');
    await page.getByRole('button', { name: 'Select all 50 findings matching the filter' }).click();
    expect(await page.getByTestId('bulk-count').textContent()).toBe('All 50 findings matching the filter');
    await page.getByLabel('Bulk decision').selectOption('false_positive');
    // No reason: refused in the form, nothing recorded.
    await page.getByRole('button', { name: 'Apply to 50 findings' }).click();
    await page.getByRole('alert').filter({ hasText: 'justification is required' }).waitFor();
    expect(app.services.ctx.db.prepare('SELECT count(*) FROM triage_events').pluck().get()).toBe(0);
    await page.getByLabel('Bulk justification').fill(REASON);
    await app.shot('42-bulk-triage-form');
    await page.getByRole('button', { name: 'Apply to 50 findings' }).click();
    await page.getByTestId('triage-notice').filter({ hasText: 'Recorded false positive for 50 findings.' }).waitFor();
    // The rows' new state: closed findings leave the open list; the bar (the form) is gone.
    await page.getByText('0 findings', { exact: true }).waitFor();
    expect(await page.getByTestId('bulk-triage').count()).toBe(0);
    await app.shot('43-bulk-triage-done');

    const events = app.services.ctx.db.prepare('SELECT finding_id AS f, status, reason, actor FROM triage_events').all() as { f: number; status: string; reason: string; actor: string }[];
    expect(events).toHaveLength(50);
    expect(new Set(events.map((e) => e.f)).size).toBe(50);
    expect(events.every((e) => e.status === 'false_positive' && e.reason === REASON && e.actor.length > 0)).toBe(true);
    expect(app.errors).toEqual([]);
  }, 300_000);
});
