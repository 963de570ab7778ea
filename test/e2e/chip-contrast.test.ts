/// <reference lib="dom" />
// Dark and light mode: every status, severity, triage and review chip the app draws, and the trace's
// source/sink chips, measured from computed styles against WCAG AA (4.5:1 for this small text); the
// dashboard's status legend and chart legends follow the domain's order. Real store, real scan, Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { REQUIREMENT_STATUS_LABELS, REQUIREMENT_STATUSES, SEVERITIES } from '../../domain/index.js';
import { listFindings, recordHotspotReview, recordTriage } from '../../store/index.js';
import { launchChromium } from './harness/chromium.js';
import { openApp } from './harness/app-harness.js';

let browser: Browser;
let parent: string;
let repo: string;
let dataDir: string;

const SOURCE = [
  'import os',
  'import pickle',
  'import sqlite3',
  '',
  'import yaml',
  'from flask import Flask, request',
  '',
  'app = Flask(__name__)',
  '',
  '',
  '@app.route("/orders")',
  'def orders():',
  '    q = request.args["q"]',
  '    db = sqlite3.connect("shop.db")',
  '    return str(db.execute("SELECT * FROM orders WHERE name = \'" + q + "\'").fetchall())',
  '',
  '',
  ...Array.from({ length: 4 }, (_, i) => [`def load_${i}(name):`, '    with open(name) as fh:', '        return yaml.load(fh)', '', ''].join('\n')),
  ...Array.from({ length: 3 }, (_, i) => [`def cached_${i}():`, `    with open(os.path.join("/var/cache", "r${i}.bin"), "rb") as fh:`, '        return pickle.loads(fh.read())', '', ''].join('\n')),
].join('\n');

interface Measured {
  selector: string;
  text: string;
  fg: string;
  bg: string;
  ratio: number;
}

/** Every chip and badge on the page: its text colour against the first opaque background behind it. */
async function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number) as number[];
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const opaqueBehind = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        const parts = rgb(bg);
        if (parts.length === 3 || (parts.length === 4 && parts[3]! > 0.99)) return bg;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    return [...document.querySelectorAll('.chip, .badge')].map((el) => {
      const fg = getComputedStyle(el).color;
      const bg = opaqueBehind(el);
      const [a, b] = [lum(rgb(fg)), lum(rgb(bg))].sort((x, y) => y - x);
      return { selector: el.className, text: el.textContent ?? '', fg, bg, ratio: (a! + 0.05) / (b! + 0.05) };
    });
  });
}

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-contrast-'));
  repo = join(parent, 'palette');
  mkdirSync(repo);
  writeFileSync(join(repo, 'app.py'), SOURCE);
  browser = await launchChromium();
  // One scan, then decisions of every kind, so each chip exists; both themes reuse the database.
  const app = await openApp(browser, { pickFolder: () => repo });
  dataDir = app.dataDir;
  const { page } = app;
  await page.getByRole('button', { name: 'Add repository…' }).click();
  await page.getByRole('heading', { name: 'palette', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 150_000 });
  const db = app.services.ctx.db;
  const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
  const vulns = listFindings(db, projectId).rows;
  const yamlRows = vulns.filter((f) => f.ruleId === 'PY-DESER-YAML');
  expect(yamlRows.length).toBe(4);
  recordTriage(db, { findingId: yamlRows[0]!.id, status: 'confirmed' });
  recordTriage(db, { findingId: yamlRows[1]!.id, status: 'false_positive', reason: 'Test fixtures only.' });
  recordTriage(db, { findingId: yamlRows[2]!.id, status: 'accepted_risk', reason: 'Until the loader rewrite.', expiresAt: '2099-01-01' });
  const hotspots = listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows;
  expect(hotspots.length).toBe(4);
  recordHotspotReview(db, { findingId: hotspots[0]!.id, verdict: 'safe', reason: 'Only the worker writes it.' });
  recordHotspotReview(db, { findingId: hotspots[1]!.id, verdict: 'needs_fix', reason: 'Any user can write there.' });
  await app.close({ keepData: true });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  rmSync(parent, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['dark', 'light'] as const)('chips in %s mode', (scheme) => {
  it('are all readable (≥ 4.5:1) and legends follow the domain order', async () => {
    const app = await openApp(browser, { dataDir, colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    try {
      const { page } = app;
      const seen: Measured[] = [];
      const expectReadable = async (where: string) => {
        const m = await measure(page);
        seen.push(...m);
        const poor = m.filter((x) => x.ratio < 4.5).map((x) => `${where}: "${x.text}" (${x.selector}) ${x.fg} on ${x.bg} = ${x.ratio.toFixed(2)}`);
        expect(poor).toEqual([]);
      };
      // The project card shows a badge of every severity.
      await page.getByRole('heading', { name: 'palette', exact: true }).waitFor();
      expect(await page.locator('.severity-row .badge').count()).toBe(SEVERITIES.length);
      await expectReadable('projects');
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await page.getByTestId('dashboard').waitFor();
      // Every requirement status has its chip in the status table, in the domain's order.
      const statusTable = page.getByRole('table', { name: 'Requirement status counts' });
      expect(await statusTable.locator('.chip').allTextContents()).toEqual(REQUIREMENT_STATUSES.map((s) => REQUIREMENT_STATUS_LABELS[s]));
      // Legends: the chapter chart in status order, the trend in severity order (critical → info).
      const legend = (section: string) => page.locator(`section[aria-labelledby="${section}"] .recharts-legend-item-text`).allTextContents();
      expect(await legend('h-chapters')).toEqual(REQUIREMENT_STATUSES.map((s) => REQUIREMENT_STATUS_LABELS[s]));
      expect(await legend('h-trend-open')).toEqual([...SEVERITIES]);
      await expectReadable('dashboard');
      await app.shot(`50-chips-dashboard-${scheme}`);

      await page.goto(`${app.origin}/index.html#/findings?triage=any`);
      await page.getByTestId('findings-total').filter({ hasText: /^\d+ findings$/ }).waitFor();
      await expectReadable('findings');
      await page.locator('.grid-row').first().click();
      await page.getByTestId('finding-detail').locator('.trace-source').first().waitFor();
      await expectReadable('finding detail');
      await app.shot(`51-chips-findings-${scheme}`);

      await page.goto(`${app.origin}/index.html#/review?show=all`);
      await page.getByTestId('review-total').filter({ hasText: /hotspots$/ }).waitFor();
      await expectReadable('review queue');
      await page.goto(`${app.origin}/index.html#/endpoints`);
      await page.getByRole('table', { name: 'Endpoint inventory' }).locator('.chip').first().waitFor();
      await expectReadable('endpoints');
      await page.goto(`${app.origin}/index.html#/asvs?show=not_applicable_suggested`);
      await page.locator('.tree .req').first().waitFor();
      await expectReadable('ASVS explorer');
      await app.shot(`52-chips-asvs-${scheme}`);

      // Each kind of chip was measured at least once.
      const classes = new Set(seen.flatMap((x) => x.selector.split(/\s+/)));
      for (const c of [
        ...REQUIREMENT_STATUSES.map((s) => `status-${s}`),
        ...SEVERITIES.map((s) => `sev-${s}`),
        'triage-confirmed', 'triage-false_positive', 'triage-accepted_risk', 'review-unreviewed', 'review-safe', 'auth-none',
      ]) expect(classes.has(c), c).toBe(true);
      expect(seen.some((x) => x.text === 'source')).toBe(true);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close({ keepData: true });
    }
  }, 200_000);
});
