// The PDF of the demo project printed by the local Chromium: page numbers in the footer, a running
// header, a contents page whose numbers point at the right pages, findings printed at full size (never
// shrunk to fit a too-wide table); pages kept as PNG artifacts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { buildReportModel, pdfPrintOptions, renderHtml, renderPdf, type ReportModel } from '../report/index.js';
import { chromiumPdfRenderer } from '../report/chromium/chromium-pdf.js';
import { findChromium } from '../report/chromium/find-chromium.js';
import { namedDestinationPages } from '../report/pdf-destinations.js';
import { ARTIFACTS, demoDb, type ReportDb } from './report-helpers.js';
import { bodyTextSizes } from './pdf-text-size.js';

const POPPLER = spawnSync('pdftoppm', ['-v']).error === undefined;
let r: ReportDb;
let model: ReportModel;
let pdf: Uint8Array;
const file = join(ARTIFACTS, 'demo-report.pdf');
/** Word-box height below which the findings' body text is printed smaller than set (11.5 px, 8.6 pt type: boxes of 10.04 pt); about 5 % of shrink. */
const MIN_BODY_BOX_PT = 9.5;
const MAJOR_SECTIONS = ['summary', 'requirements', 'findings', 'hotspots', 'dependencies', 'decisions', 'coverage', 'method', 'endpoints'];

beforeAll(async () => {
  r = await demoDb();
  model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: 'Dana Reviewer' });
  pdf = await renderPdf(model, chromiumPdfRenderer(findChromium()));
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(file, pdf);
}, 600_000);
afterAll(() => r?.close());

function pageText(page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

describe('PDF', () => {
  it('is a PDF with links to every section', () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const dests = namedDestinationPages(pdf);
    for (const id of ['summary', 'requirements', 'findings', 'decisions', 'coverage', 'method']) expect(dests.get(id)).toBeGreaterThan(1);
  });

  it.skipIf(!POPPLER)('numbers pages, repeats the header, and its contents page gives the right page numbers', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(10);
    expect(pageText(3)).toMatch(new RegExp(`Page 3 of ${pages}`));
    expect(pageText(3)).toContain('ASVS 5.0.0 Level 2');
    const dests = namedDestinationPages(pdf);
    const toc = pageText(2);
    expect(toc).toContain('Contents');
    for (const [id, title] of [['summary', 'Executive summary'], ['method', 'Method and limits'], ['coverage', 'Scan coverage']] as const) {
      expect(toc).toMatch(new RegExp(`${title}\\s*\\.*\\s*${dests.get(id)}\\b`));
      expect(pageText(dests.get(id)!)).toContain(title);
    }
  });

  it.skipIf(!POPPLER)('never breaks a header or a file name mid-word', () => {
    const dests = namedDestinationPages(pdf);
    const text = execFileSync('pdftotext', ['-f', String(dests.get('requirements')), '-l', String(dests.get('coverage')), file, '-'], { encoding: 'utf8' });
    // Each chapter's table has a "Requirement" header cell; a cell too narrow for it split it into "Requireme" / "nt".
    expect(text).not.toMatch(/Requi[a-z]*\n[a-z]+\b/);
    expect(text.match(/^Requirement\b/gm)?.length ?? 0).toBeGreaterThanOrEqual(10);
    // A path wraps only after a separator: no line ends inside a name and goes on with its rest.
    const paths = new Set(r.db.prepare('SELECT DISTINCT path FROM findings').all().map((x) => (x as { path: string }).path));
    for (const path of paths)
      for (let i = 1; i < path.length; i++) {
        if (/[/._]/.test(path[i - 1]!)) continue;
        expect(text, `${path} split after ${path.slice(0, i)}`).not.toContain(`${path.slice(0, i)}\n${path.slice(i)}`);
      }
  });

  it.skipIf(!POPPLER)('prints the findings at full size: no page shrunk to fit a table too wide for the paper', async () => {
    const marginPt = pdfPrintOptions(model).marginIn.top * 72;
    const findingPages = (bytes: Uint8Array): [number, number] => {
      const dests = namedDestinationPages(bytes);
      const start = dests.get('findings')!;
      // The next major section starts the page after the findings' last.
      const next = Math.min(...MAJOR_SECTIONS.map((id) => dests.get(id) ?? Infinity).filter((p) => p > start));
      return [start, Number.isFinite(next) ? next - 1 : start];
    };
    const [first, last] = findingPages(pdf);
    expect(last - first).toBeGreaterThanOrEqual(5);
    // Chromium's shrink-to-fit scales every page alike: the median word box of a page full of findings tells.
    for (const p of bodyTextSizes(file, first, last, marginPt).filter((x) => x.words >= 40)) expect(p.median, `page ${p.page}: body text boxes ${p.median.toFixed(2)} pt high`).toBeGreaterThanOrEqual(MIN_BODY_BOX_PT);

    // The measure sees a shrink: the same report with one unbreakable cell wider than the paper.
    const wide = renderHtml(model).replace('</body>', `<table><tr><td style="white-space:nowrap">${'wide-cell '.repeat(90)}</td></tr></table></body>`);
    const shrunk = join(ARTIFACTS, 'demo-report-shrunk-control.pdf');
    const bytes = await chromiumPdfRenderer(findChromium())(wide, pdfPrintOptions(model));
    writeFileSync(shrunk, bytes);
    const [f2, l2] = findingPages(bytes);
    const control = bodyTextSizes(shrunk, f2, l2, marginPt).filter((x) => x.words >= 40);
    expect(control.length).toBeGreaterThan(0);
    for (const p of control) expect(p.median, `control page ${p.page}`).toBeLessThan(MIN_BODY_BOX_PT);
  }, 300_000);

  it.skipIf(!POPPLER)('turns into PNG pages (kept as test artifacts)', () => {
    const prefix = join(ARTIFACTS, 'pdf-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '6', file, prefix]);
    const pngs = readdirSync(ARTIFACTS).filter((f) => f.startsWith('pdf-page') && f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(6);
    expect(existsSync(join(ARTIFACTS, pngs[0]!))).toBe(true);
  });
});
