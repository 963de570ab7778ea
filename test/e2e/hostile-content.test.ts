/// <reference lib="dom" />
// A repository is untrusted input. This one carries HTML and script payloads in its folder name,
// file names, code and comments; scanned and shown in every view, all of it must read as text and
// none of it may run. The page's hooks record any script that runs (window.__pwned) and any CSP
// violation (markup that got as far as the DOM).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium.js';
import { openApp, pageHooks, type Harness } from './harness/app-harness.js';

const DIR_NAME = `<img src=x onerror=__pwned('dirname')>shop`;
const FILE_NAME = `<svg onload=__pwned('filename')>.py`;
const COMMENT = `<script>__pwned('comment')</script>`;

let browser: Browser;
let app: Harness;
let parent: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'assay-hostile-'));
  const repo = join(parent, DIR_NAME);
  mkdirSync(repo);
  writeFileSync(
    join(repo, 'app.py'),
    [
      'import sqlite3',
      'from flask import Flask, request',
      '',
      'app = Flask(__name__)',
      '',
      '',
      '@app.route("/search")',
      'def search():',
      `    q = request.args.get("q")  # ${COMMENT}`,
      '    conn = sqlite3.connect("shop.db")',
      `    return str(conn.execute("SELECT name FROM items WHERE name = '" + q + "' -- <img src=x onerror=__pwned('sql')>").fetchall())`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(repo, FILE_NAME), [`import yaml`, '', `def load(path):`, `    return yaml.load(open(path))  # <b onmouseover=__pwned('yaml')>${COMMENT}</b>`, ''].join('\n'));
  browser = await launchChromium();
  app = await openApp(browser, { pickFolder: () => repo });
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('hostile repository content', () => {
  it('is scanned and shown as text, and nothing from it runs', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add repository…' }).click();
    await page.getByRole('heading', { name: DIR_NAME, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Scan', exact: true }).click();
    await page.getByText(/Scan finished: \d+ findings recorded/).waitFor({ timeout: 150_000 });
    await app.shot('20-hostile-projects');

    await page.getByRole('link', { name: 'Findings' }).click();
    await page.waitForFunction(() => /^\d+ findings$/.test(document.querySelector('[data-testid="findings-total"]')?.textContent ?? ''));
    const paths = await page.locator('.grid-row .col-path').allTextContents();
    expect(paths.some((p) => p.startsWith(FILE_NAME))).toBe(true);
    expect(paths.some((p) => p.startsWith('app.py'))).toBe(true);

    // Open every finding: the detail pane shows snippets, trace steps and messages.
    const rows = await page.locator('.grid-row').count();
    let sawComment = false;
    for (let i = 0; i < rows; i++) {
      await page.locator('.grid-row').nth(i).click();
      const detail = page.getByTestId('finding-detail');
      await detail.waitFor();
      await page.waitForFunction((n) => document.querySelector('[role="row"][aria-selected="true"]')?.getAttribute('aria-rowindex') === String(n), i + 1);
      const text = (await detail.textContent()) ?? '';
      if (text.includes(COMMENT)) sawComment = true;
      if (i === 0) await app.shot('21-hostile-finding-detail');
    }
    expect(sawComment).toBe(true);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByTestId('dashboard').waitFor();
    await page.getByRole('heading', { name: `Dashboard — ${DIR_NAME}` }).waitFor();

    // Nothing became markup: no element any payload would have created, no script ran, and the
    // CSP never had to block anything.
    expect(await page.locator('img[src="x"], svg[onload], b[onmouseover], script:not([src])').count()).toBe(0);
    const hooks = await pageHooks(page);
    expect(hooks.executed).toEqual([]);
    expect(hooks.cspViolations).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 240_000);

  it('would notice markup that reached the page (the hooks are live)', async () => {
    const { page } = app;
    // Control: put one payload into the DOM as HTML, the way an unsafe renderer would. The CSP
    // blocks its inline handler and the hook records the violation, so the assertions above
    // would fail if the app ever rendered repository content as HTML.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = `<img src="data:," onerror="__pwned('control')">`;
      document.body.append(div);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    const hooks = await pageHooks(page);
    expect(hooks.cspViolations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(hooks.executed).toEqual([]);
  });
});
