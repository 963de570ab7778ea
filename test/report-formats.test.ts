// Reports of the real demo project, from a real database, in every text format: what each says,
// and the HTML opened in Chromium (no request leaves the file, pages kept as screenshots).
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { buildReportModel, CSV_COLUMNS, renderCsv, renderHtml, renderJson, renderSarifLog, REPORT_CSP, type ReportModel } from '../report/index.js';
import { sarifErrors } from './helpers/sarif-validator.js';
import { parseCsv } from './report-csv-reader.js';
import { asvsCoverageProvider, recordScan, scanInputFromResult } from '../store/index.js';
import { ARTIFACTS, demoDb, launchChromium, recordInNewDb, type ReportDb } from './report-helpers.js';

let r: ReportDb;
let model: ReportModel;

beforeAll(async () => {
  r = await demoDb();
  model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, reviewer: 'Dana Reviewer', now: '2026-06-01T00:00:00.000Z' });
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => r?.close());

describe('report model of the demo project', () => {
  it('holds every finding the scan recorded, with decisions, and the planted failures', () => {
    expect(model.findings).toHaveLength(r.result.findings.length);
    expect(new Set(model.findings.map((f) => f.fingerprint))).toEqual(new Set(r.result.findings.map((f) => f.fingerprint)));
    const fp = model.findings.find((f) => f.disposition === 'false_positive')!;
    expect(fp.triageHistory.at(-1)).toMatchObject({ actor: 'Dana Reviewer', reason: expect.stringContaining('constant') });
    expect(model.findings.find((f) => f.disposition === 'accepted_risk')?.triageExpiresAt).toMatch(/^2099-12-31/);
    const sqli = model.findings.find((f) => f.ruleId === 'PY-INJ-SQL' && f.path === 'catalog/views.py')!;
    expect(sqli.trace.map((s) => s.kind)).toContain('source');
    expect(model.requirements.find((q) => q.id === sqli.asvs[0])?.status).toBe('failing');
  });

  it('takes statuses from the coverage model: attested, not applicable, and not verified kept apart', () => {
    const byId = new Map(model.requirements.map((q) => [q.id, q]));
    expect(byId.get('V6.1.1')).toMatchObject({ status: 'passing_attested', attestation: { actor: 'Dana Reviewer', links: ['https://wiki.example.com/SEC-12'] } });
    expect(byId.get('V2.1.1')?.status).toBe('not_applicable');
    const t = model.compliance.total;
    expect(t.total).toBe(model.requirements.length);
    expect(t.counts['not_verified']).toBe(model.requirements.filter((q) => q.status === 'not_verified').length);
    expect(t.compliance).toBeCloseTo((t.counts['passing_automated'] + t.counts['passing_attested'] + t.counts['not_applicable']) / t.total);
    for (const q of model.requirements.filter((x) => x.status === 'failing' && x.attestation === null)) expect(q.findingIds.length).toBeGreaterThan(0);
  });

  it('honours another ASVS version and level', () => {
    const v4 = buildReportModel(r.db, { projectId: r.projectId, rules: allRules, asvsVersion: '4.0.3', level: 1 });
    expect(v4.asvs).toEqual({ version: '4.0.3', level: 1 });
    expect(v4.requirements.every((q) => q.level === 1)).toBe(true);
    expect(v4.findings.find((f) => f.ruleId === 'PY-INJ-SQL')?.asvs).toContain('V5.3.4');
  });
});

describe('report of an earlier scan', () => {
  it('shows what that scan saw, while the default is the latest scan', () => {
    const h = recordInNewDb(r.result);
    try {
      const [gone, ...rest] = r.result.findings;
      const shifted = rest.map((f) => ({ ...f, range: { start: { ...f.range.start, line: f.range.start.line + 20 }, end: { ...f.range.end, line: f.range.end.line + 20 } } }));
      const { scanId: second } = recordScan(h.db, h.projectId, scanInputFromResult({ ...r.result, findings: shifted, startedAt: '2099-01-01T00:00:00.000Z' }), { coverage: asvsCoverageProvider(allRuleScopes) });
      const latest = buildReportModel(h.db, { projectId: h.projectId, rules: allRules });
      const first = buildReportModel(h.db, { projectId: h.projectId, scanId: h.scanId, rules: allRules });
      expect(latest.scan.id).toBe(second);
      expect(latest.findings.map((f) => f.fingerprint)).not.toContain(gone!.fingerprint);
      expect(first.findings.map((f) => f.fingerprint)).toContain(gone!.fingerprint);
      const kept = rest[0]!;
      expect(first.findings.find((f) => f.fingerprint === kept.fingerprint)?.range.start.line).toBe(kept.range.start.line);
      expect(latest.findings.find((f) => f.fingerprint === kept.fingerprint)).toMatchObject({ lifecycle: 'persisting', range: { start: { line: kept.range.start.line + 20 } } });
    } finally {
      h.close();
    }
  });
});

describe('HTML', () => {
  it('is one self-contained page: no script, no external reference, a CSP that forbids both', () => {
    const html = renderHtml(model);
    writeFileSync(join(ARTIFACTS, 'demo-report.html'), html);
    expect(html).not.toMatch(/<script|<link|<iframe|src="http|@import|url\(/i);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    for (const id of ['cover', 'contents', 'summary', 'requirements', 'findings', 'decisions', 'coverage', 'method']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<svg');
    expect(html).toContain('<strong>Not verified.</strong>');
  });

  it('with a detail limit (the PDF), shows the worst findings in full and the rest by rule, saying so', () => {
    const html = renderHtml(model, { findingDetailLimit: 3 });
    expect(html.match(/<article class="finding"/g)).toHaveLength(3);
    expect(html).toContain(`the 3 most severe are shown in full`);
    // Hotspots are listed in their own section, never among the findings.
    const rest = model.findings.filter((f) => f.kind !== 'hotspot').slice(3);
    expect(html).toContain(`The remaining ${rest.length} findings, by rule`);
    const counts = [...html.matchAll(/<td>(\d+) \((\d+) open\)<\/td>/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(rest.length);
    expect(counts).toHaveLength(new Set(rest.map((f) => f.ruleId)).size);
  });

  it('opens in Chromium without a single request, and shows the sections as pages', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      const file = join(ARTIFACTS, 'demo-report.html');
      await page.goto(pathToFileURL(file).href);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(REPORT_CSP);
      expect(await page.locator('section.cover h1').textContent()).toBe(model.project.name);
      const chartBars = await page.locator('#summary svg rect').count();
      expect(chartBars).toBeGreaterThan(model.compliance.chapters.length);
      expect(await page.locator('article.finding').count()).toBe(model.findings.filter((f) => f.kind !== 'hotspot').length);
      expect(await page.locator('#hotspots tbody tr').count()).toBe(model.findings.filter((f) => f.kind === 'hotspot').length);
      expect(await page.locator('#requirements tr[id^="req-"]').count()).toBe(model.requirements.length);
      for (const id of ['cover', 'summary', 'requirements', 'findings', 'decisions', 'coverage', 'method']) {
        await page.evaluate((x) => document.getElementById(x)!.scrollIntoView(), id);
        await page.screenshot({ path: join(ARTIFACTS, `html-${id}.png`) });
      }
    } finally {
      await browser.close();
    }
  });
});

describe('CSV', () => {
  it('has one row per finding under the stable header', () => {
    const rows = parseCsv(renderCsv(model));
    writeFileSync(join(ARTIFACTS, 'demo-findings.csv'), renderCsv(model));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(model.findings.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const fp = rows.find((row) => row[col('disposition')] === 'false_positive')!;
    expect(fp[col('triage_by')]).toBe('Dana Reviewer');
    const assigned = rows.slice(1).filter((row) => row[col('assignee')] !== '');
    expect(assigned.map((row) => row[col('assignee')])).toEqual(['Sam Okafor']);
    expect(renderHtml(model)).toContain(' · assigned to Sam Okafor</p>');
  });
});

describe('JSON', () => {
  it('is the model under the format marker', () => {
    const doc = JSON.parse(renderJson(model)) as ReportModel & { format: string };
    expect(doc.format).toBe('assay-report');
    expect(doc.findings).toHaveLength(model.findings.length);
    expect(doc.requirements).toEqual(model.requirements);
    expect(renderJson(model)).not.toMatch(/[<>]/);
  });
});

describe('SARIF', () => {
  it('validates against the SARIF 2.1.0 schema, with ASVS and CWE taxonomies and triage suppressions', () => {
    const log = renderSarifLog(model);
    writeFileSync(join(ARTIFACTS, 'demo-report.sarif'), JSON.stringify(log, null, 2));
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.taxonomies?.map((t) => t.name)).toEqual(['OWASP ASVS', 'CWE']);
    expect(run.taxonomies![0]!.taxa).toHaveLength(345);
    expect(run.results).toHaveLength(model.findings.length);
    const sqli = run.results.find((x) => x.ruleId === 'PY-INJ-SQL')!;
    expect(sqli.taxa?.some((t) => t.toolComponent?.name === 'CWE' && t.id === '89')).toBe(true);
    expect(sqli.taxa?.some((t) => t.toolComponent?.name === 'OWASP ASVS')).toBe(true);
    expect(sqli.codeFlows?.[0]?.threadFlows[0]?.locations.length).toBeGreaterThan(1);
    const fpId = model.findings.find((f) => f.disposition === 'false_positive')!.id;
    const fp = run.results.find((x) => x.properties?.findingId === fpId)!;
    expect(fp.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted', justification: expect.stringContaining('False positive') })]);
    // Every taxon reference resolves to the taxon it names.
    for (const res of run.results) for (const t of res.taxa ?? []) expect(run.taxonomies![t.toolComponent!.index!]!.taxa![t.index!]!.id).toBe(t.id);
    const rule = run.tool.driver.rules!.find((d) => d.id === 'PY-INJ-SQL')!;
    expect(rule.relationships?.length).toBeGreaterThan(0);
  });
});
