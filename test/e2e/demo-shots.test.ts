/// <reference lib="dom" />
// The demo project as a reviewer meets it, for the release notes: the requirement pane's security
// logging evidence (issue 18), the To review queue and a hotspot reviewed safe counting as evidence
// (issue 12), and the PDF report's pages with the earned statuses and their reasons (issue 11), with
// the PDF's page count written beside the pictures. Real store, real scan, Chromium.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allRules } from '../../analyzer/rules/index.js';
import { buildReportModel, renderPdf } from '../../report/index.js';
import { chromiumPdfRenderer } from '../../report/chromium/chromium-pdf.js';
import { latestScan, listFindings, liveCoverage, securityLogs } from '../../store/index.js';
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { findRequirement } from '../../asvs/catalogue.js';
import { CHROMIUM_PATH, launchChromium } from './harness/chromium.js';
import { ARTIFACTS, openApp, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let projectId = 0;
const REASON = 'The template is a constant shipped with the shop; no request data reaches it.';

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, { viewport: { width: 1400, height: 900 } });
  const { page } = app;
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 200_000 });
  projectId = app.services.ctx.db.prepare('SELECT id FROM projects').pluck().get() as number;
}, 250_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the demo project, pictured', () => {
  it('lists the security logging evidence in the logging requirement pane', async () => {
    const { page } = app;
    const db = app.services.ctx.db;
    const scan = latestScan(db, projectId)!;
    const expected = securityLogs(db, scan.id, ['login', 'logout', 'password_change', 'auth_signal']);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${app.origin}/index.html#/asvs?req=V16.3.1`);
    const evidence = page.getByTestId('logging-evidence');
    await evidence.waitFor();
    const rows = await evidence.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.map((r) => r[1])).toEqual(expected.map((e) => `${e.path}:${e.line}`));
    expect(rows.map((r) => r[3])).toEqual(expected.map((e) => e.call));
    await evidence.scrollIntoViewIfNeeded();
    await app.shot('60-requirement-logging-evidence');
    // Access denials are the other logging requirement's evidence.
    await page.goto(`${app.origin}/index.html#/asvs?req=V16.3.2`);
    await page.getByTestId('requirement-detail').getByRole('heading', { name: /^V16\.3\.2/ }).waitFor();
    expect(await page.getByTestId('logging-evidence').locator('tbody tr').count()).toBe(securityLogs(db, scan.id, ['access_denied']).length);
  });

  it('shows the To review queue, and a hotspot reviewed safe becomes its requirement\'s evidence', async () => {
    const { page } = app;
    const db = app.services.ctx.db;
    const hotspots = listFindings(db, projectId, { filter: { kind: ['hotspot'] }, limit: 1000 }).rows;
    expect(hotspots.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'To review' }).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid="review-total"]')?.textContent === `${n} to review`, hotspots.length);
    await app.shot('61-demo-review-queue');
    // A requirement held at "not verified" by one hotspot awaiting review: its review decides what the requirement shows.
    const scanId = latestScan(db, projectId)!.id;
    const coverage = () => liveCoverage(db, allRuleScopes, projectId, scanId, '5.0.0', 3).requirements;
    // Fully checkable requirements first: a review there can earn the pass.
    const held = coverage()
      .filter((r) => r.status === 'not_verified' && /^1 security hotspot of .* awaits review$/.test(r.reason))
      .sort((a, b) => Number(findRequirement('5.0.0', b.id)?.automatable === 'automatable') - Number(findRequirement('5.0.0', a.id)?.automatable === 'automatable'));
    const alone = (h: (typeof hotspots)[number]) => hotspots.filter((o) => o.asvs.some((a) => h.asvs.includes(a))).length === 1;
    const requirement = held.find((r) => hotspots.some((h) => h.asvs.includes(r.id) && alone(h)))!.id;
    const target = hotspots.find((h) => h.asvs.includes(requirement))!;
    await page.goto(`${app.origin}/index.html#/review?sel=${target.id}`);
    const form = page.getByRole('form', { name: 'Review' });
    await form.getByLabel(/Why it is safe/).fill(REASON);
    await form.getByRole('button', { name: 'Record review' }).click();
    await page.getByTestId('finding-detail').getByTestId('triage-history').getByText(REASON).waitFor();
    // From the reviewed hotspot to its requirement by the link in the detail.
    await page.getByTestId('finding-detail').getByTestId('finding-requirements').getByRole('link', { name: requirement }).click();
    const pane = page.getByTestId('requirement-detail');
    await pane.getByRole('heading', { name: new RegExp(`^${requirement.replace(/\./g, '\\.')}`) }).waitFor();
    const after = coverage().find((r) => r.id === requirement)!;
    // The hotspot no longer holds the requirement back, and the pane says what the store decided.
    expect(after.reason).not.toMatch(/awaits review/);
    await pane.getByTestId('status-reason').getByText(after.reason, { exact: true }).waitFor();
    if (after.status === 'passing_automated') expect(after.reason).toMatch(/1 hotspot reviewed safe/);
    await pane.getByTestId('status-reason').scrollIntoViewIfNeeded();
    await app.shot('62-demo-reviewed-hotspot-evidence');
    writeFileSync(join(ARTIFACTS, '62-demo-reviewed-hotspot-evidence.json'), JSON.stringify({ requirement, hotspot: target.ruleId, status: after.status, reason: after.reason }, null, 2) + '\n');
  });

  it('prints the report with the statuses and their reasons; its pages pictured and counted', async () => {
    const db = app.services.ctx.db;
    const model = buildReportModel(db, { projectId, rules: allRules });
    const pdf = await renderPdf(model, chromiumPdfRenderer(CHROMIUM_PATH));
    const file = join(ARTIFACTS, 'demo-report.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(3);
    writeFileSync(join(ARTIFACTS, 'demo-report-pdf-pages.json'), JSON.stringify({ pages, findings: model.findings.length }, null, 2) + '\n');
    const dir = mkdtempSync(join(tmpdir(), 'assay-pdf-pages-'));
    try {
      // The cover, the summary and the requirements pages: statuses with what was checked.
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', file, join(dir, 'page')]);
      const pngs = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
      expect(pngs.length).toBe(4);
      pngs.forEach((png, i) => execFileSync('cp', [join(dir, png), join(ARTIFACTS, `63-demo-pdf-page-${i + 1}.png`)]));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const words of ['Failing (risk accepted)', 'Not applicable (suggested)', 'Not verified', 'Passing (automated)']) expect(text).toContain(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
