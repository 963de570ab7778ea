/// <reference lib="dom" />
// The lead's day on a small Flask repository: search, assign and discuss a finding, read it in its
// code, and move both ways between requirements and findings with the URL keeping the place
// (back/forward, links, clickable dashboard). Real store, real scan, Chromium.
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

const APP_PY = `import sqlite3

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    # Shown as written: "\u202e admin only \u2066" is not an access check.
    q = request.args["q"]
    db = sqlite3.connect("shop.db")
    return q + ": " + str(db.execute("SELECT * FROM orders WHERE name = '" + q + "'").fetchall())


def load_fixture(name):
    with open(name) as fh:
        return yaml.load(fh)
`;

const hash = () => app.page.evaluate(() => window.location.hash);
const total = () => app.page.getByTestId('findings-total').textContent();
const rows = () => app.page.locator('.grid-row .col-rule').allTextContents();

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-flow-'));
  const repo = join(parent, 'orders-service');
  mkdirSync(repo);
  writeFileSync(join(repo, 'app.py'), APP_PY);
  browser = await launchChromium();
  app = await openApp(browser, { pickFolder: () => repo });
  const { page } = app;
  await page.getByRole('button', { name: 'Add repository…' }).click();
  await page.getByRole('heading', { name: 'orders-service', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Scan', exact: true }).click();
  await page.getByText('Scan finished: 3 findings recorded.').waitFor({ timeout: 150_000 });
}, 200_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('findings workflow', () => {
  it('searches message, file, rule, CWE and code; the search is in the URL', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByText('3 findings', { exact: true }).waitFor();
    const box = page.getByLabel('Search findings');
    await box.fill('CWE-502');
    await page.getByText('1 finding', { exact: true }).waitFor();
    expect(await rows()).toEqual(['PY-DESER-YAML']);
    expect(await hash()).toContain('q=CWE-502');
    await box.fill('db.execute');
    await page.getByText('2 findings', { exact: true }).waitFor();
    expect((await rows()).sort()).toEqual(['PY-INJ-SQL', 'PY-INJ-XSS']);
    // Every word must occur: both messages say "reaches", only one says "response".
    await box.fill('response reaches');
    await page.getByText('1 finding', { exact: true }).waitFor();
    expect(await rows()).toEqual(['PY-INJ-XSS']);
    await app.shot('44-search');
    await box.fill('no such words here');
    await page.getByText('0 findings', { exact: true }).waitFor();
    // Back returns to the previous search, box and list alike.
    await page.goBack();
    await page.getByText('1 finding', { exact: true }).waitFor();
    expect(await box.inputValue()).toBe('response reaches');
    await box.fill('');
    await page.getByText('3 findings', { exact: true }).waitFor();
  });

  it('shows the code around the finding from the repository, hidden characters visible', async () => {
    const { page } = app;
    await page.getByLabel('Search findings').fill('PY-INJ-SQL');
    await page.getByText('1 finding', { exact: true }).waitFor();
    await page.locator('.grid-row').first().click();
    const context = page.getByTestId('code-context');
    await context.waitFor();
    const flagged = await context.locator('[data-flagged="true"]').allTextContents();
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toContain('14');
    expect(flagged[0]).toContain('db.execute(');
    const all = (await context.locator('.code-line').allTextContents()).join('\n');
    // Lines before (the route, the comment) and after (the next function) are there.
    expect(all).toContain('@app.route("/orders")');
    expect(all).toContain('def load_fixture(name):');
    expect(all).toContain('\\u202e admin only \\u2066');
    expect(all).not.toContain('\u202e');
    await context.scrollIntoViewIfNeeded();
    await app.shot('46-code-context');
  });

  it('assigns the finding and adds a note, both recorded with who and when; the list filters by assignee', async () => {
    const { page } = app;
    const detail = page.getByTestId('finding-detail');
    const assign = page.getByRole('form', { name: 'Assignee' });
    await assign.getByLabel('Assign to').fill('Dana Reyes');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await detail.getByTestId('assignee-current').getByText('Dana Reyes').waitFor();
    await page.getByTestId('triage-notice').filter({ hasText: 'Assigned to Dana Reyes.' }).waitFor();
    const notes = page.getByRole('form', { name: 'Add a note' });
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByRole('alert').filter({ hasText: 'Write the note first.' }).waitFor();
    await notes.getByLabel('New note').fill('Billing owns this query; <b>fix</b> planned for the next sprint.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await detail.getByTestId('notes').getByText('Billing owns this query; <b>fix</b> planned for the next sprint.').waitFor();
    expect(await notes.getByLabel('New note').inputValue()).toBe('');
    await page.locator('.grid-row .assignee').getByText('Dana Reyes').waitFor();
    await page.getByRole('form', { name: 'Notes' }).or(page.getByRole('region', { name: 'Notes' })).first().scrollIntoViewIfNeeded();
    await app.shot('45-assignee-and-note');

    const db = app.services.ctx.db;
    const assigned = db.prepare('SELECT f.rule_id AS rule, e.assignee, e.actor, e.at FROM assignment_events e JOIN findings f ON f.id = e.finding_id').all() as { rule: string; assignee: string; actor: string; at: string }[];
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({ rule: 'PY-INJ-SQL', assignee: 'Dana Reyes' });
    expect(assigned[0]!.actor.length).toBeGreaterThan(0);
    const noted = db.prepare('SELECT body, actor FROM finding_notes').all() as { body: string; actor: string }[];
    expect(noted).toEqual([{ body: 'Billing owns this query; <b>fix</b> planned for the next sprint.', actor: assigned[0]!.actor }]);

    await page.keyboard.press('Escape');
    await page.getByLabel('Search findings').fill('');
    await page.getByText('3 findings', { exact: true }).waitFor();
    await page.getByLabel('Filter by assignee').selectOption('Dana Reyes');
    await page.getByText('1 finding', { exact: true }).waitFor();
    expect(await rows()).toEqual(['PY-INJ-SQL']);
    expect(await hash()).toContain('who=Dana+Reyes');
    await page.getByLabel('Filter by assignee').selectOption({ label: 'Unassigned' });
    await page.getByText('2 findings', { exact: true }).waitFor();
    await page.getByLabel('Filter by assignee').selectOption({ label: 'Anyone' });
    await page.getByText('3 findings', { exact: true }).waitFor();
  });

  it('goes requirement → finding → requirement and back/forward restore each selection', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'ASVS' }).click();
    await page.goto(`${app.origin}/index.html#/asvs?req=V1.2.4`);
    const requirement = page.getByTestId('requirement-detail');
    await requirement.getByRole('heading', { name: /^V1\.2\.4/ }).waitFor();
    await requirement.locator('.linked-findings a').first().click();
    const detail = page.getByTestId('finding-detail');
    await detail.getByRole('heading', { name: 'SQL built from untrusted input' }).waitFor();
    expect(await hash()).toMatch(/^#\/findings\?asvs=V1\.2\.4&sel=\d+$/);
    await app.shot('47-requirement-to-finding');
    await detail.getByTestId('finding-requirements').getByRole('link', { name: 'V1.2.4' }).click();
    await requirement.getByRole('heading', { name: /^V1\.2\.4/ }).waitFor();
    expect(await page.locator('.req.selected .req-id').textContent()).toBe('V1.2.4');
    await app.shot('48-finding-to-requirement');

    await page.goBack();
    await detail.getByRole('heading', { name: 'SQL built from untrusted input' }).waitFor();
    expect(await total()).toBe('1 finding');
    await page.goBack();
    await requirement.getByRole('heading', { name: /^V1\.2\.4/ }).waitFor();
    await page.goForward();
    await detail.getByRole('heading', { name: 'SQL built from untrusted input' }).waitFor();
    // Another requirement, then back: the first is selected again.
    await page.goto(`${app.origin}/index.html#/asvs?req=V1.5.2`);
    await requirement.getByRole('heading', { name: /^V1\.5\.2/ }).waitFor();
    await page.goBack();
    await detail.getByRole('heading', { name: 'SQL built from untrusted input' }).waitFor();
    expect(app.errors).toEqual([]);
  });

  it('leads from the dashboard charts to the filtered lists', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    await page.getByRole('link', { name: 'CWE-502 Unsafe deserialization' }).click();
    await page.getByText('1 finding', { exact: true }).waitFor();
    expect(await rows()).toEqual(['PY-DESER-YAML']);
    expect(await hash()).toBe('#/findings?cwe=502');
    await page.goBack();
    await page.getByTestId('dashboard').waitFor();
    // The severity chart's only bar (high: all three; empty severities draw none).
    await page.locator('section[aria-labelledby="h-open"] .recharts-bar-rectangle').first().click();
    await page.getByText('3 findings', { exact: true }).waitFor();
    expect(await hash()).toBe('#/findings?sev=high');
    await page.goBack();
    await page.getByTestId('dashboard').waitFor();
    // The chapter chart: V1's bar opens the explorer on that chapter.
    await page.locator('section[aria-labelledby="h-chapters"] .recharts-bar-rectangle').first().click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/asvs?chapter='));
    const chapter = (await hash()).split('=')[1]!;
    expect(await page.locator(`details[data-chapter="${chapter}"]`).getAttribute('open')).not.toBeNull();
    await app.shot('49-chart-to-explorer');
    expect(app.errors).toEqual([]);
  });
});
