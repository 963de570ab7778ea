/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The security lead's path through the app, on the bundled demo project, against the real
// services: first launch, scan with progress, dashboard numbers, filters, triage, attestation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { getCatalogue } from '../../asvs/catalogue.js';
import { listFindings, openCountsBySeverity, triageHistory } from '../../store/index.js';
import { liveCoverage } from '../../electron/services/coverage.js';
import { launchChromium } from './harness/chromium.js';
import { openApp, pageHooks, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let projectId = 0;

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

async function text(testId: string): Promise<string> {
  return (await app.page.getByTestId(testId).first().textContent())?.trim() ?? '';
}

async function findingsTotal(): Promise<number> {
  const locator = app.page.getByTestId('findings-total');
  await app.page.waitForFunction(() => /^[\d,]+ findings$/.test(document.querySelector('[data-testid="findings-total"]')?.textContent ?? ''));
  return Number((await locator.textContent())!.replace(/[^\d]/g, ''));
}

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser);
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the desktop app on the demo project', () => {
  it('offers the bundled demo on first launch and scans it with a progress bar', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Welcome to Assay' }).waitFor();
    await app.shot('01-first-launch');
    await page.getByRole('button', { name: 'Open the demo project' }).click();
    await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
    projectId = app.services.ctx.db.prepare('SELECT id FROM projects').pluck().get() as number;

    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Files scanned' });
    await bar.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuemax')) > 0);
    expect(await page.getByRole('button', { name: 'Cancel scan' }).isVisible()).toBe(true);
    await app.shot('02-scan-progress');
    await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 150_000 });
    const max = Number(await bar.getAttribute('aria-valuemax'));
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBe(max);
    expect(max).toBeGreaterThan(10);
    await app.shot('03-projects-after-scan');
  }, 200_000);

  it('shows dashboard numbers equal to the store and draws the charts', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    const db = app.services.ctx.db;
    const open = openCountsBySeverity(db, projectId);
    for (const s of ['critical', 'high', 'medium', 'low', 'info'] as const) expect(await text(`open-${s}`)).toBe(String(open[s]));
    expect(Number(await text('open-total'))).toBeGreaterThan(30);
    const scanId = db.prepare('SELECT max(id) FROM scans').pluck().get() as number;
    const coverage = liveCoverage(db, projectId, scanId, '5.0.0', 2);
    expect(await text('compliance-value')).toBe(pct(coverage.total.compliance));
    expect(await text('count-failing')).toBe(String(coverage.total.counts.failing));
    expect(await text('count-total')).toBe(String(getCatalogue('5.0.0').requirements.filter((r) => r.level <= 2).length));
    expect(coverage.total.counts.failing).toBeGreaterThan(5);
    // The charts drew bars for the chapters and severities, and trend lines.
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    expect(await page.locator('.recharts-line').count()).toBeGreaterThan(0);
    await app.shot('04-dashboard-1280x800');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await app.shot('05-dashboard-1920x1080');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('filters the findings table by severity and path', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Findings' }).click();
    const all = await findingsTotal();
    const db = app.services.ctx.db;
    expect(all).toBe(listFindings(db, projectId).total);
    // A filter box holds its new state as soon as the click's event ends: the route changes within the
    // event, so React has nothing older to put back (route.ts; Playwright's check() reads it at once).
    const high = page.getByRole('group', { name: 'Severity' }).getByLabel('high');
    const states = await high.evaluate((el) => {
      const box = el as HTMLInputElement;
      box.click();
      const first = box.checked;
      box.click();
      return [first, box.checked];
    });
    expect(states).toEqual([true, false]);
    await page.waitForFunction((n) => document.querySelector('[data-testid="findings-total"]')?.textContent === `${n} findings`, all);
    await page.getByRole('group', { name: 'Severity' }).getByLabel('critical').check();
    await page.waitForFunction((n) => !document.querySelector('[data-testid="findings-total"]')?.textContent?.startsWith(`${n} `), all);
    const critical = await findingsTotal();
    expect(critical).toBe(openCountsBySeverity(db, projectId).critical);
    expect(critical).toBeLessThan(all);
    const severities = await page.locator('.grid-row .col-sev').allTextContents();
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities.map((s) => s.trim()))).toEqual(new Set(['critical']));
    await app.shot('06-findings-filtered');
    await page.getByRole('group', { name: 'Severity' }).getByLabel('critical').uncheck();
    await page.getByLabel('Path contains').fill('flask_admin');
    await page.waitForFunction(() => [...document.querySelectorAll('.grid-row .col-path')].every((e) => e.textContent?.startsWith('flask_admin/')) && document.querySelectorAll('.grid-row .col-path').length > 0);
    expect(await findingsTotal()).toBe(listFindings(db, projectId, { filter: { text: 'flask_admin' } }).total);
    await page.getByLabel('Path contains').fill('');
    await page.waitForFunction((n) => document.querySelector('[data-testid="findings-total"]')?.textContent === `${n} findings`, all);
  });

  it('moves through the findings with the keyboard alone', async () => {
    const { page } = app;
    const grid = page.getByTestId('findings-grid');
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await grid.getAttribute('aria-activedescendant');
    expect(active).toMatch(/^finding-row-\d+$/);
    expect(await page.locator(`#${active}`).getAttribute('aria-rowindex')).toBe('3');
    await page.keyboard.press('Enter');
    await page.getByTestId('finding-detail').waitFor();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    // The focus ring is drawn on the active row while the grid has keyboard focus.
    const outline = await page.locator(`#${active}`).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await app.shot('06b-findings-keyboard');
    await page.getByRole('button', { name: 'Close detail' }).click();
  });

  it('triages a finding as a false positive with a reason, recorded in the history', async () => {
    const { page } = app;
    const before = await findingsTotal();
    await page.locator('.grid-row').first().click();
    const detail = page.getByTestId('finding-detail');
    await detail.waitFor();
    const title = (await detail.getByRole('heading', { level: 2 }).textContent())!;
    await detail.getByRole('heading', { name: 'Dataflow, source to sink' }).or(detail.getByRole('heading', { name: 'How to fix' })).first().waitFor();
    await app.shot('07-finding-detail');
    const reason = 'The value comes from an admin-only setting, not from the request.';
    const form = page.getByRole('form', { name: 'Triage' });
    await form.getByLabel('False positive').check();
    await form.getByRole('button', { name: 'Record decision' }).click();
    await form.getByText('a justification is required', { exact: false }).waitFor();
    await form.getByLabel(/Justification/).fill(reason);
    await form.getByRole('button', { name: 'Record decision' }).click();
    await page.getByTestId('triage-history').getByText(reason).waitFor();
    await page.waitForFunction((n) => document.querySelector('[data-testid="findings-total"]')?.textContent === `${n - 1} findings`, before);
    await app.shot('08-triaged-false-positive');
    const db = app.services.ctx.db;
    const id = db.prepare("SELECT id FROM findings WHERE triage_status = 'false_positive'").pluck().all() as number[];
    expect(id).toHaveLength(1);
    const history = triageHistory(db, id[0]!);
    expect(history.at(-1)).toMatchObject({ status: 'false_positive', reason });
    expect(title.length).toBeGreaterThan(5);
  });

  it('attests a requirement and the compliance changes', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    const before = await text('compliance-value');
    const total = Number(await text('count-total'));
    const attestedBefore = Number(await text('count-passing_attested'));

    await page.getByRole('link', { name: 'ASVS' }).click();
    await page.getByLabel('Show').selectOption('not_verified');
    const first = page.locator('nav.tree details[open] button.req, nav.tree button.req').first();
    await page.locator('nav.tree details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await first.click();
    const pane = page.getByTestId('requirement-detail');
    await pane.getByRole('heading', { level: 2 }).waitFor();
    const requirementId = (await pane.getByRole('heading', { level: 2 }).textContent())!.split(' ')[0]!.replace(/Not.*$/, '');
    await pane.getByLabel('Pass', { exact: true }).check();
    await pane.getByLabel('Evidence (required)').fill('Reviewed in the Q4 design review; see the linked record.');
    await pane.getByLabel(/Links/).fill('https://example.org/reviews/q4');
    await pane.getByRole('button', { name: 'Record attestation' }).click();
    await pane.getByTestId('attestation-history').getByText('Reviewed in the Q4 design review').waitFor();
    await pane.getByText('Passing (attested)').first().waitFor();
    await app.shot('09-asvs-attested');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForFunction((b) => document.querySelector('[data-testid="compliance-value"]')?.textContent !== b, before);
    const after = await text('compliance-value');
    expect(Number(await text('count-passing_attested'))).toBe(attestedBefore + 1);
    expect(Number.parseFloat(after)).toBeCloseTo(Number.parseFloat(before) + 100 / total, 1);
    const stored = app.services.ctx.db.prepare('SELECT requirement_id FROM attestations').pluck().all() as string[];
    expect(stored).toEqual([requirementId]);
    await app.shot('10-dashboard-after-attestation');
  });

  it('exports HTML and PDF reports through the report engine and lists them', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Reports' }).click();
    const form = page.getByRole('form', { name: 'Export a report' });
    await form.waitFor();
    for (const [label, magic] of [['HTML', '<!doctype html'], ['PDF', '%PDF-']] as const) {
      await form.getByLabel(label, { exact: true }).check();
      await form.getByRole('button', { name: 'Export' }).click();
      const done = page.getByText(new RegExp(`Exported assay-project${projectId}-scan\\d+-.*\\.${label.toLowerCase()}`));
      await done.waitFor({ timeout: 120_000 });
      const fileName = (await done.textContent())!.replace(/^Exported /, '').replace(/ \(.*$/, '');
      const bytes = readFileSync(join(app.dataDir, 'reports', fileName));
      expect(bytes.subarray(0, magic.length).toString('latin1').toLowerCase()).toBe(magic.toLowerCase());
      if (label === 'HTML') expect(bytes.toString('utf8')).toContain('Demo shop');
    }
    await page.getByTestId('exports').getByRole('row').nth(2).waitFor();
    expect(await page.getByTestId('exports').getByRole('row').count()).toBe(3);
    await app.shot('13-reports');
  }, 180_000);

  it('reads well in dark mode and ran no unexpected script', async () => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await app.shot('11-dashboard-dark');
    await page.getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { name: /Burndown/ }).waitFor();
    await app.shot('12-trends-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Rules' }).waitFor();
    await app.shot('14-settings');
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('.grid-row').first().click();
    await page.getByTestId('finding-detail').waitFor();
    await app.shot('15-findings-1920x1080');
    await page.setViewportSize({ width: 1280, height: 800 });
    const hooks = await pageHooks(page);
    expect(hooks.executed).toEqual([]);
    expect(hooks.cspViolations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('cancels a running scan, which is recorded but fixes nothing', async () => {
    const { page } = app;
    const db = app.services.ctx.db;
    const openBefore = openCountsBySeverity(db, projectId);
    await page.getByRole('link', { name: 'Projects' }).click();
    await page.getByRole('button', { name: 'Rescan' }).click();
    await page.getByRole('button', { name: 'Cancel scan' }).click();
    await page.getByText('Scan cancelled').waitFor({ timeout: 60_000 });
    await app.shot('16-scan-cancelled');
    expect(db.prepare('SELECT status FROM scans ORDER BY id DESC LIMIT 1').pluck().get()).toBe('cancelled');
    expect(openCountsBySeverity(db, projectId)).toEqual(openBefore);
  }, 120_000);
});
