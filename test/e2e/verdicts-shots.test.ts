/// <reference lib="dom" />
// The demo project after a scan shows the earned statuses and their reasons in the dashboard, the
// ASVS explorer and the HTML report (screenshots in test-artifacts/e2e/), and the numbers at each
// level are written beside them for the release note.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { allRuleScopes } from '../../analyzer/rules/scopes.js';
import { allRules } from '../../analyzer/rules/index.js';
import { buildReportModel, renderHtml } from '../../report/index.js';
import { latestScan, listFindings, liveCoverage, recordTriage } from '../../store/index.js';
import { launchChromium } from './harness/chromium.js';
import { ARTIFACTS, openApp, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, { viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('earned statuses on the demo project', () => {
  it('shows them in the dashboard, the explorer and the HTML report', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open the demo project' }).click();
    await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 200_000 });

    const db = app.services.ctx.db;
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    const scan = latestScan(db, projectId)!;
    const levels = ([1, 2, 3] as const).map((level) => {
      const c = liveCoverage(db, allRuleScopes, projectId, scan.id, '5.0.0', level);
      return { level, total: c.total.total, compliance: c.total.compliance, counts: c.total.counts };
    });
    writeFileSync(join(ARTIFACTS, 'verdicts-demo-numbers.json'), JSON.stringify(levels, null, 2) + '\n');
    expect(levels[1]!.counts.passing_automated).toBeGreaterThan(0);

    // A decision so the pictures show an exception too: the only finding of one requirement accepted as a risk.
    const byReq = new Map<string, number[]>();
    for (const f of listFindings(db, projectId, { limit: 1000 }).rows) for (const r of f.asvs) byReq.set(r, [...(byReq.get(r) ?? []), f.id]);
    const [accepted, ids] = [...byReq].find(([, list]) => list.length === 1)!;
    recordTriage(db, { findingId: ids[0]!, status: 'accepted_risk', reason: 'Admin-only endpoint behind the VPN; fix planned for Q3', expiresAt: '2099-01-01', actor: 'Dana Reviewer' });
    expect(liveCoverage(db, allRuleScopes, projectId, scan.id, '5.0.0', 3).requirements.find((r) => r.id === accepted)!.status).toBe('failing_risk_accepted');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    expect(Number(await page.getByTestId('count-passing_automated').first().textContent())).toBe(levels[1]!.counts.passing_automated);
    expect(Number(await page.getByTestId('count-not_verified').first().textContent())).toBe(levels[1]!.counts.not_verified);
    await app.shot('verdicts-01-dashboard');

    await page.getByRole('link', { name: 'ASVS' }).click();
    for (const [status, shot] of [['failing_risk_accepted', 'verdicts-02-asvs-risk-accepted'], ['passing_automated', 'verdicts-03-asvs-passing-automated'], ['not_verified', 'verdicts-04-asvs-not-verified'], ['failing', 'verdicts-05-asvs-failing']] as const) {
      await page.getByLabel('Show').selectOption(status);
      await page.locator('nav.tree details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await page.locator('nav.tree button.req').first().click();
      const reason = page.getByTestId('status-reason');
      await reason.waitFor();
      expect((await reason.textContent())!.length).toBeGreaterThan(10);
      await app.shot(shot);
    }

    const model = buildReportModel(db, { projectId, rules: allRules });
    const report = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    await report.setContent(renderHtml(model));
    await report.locator('#requirements').scrollIntoViewIfNeeded();
    await report.screenshot({ path: join(ARTIFACTS, 'verdicts-06-html-report-requirements.png') });
    await report.locator('#decisions').scrollIntoViewIfNeeded();
    await report.screenshot({ path: join(ARTIFACTS, 'verdicts-07-html-report-exceptions.png') });
    await report.pdf({ path: join(ARTIFACTS, 'verdicts-08-report.pdf') }).catch(() => undefined);
    await report.close();
  }, 300_000);
});
