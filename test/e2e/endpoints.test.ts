/// <reference lib="dom" />
// The endpoint inventory in the app, on a real scan of the demo project: the Endpoints page lists
// all of its routes, its filters agree with the stored inventory, a finding on an endpoint links
// there and back, the dashboard card links to the page filtered, an access-control requirement shows
// its inventory slice and an attestation there records the inventory; a handler's file:line opens its
// code, and a finding in the handler's body links to the endpoint both ways. A hostile route name stays
// inert on the page, in the HTML report appendix and in its PDF; a stored handler path outside the
// repository is refused. Screenshots 70–78.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { allRules } from '../../analyzer/rules/index.js';
import { authenticationReason, decidingGuard, endpointKey, isStateChanging, isUnrouted, openFirst, splitRouted, visibleText, type Endpoint } from '../../domain/index.js';
import { buildReportModel, renderHtml, renderPdf } from '../../report/index.js';
import { chromiumPdfRenderer } from '../../report/chromium/chromium-pdf.js';
import { getProject, latestScan, readScanEndpoints, scanEndpointFindings } from '../../store/index.js';
import { CHROMIUM_PATH, launchChromium } from './harness/chromium.js';
import { ARTIFACTS, openApp, pageHooks, type Harness } from './harness/app-harness.js';

let browser: Browser;
let app: Harness;
let inventory: Endpoint[];
let scanId: number;

// Endpoint rows only: an opened handler's code is a row of its own below its endpoint. Routed
// endpoints are one table, the views no scanned route reaches another below it.
const TABLES = ['Endpoint inventory', 'Unrouted views'] as const;
const rowsOf = (page: Page, table: (typeof TABLES)[number]) => page.getByRole('table', { name: table, exact: true }).locator('tbody tr[data-endpoint]');
const rows = (page: Page) => rowsOf(page, 'Endpoint inventory');
const keysIn = async (page: Page, table: (typeof TABLES)[number]) => (await rowsOf(page, table).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-endpoint') ?? ''))).sort();
const keysOf = (list: Endpoint[]) => list.map(endpointKey).sort();
async function waitShown(page: Page, n: number): Promise<void> {
  const selector = TABLES.map((t) => `table[aria-label="${t}"] tbody tr[data-endpoint]`).join(', ');
  await page.waitForFunction(([sel, count]) => document.querySelectorAll(sel as string).length === count, [selector, n] as const);
}
/** The page shows exactly these endpoints: the routed ones in the inventory table, the unrouted in their own. */
async function expectShown(page: Page, list: Endpoint[]): Promise<void> {
  await waitShown(page, list.length);
  const { routed, unrouted } = splitRouted(list);
  expect(await keysIn(page, 'Endpoint inventory')).toEqual(keysOf(routed));
  expect(await keysIn(page, 'Unrouted views')).toEqual(keysOf(unrouted));
}


/** The line each character of the element lands on, with the element set to the given width. */
function linesAt(el: Locator, width: string): Promise<string[]> {
  return el.evaluate((node, w) => {
    (node as HTMLElement).style.display = 'inline-block';
    (node as HTMLElement).style.width = w;
    const chars: Array<{ c: string; top: number }> = [];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const rect = r.getClientRects()[0];
        if (rect) chars.push({ c: text[i]!, top: Math.round(rect.top) });
      }
    }
    const lines: string[] = [];
    let top: number | null = null;
    for (const ch of chars) {
      if (top === null || Math.abs(ch.top - top) > 2) {
        lines.push('');
        top = ch.top;
      }
      lines[lines.length - 1] += ch.c;
    }
    return lines;
  }, width);
}

/** Narrow, and at the page's own width: every line but the last ends with `/` or `.`. */
async function expectBreaksBetweenParts(page: Page, el: Locator, text: string): Promise<void> {
  // Wide enough for the longest part, narrow enough that the text takes several lines.
  const longestPart = Math.max(...text.split(/(?<=[/.])/).map((p) => p.length));
  const lines = await linesAt(el, `${longestPart + 1}ch`);
  expect(lines.join('')).toBe(text);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line, `a line of ${JSON.stringify(lines)}`).toMatch(/[/.]$/);
  await page.setViewportSize({ width: 900, height: 800 });
  const natural = await linesAt(el, 'auto');
  for (const line of natural.slice(0, -1)) expect(line, `a line of ${JSON.stringify(natural)}`).toMatch(/[/.]$/);
  await page.setViewportSize({ width: 1280, height: 800 });
}

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, { viewport: { width: 1280, height: 800 } });
  const { page } = app;
  await page.getByRole('button', { name: 'Open the demo project' }).click();
  await page.getByRole('heading', { name: 'Demo shop' }).waitFor();
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 200_000 });
  const db = app.services.ctx.db;
  const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
  scanId = latestScan(db, projectId)!.id;
  inventory = readScanEndpoints(db, scanId)!;
}, 300_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the Endpoints page on the demo project', () => {
  it('lists every route, and its filters agree with the stored inventory', async () => {
    const { page } = app;
    // The demo's exact inventory is pinned by the analyzer's tests; here the page must show all of it.
    expect(inventory.length).toBeGreaterThanOrEqual(102);
    await page.getByRole('link', { name: 'Endpoints' }).click();
    const { routed, unrouted } = splitRouted(inventory);
    // The demo has views no scanned route reaches: they are listed, and counted, apart from the routes.
    expect(unrouted.length).toBeGreaterThan(0);
    const summary = (await page.getByTestId('endpoints-summary').filter({ hasText: `${routed.length} routed endpoints` }).textContent())!;
    expect(summary).toContain(`${routed.filter((e) => e.authentication === 'none').length} unauthenticated`);
    expect(summary).toContain(`${unrouted.length} unrouted views`);
    await expectShown(page, inventory);
    // Open first: the first row is a routed endpoint, unauthenticated, that changes state.
    const firstKey = await rows(page).first().getAttribute('data-endpoint');
    const first = inventory.find((e) => endpointKey(e) === firstKey)!;
    expect(first.authentication).toBe('none');
    expect(isStateChanging(first)).toBe(true);
    expect(isUnrouted(first)).toBe(false);
    // Every row says why its authentication is what it is.
    expect((await page.locator('table.endpoints td.auth-cell .why').first().textContent())!.length).toBeGreaterThan(10);
    await app.shot('70-endpoints-page');

    await page.getByLabel('Authentication').selectOption('none');
    const open = inventory.filter((e) => e.authentication === 'none');
    await expectShown(page, open);
    expect(page.url()).toContain('auth=none');

    await page.getByLabel('Method').selectOption('POST');
    const openPosts = open.filter((e) => e.methods.includes('POST'));
    await expectShown(page, openPosts);

    await page.getByLabel('Authentication').selectOption('');
    await page.getByLabel('Method').selectOption('');
    await page.getByLabel('Framework').selectOption('flask');
    const flask = inventory.filter((e) => e.framework === 'flask');
    expect(flask.length).toBeGreaterThan(0);
    await expectShown(page, flask);

    await page.getByLabel('Framework').selectOption('');
    await page.getByLabel('Search').fill('login');
    const login = inventory.filter((e) => [e.path, e.methods.join(' '), e.handler.file, e.handler.name, ...e.guards.map((g) => g.name), ...e.authorization.map((a) => a.name)].join(' ').toLowerCase().includes('login'));
    await expectShown(page, login);
    // The filters live in the URL: a reload shows the same slice.
    await page.reload();
    await waitShown(page, login.length);
    await page.getByLabel('Search').fill('');
    await waitShown(page, inventory.length);
  }, 120_000);

  it('links an endpoint to its finding and the finding back to its endpoint', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/index.html#/endpoints?auth=none&writes=1`);
    const link = page.locator('td.endpoint-findings a[href^="#/findings"]').first();
    await link.waitFor();
    const row = link.locator('xpath=ancestor::tr');
    const key = (await row.getAttribute('data-endpoint'))!;
    const findingId = await link.getAttribute('data-finding');
    await link.click();
    const detail = page.getByTestId('finding-detail');
    await detail.waitFor();
    expect(page.url()).toContain(`sel=${findingId}`);
    const endpoint = inventory.find((e) => endpointKey(e) === key)!;
    await expect.poll(() => page.getByTestId('finding-endpoint').first().textContent()).toBe(`${endpoint.methods.join(',')} ${visibleText(endpoint.path)}`);
    // Triage keeps its own column at 1280 px with the detail pane open (issue 17).
    const first = page.locator('.grid-row').first();
    const [sevTop, triageTop] = await Promise.all([first.locator('.col-sev').evaluate((el) => el.getBoundingClientRect().top), first.locator('.col-triage').evaluate((el) => el.getBoundingClientRect().top)]);
    expect(triageTop).toBe(sevTop);

    await page.getByTestId('finding-endpoint').first().click();
    const focused = page.locator('tbody tr[aria-current="true"]');
    await focused.first().waitFor();
    expect(await focused.first().getAttribute('data-endpoint')).toBe(key);
    // Back returns to the finding, and back again to the filtered list.
    await page.goBack();
    await detail.waitFor();
    await page.goBack();
    await waitShown(page, inventory.filter((e) => e.authentication === 'none' && isStateChanging(e)).length);
    expect(page.url()).toContain('writes=1');
  }, 60_000);

  it("opens a handler's code from its file:line, and links a finding in the handler's body both ways", async () => {
    const { page } = app;
    const db = app.services.ctx.db;
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    const keyCount = new Map<string, number>();
    for (const e of inventory) keyCount.set(endpointKey(e), (keyCount.get(endpointKey(e)) ?? 0) + 1);
    // A finding the inventory rules did not name, linked because it lies in the handler's body.
    const inBody = scanEndpointFindings(db, scanId).filter((l) => l.via === 'handler' && keyCount.get(endpointKey(inventory[l.ordinal]!)) === 1);
    expect(inBody.length).toBeGreaterThan(0);
    const link = inBody[0]!;
    const endpoint = inventory[link.ordinal]!;
    expect(endpoint.handler.endLine).toBeGreaterThanOrEqual(link.line);
    expect(endpoint.handler.line).toBeLessThanOrEqual(link.line);
    const key = endpointKey(endpoint);
    await page.goto(`${app.origin}/index.html#/endpoints?ep=${encodeURIComponent(key)}`);
    const row = page.locator('tbody tr[aria-current="true"]');
    await row.waitFor();
    expect(await row.getAttribute('data-endpoint')).toBe(key);
    const open = row.locator('button.handler-open');
    expect(await open.textContent()).toBe(`${endpoint.handler.file}:${endpoint.handler.line}`);
    await open.click();
    const code = page.getByTestId('handler-code');
    await code.waitFor();
    const file = readFileSync(join(getProject(db, projectId).rootPath, endpoint.handler.file), 'utf8').split('\n');
    const expected = file.slice(endpoint.handler.line - 1, endpoint.handler.endLine);
    await expect.poll(() => code.locator('.code-line code').allTextContents()).toEqual(expected);
    expect(await code.locator('.code-gutter').first().textContent()).toBe(String(endpoint.handler.line));
    expect(await code.getByText(`${endpoint.handler.file}:${endpoint.handler.line}–${endpoint.handler.endLine}`).count()).toBe(1);
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await app.shot('76-endpoint-handler-code');

    // The finding in the body is listed on the row with its line, and its detail names the endpoint as its handler's.
    const findingLink = row.locator(`td.endpoint-findings a[data-finding="${link.findingId}"]`);
    expect(await findingLink.getAttribute('data-via')).toBe('handler');
    await findingLink.click();
    await page.getByTestId('finding-detail').waitFor();
    const item = page.locator('[data-testid="finding-endpoints"] li[data-via="handler"]').filter({ hasText: `${endpoint.methods.join(',')} ${visibleText(endpoint.path)}` });
    await item.waitFor();
    expect(await item.textContent()).toContain(`in its handler ${endpoint.handler.name}`);
    await app.shot('77-finding-in-endpoint-handler');
    await item.getByTestId('finding-endpoint').click();
    await page.locator('tbody tr[aria-current="true"]').first().waitFor();
    expect(await page.locator('tbody tr[aria-current="true"]').first().getAttribute('data-endpoint')).toBe(key);
    expect(app.errors).toEqual([]);
  }, 60_000);

  it("wraps a route's path, a handler's file:line and its qualified name only after a `/` or `.`, never inside a name", async () => {
    const { page } = app;
    const longest = [...inventory].sort((a, b) => b.handler.file.length - a.handler.file.length)[0]!;
    const place = `${longest.handler.file}:${longest.handler.line}`;
    expect(place.split(/[/.]/).length).toBeGreaterThan(3);
    await page.goto(`${app.origin}/index.html#/endpoints?ep=${encodeURIComponent(endpointKey(longest))}`);
    const open = page.locator('tbody tr[aria-current="true"] button.handler-open');
    await open.waitFor();
    expect(await open.textContent()).toBe(place);
    await expectBreaksBetweenParts(page, open, place);

    const longestPath = [...splitRouted(inventory).routed].sort((a, b) => b.path.length - a.path.length)[0]!;
    await page.goto(`${app.origin}/index.html#/endpoints?ep=${encodeURIComponent(endpointKey(longestPath))}`);
    const path = page.locator('tbody tr[aria-current="true"] td.route-path > span').first();
    await path.waitFor();
    expect(longestPath.path.split('/').length).toBeGreaterThan(3);
    await expectBreaksBetweenParts(page, path, longestPath.path);

    const longestName = [...inventory].sort((a, b) => b.handler.name.length - a.handler.name.length)[0]!;
    await page.goto(`${app.origin}/index.html#/endpoints?ep=${encodeURIComponent(endpointKey(longestName))}`);
    const name = page.locator('tbody tr[aria-current="true"] .qualified-name').first();
    await name.waitFor();
    await expectBreaksBetweenParts(page, name, longestName.handler.name);

    // The guard that decided an endpoint's authentication is a code chip in its reason, from the
    // stored guard list (not cut out of the sentence), and wraps only after its dots.
    const guarded = [...splitRouted(inventory).routed]
      .map((e) => ({ e, g: decidingGuard(e) }))
      .filter((x) => x.g !== null && x.g.name.split('.').length > 3)
      .sort((a, b) => b.g!.name.length - a.g!.name.length)[0]!;
    expect(guarded, 'the demo has an endpoint decided by a dotted guard').toBeDefined();
    await page.goto(`${app.origin}/index.html#/endpoints?ep=${encodeURIComponent(endpointKey(guarded.e))}`);
    const reason = page.locator('tbody tr[aria-current="true"] td.auth-cell .auth-reason').first();
    await reason.waitFor();
    expect(await reason.textContent()).toBe(authenticationReason(guarded.e));
    const chip = reason.locator('code.guard-name').first();
    expect(await chip.textContent()).toBe(guarded.g!.name);
    await expectBreaksBetweenParts(page, chip, guarded.g!.name);
    await reason.scrollIntoViewIfNeeded();
    await app.shot('79-endpoint-guard-chips');
  }, 60_000);

  it('counts endpoints on the dashboard, linking to the page filtered', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const card = page.getByTestId('endpoint-card');
    await card.getByTestId('endpoints-total').waitFor();
    // The card counts the routes; the unrouted views are counted apart, never among the unauthenticated.
    const { routed, unrouted } = splitRouted(inventory);
    const open = inventory.filter((e) => e.authentication === 'none').length;
    expect(await card.getByTestId('endpoints-total').textContent()).toBe(`${routed.length} routed endpoints`);
    expect(await card.getByTestId('endpoints-open').locator('strong').textContent()).toBe(String(routed.filter((e) => e.authentication === 'none').length));
    expect(await card.getByTestId('endpoints-unknown').locator('strong').textContent()).toBe(String(routed.filter((e) => e.authentication === 'unknown').length));
    expect(await card.getByTestId('endpoints-unrouted').textContent()).toContain(`${unrouted.length} views no scanned route reaches (${unrouted.filter((e) => e.authentication === 'none').length} without authentication)`);
    await card.scrollIntoViewIfNeeded();
    await app.shot('71-dashboard-endpoint-card');
    await card.getByTestId('endpoints-open').click();
    await waitShown(page, open);
    expect(page.url()).toContain('auth=none');

    // Dark mode: the "not verified" bar is a darker tone, ≥ 3:1 against the panel, parted from its neighbours by panel-coloured edges.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    const bar = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const section = document.querySelector('section[aria-labelledby="h-chapters"]')!;
      const path = section.querySelector('.recharts-bar-rectangle path[fill="var(--status-not-verified)"]')!;
      const style = getComputedStyle(path);
      const panel = getComputedStyle(section).backgroundColor;
      const [a, b] = [lum(rgb(style.fill)), lum(rgb(panel))].sort((x, y) => y - x);
      return { fill: style.fill, stroke: style.stroke, panel, ratio: (a! + 0.05) / (b! + 0.05), luminance: lum(rgb(style.fill)) };
    });
    expect(bar.ratio).toBeGreaterThanOrEqual(3);
    expect(bar.luminance).toBeLessThan(0.2);
    expect(bar.stroke).toBe(bar.panel);
    await page.emulateMedia({ colorScheme: 'light' });
  }, 60_000);

  it('shows the inventory slice on an access-control requirement and snapshots it into an attestation', async () => {
    const { page } = app;
    await page.goto(`${app.origin}/index.html#/asvs?req=V8.2.1`);
    const slice = page.getByTestId('endpoint-slice');
    await slice.waitFor();
    // The slice counts routes; the views no scanned route reaches are counted apart, never as open routes.
    const { routed, unrouted } = splitRouted(inventory);
    const count = (a: Endpoint['authentication']) => routed.filter((e) => e.authentication === a).length;
    const text = (await slice.textContent())!;
    expect(text).toContain(`Scan #${scanId}: ${routed.length} routed endpoints`);
    expect(text).toContain(`${count('required')} require authentication`);
    expect(text).toContain(`${count('none')} open to anyone`);
    expect(unrouted.length).toBeGreaterThan(0);
    expect(await page.getByTestId('endpoint-slice-unrouted').textContent()).toContain(
      `${unrouted.length} unrouted views, not reachable by any route Assay sees (${unrouted.filter((e) => e.authentication === 'none').length} of them without authentication)`,
    );
    const listed = page.getByRole('table', { name: 'Unauthenticated endpoints' }).locator('tbody tr[data-endpoint]');
    expect(await listed.count()).toBe(Math.min(50, count('none')));
    expect((await listed.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-endpoint') ?? ''))).filter((k) => k.includes('(unrouted)'))).toEqual([]);
    // The slice's tables fit the pane at the app's default window (1280x800) and its smallest (1024x640):
    // nothing wider than the pane, so the pane never scrolls sideways.
    const evidence = page.getByTestId('endpoint-evidence');
    for (const size of [{ width: 1024, height: 640 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      const fit = await page.getByTestId('requirement-detail').evaluate((pane) => ({
        pane: { scroll: pane.scrollWidth, client: pane.clientWidth },
        tables: [...pane.querySelectorAll('table.endpoints')].map((t) => ({ right: t.getBoundingClientRect().right, scroll: t.scrollWidth, client: t.clientWidth })),
        paneRight: pane.getBoundingClientRect().right,
      }));
      expect(fit.pane.scroll, `pane at ${size.width}x${size.height}`).toBeLessThanOrEqual(fit.pane.client);
      expect(fit.tables.length).toBeGreaterThan(0);
      for (const t of fit.tables) {
        expect(t.scroll, `table at ${size.width}x${size.height}`).toBeLessThanOrEqual(t.client);
        expect(t.right).toBeLessThanOrEqual(fit.paneRight);
      }
      if (size.width === 1024) {
        await evidence.scrollIntoViewIfNeeded();
        await app.shot('72b-requirement-endpoint-slice-1024');
      }
    }
    // The handler's place, cut short under its path, keeps the whole of it as its title.
    const first = routed.filter((e) => e.authentication === 'none').sort(openFirst)[0]!;
    expect(await listed.first().locator('.handler-place').getAttribute('title')).toBe(`${first.handler.file}:${first.handler.line} ${first.handler.name}`);
    await evidence.scrollIntoViewIfNeeded();
    await app.shot('72-requirement-endpoint-slice');

    const form = page.getByRole('form', { name: 'Attest requirement' });
    await form.getByLabel('Fail').check();
    await form.getByLabel('Evidence (required)').fill('Reviewed the open routes with the inventory: two writes need login.');
    await form.getByRole('button', { name: 'Record attestation' }).click();
    await page.getByTestId('attestation-history').getByText(`endpoint-inventory-scan-${scanId}.json`).waitFor();
    // A requirement the inventory is not evidence for shows no slice.
    await page.goto(`${app.origin}/index.html#/asvs?req=V6.1.1`);
    await page.getByTestId('status-reason').waitFor();
    expect(await page.getByTestId('endpoint-evidence').count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 60_000);
});

describe('a hostile route name', () => {
  it('stays inert on the Endpoints page, in the HTML appendix and in the PDF', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'assay-hostile-route-'));
    const repo = join(parent, 'payshop');
    mkdirSync(repo);
    const route = '/pay/\u202Egnp.exe/"&<img src=x onerror=__pwned(1)>';
    writeFileSync(
      join(repo, 'app.py'),
      ['from flask import Flask', 'from flask_login import login_required', '', 'app = Flask(__name__)', '', '', `@app.route(${JSON.stringify(route)}, methods=["POST"])`, 'def pay():', '    return "ok"', '', '', '@app.route("/account")', '@login_required', 'def account():', '    return "me"', ''].join('\n'),
    );
    const hostile = await openApp(browser, { pickFolder: () => repo, viewport: { width: 1280, height: 800 } });
    try {
      const { page } = hostile;
      await page.getByRole('button', { name: 'Add repository…' }).click();
      await page.getByRole('heading', { name: 'payshop', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Scan', exact: true }).click();
      await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 150_000 });
      const db = hostile.services.ctx.db;
      const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
      const stored = readScanEndpoints(db, latestScan(db, projectId)!.id)!;
      expect(stored).toHaveLength(2);
      const pay = stored.find((e) => e.handler.name.endsWith('pay'))!;
      expect(pay.path).toContain('\u202E');

      await page.getByRole('link', { name: 'Endpoints' }).click();
      await waitShown(page, stored.length);
      const cell = (await page.locator(`tbody tr[data-endpoint="${endpointKey(pay).replace(/["\\]/g, '\\$&')}"] td.path`).first().textContent())!;
      expect(cell).toBe(visibleText(pay.path));
      expect(cell).toContain('\\u202e');
      expect(await page.locator('table.endpoints img').count()).toBe(0);
      expect((await pageHooks(page)).executed).toEqual([]);
      await page.getByTestId('changes-tab').click();
      await page.getByText("This is the project's first scan with an endpoint inventory").waitFor();

      // A stored handler path that leaves the repository (a hostile or tampered scan) is never opened.
      writeFileSync(join(parent, 'secret.py'), 'def pay():\n    return "TOP-SECRET"\n');
      const payScan = latestScan(db, projectId)!.id;
      const payOrdinal = stored.indexOf(pay);
      db.prepare('UPDATE scan_endpoints SET handler_file = ? WHERE scan_id = ? AND ordinal = ?').run('../secret.py', payScan, payOrdinal);
      await page.goto(`${hostile.origin}/index.html#/endpoints`);
      await page.reload();
      await waitShown(page, stored.length);
      await page.locator('button.handler-open', { hasText: '../secret.py' }).click();
      await page.getByTestId('handler-code-note').filter({ hasText: 'outside the repository' }).waitFor();
      expect(await page.getByTestId('handler-code').textContent()).not.toContain('TOP-SECRET');
      expect(await page.getByTestId('handler-code').locator('.code-line').count()).toBe(0);
      await hostile.shot('78-handler-path-outside-refused');
      db.prepare('UPDATE scan_endpoints SET handler_file = ? WHERE scan_id = ? AND ordinal = ?').run(pay.handler.file, payScan, payOrdinal);

      // A new open route since the last scan is the first thing the change view lists.
      appendFileSync(join(repo, 'app.py'), ['', '', '@app.route("/refund", methods=["POST"])', 'def refund():', '    return "refunded"', ''].join('\n'));
      const firstScan = latestScan(db, projectId)!.id;
      await page.getByRole('link', { name: 'Projects' }).click();
      await page.getByRole('button', { name: 'Rescan', exact: true }).click();
      await expect.poll(() => latestScan(db, projectId)?.id, { timeout: 150_000, interval: 500 }).toBeGreaterThan(firstScan);
      await page.goto(`${hostile.origin}/index.html#/endpoints?view=changes`);
      const added = page.getByRole('table', { name: 'New endpoints' });
      await added.waitFor();
      expect(await added.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-endpoint')))).toEqual(['flask POST /refund']);
      await hostile.shot('75-endpoint-changes');

      const model = buildReportModel(db, { projectId, rules: allRules });
      const report = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await report.setContent(renderHtml(model));
      const appendix = report.locator('#endpoints');
      expect(await appendix.locator('img').count()).toBe(0);
      const shownPath = await appendix.locator('td.mono', { hasText: 'gnp.exe' }).first().textContent();
      expect(shownPath).toBe(visibleText(pay.path));
      await appendix.scrollIntoViewIfNeeded();
      await report.screenshot({ path: join(ARTIFACTS, '73-report-endpoint-appendix.png') });
      await report.close();

      const pdf = await renderPdf(model, chromiumPdfRenderer(CHROMIUM_PATH));
      const file = join(ARTIFACTS, '74-report-endpoint-appendix.pdf');
      writeFileSync(file, pdf);
      // In content order, with the table cell's line wraps (and so all spaces) taken out: the route as escaped text.
      const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('Appendix: endpoint inventory');
      expect(text.replace(/\s+/g, '')).toContain('/pay/\\u202egnp.exe/"&<imgsrc=xonerror=__pwned(1)>');
      expect(text).not.toContain('\u202E');
      expect(hostile.errors).toEqual([]);
    } finally {
      await hostile.close();
      rmSync(parent, { recursive: true, force: true });
    }
  }, 240_000);
});
