/// <reference lib="dom" />
// The To review queue on a real project folder: a scan finds a hotspot (a cache file unpickled), the
// requirement it maps to is not verified while the hotspot waits, the reviewer records "safe — why",
// and the requirement passes with the review named as its evidence. Real store, real scan, Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listFindings, triageHistory } from '../../store/index.js';
import { liveCoverage } from '../../electron/services/coverage.js';
import { launchChromium } from './harness/chromium.js';
import { openApp, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let parent: string;
const REQUIREMENT = 'V1.5.2';
const REASON = 'Only the worker writes rates.bin, in a directory no other user can write to.';

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-review-'));
  const repo = join(parent, 'rates-service');
  mkdirSync(repo);
  writeFileSync(
    join(repo, 'app.py'),
    [
      'import os',
      'import pickle',
      '',
      'from flask import Flask, jsonify',
      '',
      'app = Flask(__name__)',
      'CACHE = "/var/cache/rates"',
      '',
      '',
      'def cached_rates():',
      '    with open(os.path.join(CACHE, "rates.bin"), "rb") as fh:',
      '        return pickle.loads(fh.read())',
      '',
      '',
      '@app.route("/rates")',
      'def rates():',
      '    return jsonify(cached_rates())',
      '',
    ].join('\n'),
  );
  browser = await launchChromium();
  app = await openApp(browser, { pickFolder: () => repo });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

async function requirementPane() {
  const { page } = app;
  await page.getByRole('link', { name: 'ASVS' }).click();
  await page.locator('nav.tree').waitFor();
  await page.locator('nav.tree details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.locator('nav.tree button.req', { hasText: REQUIREMENT }).first().click();
  const pane = page.getByTestId('requirement-detail');
  await pane.getByRole('heading', { level: 2, name: new RegExp(`^${REQUIREMENT.replace(/\./g, '\\.')}`) }).waitFor();
  return pane;
}

describe('the To review queue', () => {
  it('lists the hotspot apart from the findings, and its requirement is not verified', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add repository…' }).click();
    await page.getByRole('heading', { name: 'rates-service', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.getByText(/Scan finished: \d+ findings? recorded/).waitFor({ timeout: 150_000 });
    const db = app.services.ctx.db;
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    const hotspots = listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows;
    expect(hotspots.map((h) => [h.ruleId, h.startLine])).toEqual([['PY-DESER-PICKLE', 12]]);
    expect(listFindings(db, projectId).total).toBe(0);

    await page.getByRole('link', { name: 'Findings' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="findings-total"]')?.textContent === '0 findings');

    const pane = await requirementPane();
    await pane.getByText('1 security hotspot of PY-DESER-PICKLE awaits review').waitFor();
    expect(await pane.getByRole('heading', { level: 2 }).textContent()).toContain('Not verified');
    await app.shot('30-requirement-not-verified-hotspot');

    await page.getByRole('link', { name: 'To review' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="review-total"]')?.textContent === '1 to review');
    expect(await page.locator('.grid-row .col-path').allTextContents()).toEqual(['app.py:12']);
    await app.shot('31-review-queue');
  }, 200_000);

  it('records "safe — why" and the reviewed hotspot becomes the requirement\'s evidence', async () => {
    const { page } = app;
    await page.locator('.grid-row').first().click();
    const detail = page.getByTestId('finding-detail');
    await detail.getByTestId('what-to-check').getByText(/Check: who can write what it reads/).waitFor();
    const form = page.getByRole('form', { name: 'Review' });
    await form.getByRole('button', { name: 'Record review' }).click();
    await form.getByText('Say why it is safe', { exact: false }).waitFor();
    await form.getByLabel(/Why it is safe/).fill(REASON);
    await form.getByRole('button', { name: 'Record review' }).click();
    await detail.getByTestId('triage-history').getByText(REASON).waitFor();
    await detail.getByText('Reviewed safe').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="review-total"]')?.textContent === '0 to review');
    await page.getByLabel('Reviewed safe').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="review-total"]')?.textContent === '1 reviewed safe');
    await page.locator('.grid-row').first().click();
    await page.getByTestId('finding-detail').getByTestId('triage-history').getByText(REASON).waitFor();
    expect(await page.locator('.grid-row .col-triage').allTextContents()).toEqual(['Reviewed safe']);
    await app.shot('32-hotspot-reviewed-safe');

    const db = app.services.ctx.db;
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    const [h] = listFindings(db, projectId, { filter: { kind: ['hotspot'], triage: ['false_positive'] } }).rows;
    expect(triageHistory(db, h!.id).map((e) => [e.status, e.reason])).toEqual([['false_positive', REASON]]);

    const pane = await requirementPane();
    await pane.getByText(/1 hotspot reviewed safe/).waitFor();
    expect(await pane.getByRole('heading', { level: 2 }).textContent()).toContain('Passing (automated)');
    const scanId = db.prepare('SELECT max(id) FROM scans').pluck().get() as number;
    const req = liveCoverage(db, projectId, scanId, '5.0.0', 2).requirements.find((r) => r.id === REQUIREMENT)!;
    expect([req.status, req.reason]).toEqual(['passing_automated', expect.stringMatching(/1 hotspot reviewed safe$/)]);
    await app.shot('33-requirement-passing-with-reviewed-hotspot');
    expect(app.errors).toEqual([]);
  }, 120_000);
});
