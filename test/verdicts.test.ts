// Issue 11 end to end: every status is earned and says why, and one history reads the same in every
// view. Real files, the real analyzer, the real command line (in process) and a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { unzipSync, zipSync } from 'fflate';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/command.js';
import { allRules } from '../analyzer/rules/index.js';
import { allRuleScopes } from '../analyzer/rules/scopes.js';
import { REQUIREMENT_STATUS_LABELS, REQUIREMENT_STATUSES } from '../domain/index.js';
import { parseCsv } from './report-csv-reader.js';
import { buildReportModel, renderCsv, renderHtml, renderJson } from '../report/index.js';
import { dashboard } from '../electron/services/dashboard-service.js';
import { asvsTree, requirementDetail } from '../electron/services/asvs-service.js';
import { listFindings, listProjects, liveCoverage, openStore, requireProjectByRoot, scanHistory, type StoreDb } from '../store/index.js';

const APP = `import logging
import os
import sqlite3
import subprocess

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
log = logging.getLogger(__name__)


@app.get("/orders")
def orders():
    name = request.args.get("name", "")
    log.info("orders listed")
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT * FROM orders WHERE name = '" + name + "'").fetchall()  # nosec
    return {"rows": rows}


@app.get("/ping")
def ping():
    host = request.args.get("host", "localhost")
    subprocess.run("ping -c 1 " + host, shell=True)  # nosec B602 -- host is checked by the ingress allow-list
    return {"ok": True}


@app.get("/report")
def report():
    path = request.args.get("file", "")
    with open(os.path.join("/srv/reports", path)) as fh:
        return fh.read()
`;

// Pyramid stays unmodelled (aiohttp, the example before, is modelled now): its views are not seen.
// The name comes from the route's matchdict, which no framework-free source reads (request.params
// is read as request data in any function that takes a request, so it is seen even here).
const PYRAMID = `import sqlite3

from pyramid.config import Configurator
from pyramid.view import view_config


@view_config(route_name="orders", renderer="json")
def orders(request):
    name = request.matchdict["name"]
    db = sqlite3.connect("shop.db")
    rows = db.execute("SELECT * FROM orders WHERE name = '" + name + "'").fetchall()
    return {"rows": rows}


with Configurator() as config:
    config.add_route("orders", "/orders/{name}")
    config.scan()
`;

let work: string;
let shop: string;
let dbFile: string;

async function assay(args: string[], cwd = work): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io: CliIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd, env: { ...process.env, ASSAY_DATA_DIR: join(work, 'data'), HOME: work } };
  const code = await run(args, io);
  return { code, out, err };
}

function withDb<T>(fn: (db: StoreDb) => T): T {
  const db = openStore(dbFile);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const statusOf = (id: string, now?: string) =>
  withDb((db) => {
    const p = requireProjectByRoot(db, shop);
    const scan = scanHistory(db, p.id).at(-1)!.scanId;
    return liveCoverage(db, allRuleScopes, p.id, scan, '5.0.0', 3, now).requirements.find((r) => r.id === id)!;
  });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assay-verdicts-'));
  shop = join(work, 'shop');
  mkdirSync(join(shop, 'app'), { recursive: true });
  writeFileSync(join(shop, 'app', 'main.py'), APP);
  dbFile = join(work, 'history.db');
  const scan = await assay(['scan', 'shop', '--db', dbFile, '-q', '-j', '0', '--level', '2', '--format', 'json', '-o', join(work, 'scan1.json')]);
  expect(scan.code).toBe(0);
  expect(scan.err).toMatch(/^Recorded scan #1: 4 new, 0 fixed, 0 reopened\n$/);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('earned statuses', () => {
  it('# nosec without a reason closes nothing: failing, and the finding is flagged', async () => {
    expect(statusOf('V1.2.4')).toMatchObject({ status: 'failing', reason: '1 open finding of PY-INJ-SQL; 1 suppressed without a reason, which closes nothing' });
    const list = await assay(['findings', 'shop', '--status', 'suppressed', '--db', dbFile]);
    expect(list.out).toMatch(/PY-INJ-SQL .*\[suppressed without a reason: still counts against its requirements\]/);
  });

  it('a suppression with a reason is an accepted exception, never a pass', () => {
    expect(statusOf('V1.2.5')).toMatchObject({ status: 'failing_risk_accepted', reason: '1 finding suppressed in code with a reason (PY-INJ-CMD): an exception, not a pass' });
  });

  it('an accepted risk is failing_risk_accepted until it expires, then failing again', async () => {
    const fp = withDb((db) => listFindings(db, requireProjectByRoot(db, shop).id).rows.find((r) => r.ruleId === 'PY-INJ-PATH')!.fingerprint);
    const t = await assay(['triage', fp, '--status', 'accepted_risk', '--reason', 'reports folder holds public files only', '--expires', '2030-01-01', '--by', 'Dana', '--db', dbFile]);
    expect(t.code).toBe(0);
    expect(statusOf('V5.3.2')).toMatchObject({ status: 'failing_risk_accepted', reason: expect.stringContaining('1 finding accepted as a risk (PY-INJ-PATH)') });
    expect(statusOf('V5.3.2', '2030-06-01T00:00:00.000Z')).toMatchObject({ status: 'failing', reason: '1 open finding of PY-INJ-PATH' });
  });

  it('a pass counts what was examined', () => {
    expect(statusOf('V16.4.1')).toMatchObject({ status: 'passing_automated', reason: 'PY-INJ-LOG ran and found nothing: 3 request handlers in flask; 1 log call examined' });
  });

  it('a rule with nothing to examine earns no pass: no eval, exec or compile anywhere is a suggested N/A', () => {
    expect(statusOf('V1.3.2')).toMatchObject({
      status: 'not_applicable_suggested',
      reason: 'suggested not applicable: no eval/exec code in 1 Python file; no eval/exec calls in 1 Python file (PY-API-EVAL, PY-INJ-CODE had nothing to examine); confirm it to record an N/A attestation',
    });
  });

  it('handlers in an unmodelled framework: the injection the analyzer cannot see leaves V1.2.4 not verified, naming the framework', async () => {
    const api = join(work, 'api');
    mkdirSync(api);
    writeFileSync(join(api, 'server.py'), PYRAMID);
    const r = await assay(['scan', 'api', '--no-db', '-q', '-j', '0', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { coverage: { requirements: Array<{ id: string; status: string; reason: string }> }; scan: { facts: { unmodelled: Record<string, number> } } };
    expect(doc.scan.facts.unmodelled).toEqual({ pyramid: 1 });
    expect(doc.coverage.requirements.find((q) => q.id === 'V1.2.4')).toEqual({
      id: 'V1.2.4',
      status: 'not_verified',
      reason: 'request handlers in pyramid (1 file) are not modelled, so their dataflow is not followed (PY-INJ-SQL, PY-INJ-NOSQL)',
    });
    expect(doc.coverage.requirements.some((q) => q.status === 'passing_automated' && /PY-INJ-/.test(q.reason))).toBe(false);
  });

  it('no LDAP, XPath or XML code: suggested not applicable with the evidence, then confirmed in bulk', async () => {
    for (const id of ['V1.2.6', 'V1.2.7', 'V1.5.1']) expect(statusOf(id)).toMatchObject({ status: 'not_applicable_suggested', reason: expect.stringMatching(/^suggested not applicable: no (LDAP|XPath|XML parsing) code in 1 Python file/) });
    const c = await assay(['attest', '--confirm-suggested', '--project', 'shop', '--by', 'Dana', '--db', dbFile]);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/Recorded: V1\.2\.6 \(ASVS 5\.0\.0\) not_applicable by Dana/);
    for (const id of ['V1.2.6', 'V1.2.7', 'V1.5.1']) expect(statusOf(id)).toMatchObject({ status: 'not_applicable', reason: expect.stringMatching(/attested as not applicable by Dana: Confirmed suggestion of scan #1: suggested not applicable: no/) });
  });
});

describe('attestations', () => {
  it('refuses an unknown requirement id with exit 2 and the nearest ids', async () => {
    const r = await assay(['attest', 'V99.1.1', '--status', 'pass', '--evidence', 'x', '--project', 'shop', '--db', dbFile]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ASVS 5\.0\.0 has no requirement V99\.1\.1\. Nearest: V\d/);
  });

  it('refuses to attest outside a scanned project, says how to name one, and creates none', async () => {
    const fresh = join(work, 'fresh.db');
    const r = await assay(['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'x', '--db', fresh], work);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not a scanned project in this database.*--project PATH\|NAME/);
    const db = openStore(fresh);
    expect(listProjects(db)).toEqual([]);
    db.close();
  });

  it('refuses a pass over open findings unless overridden; the override is a conflict shown everywhere', async () => {
    const refused = await assay(['attest', 'V1.2.1', '--status', 'pass', '--evidence', 'templates escape', '--project', 'shop', '--db', dbFile]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/V1\.2\.1 has 1 open finding \(PY-INJ-XSS\).*--override/);
    const ok = await assay(['attest', 'V1.2.1', '--status', 'pass', '--evidence', 'templates escape', '--override', 'response is text/plain behind the gateway', '--project', 'shop', '--by', 'Dana', '--db', dbFile]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/over 1 open finding \(conflict recorded\)/);
    expect(statusOf('V1.2.1')).toMatchObject({ status: 'passing_attested', conflict: { override: 'response is text/plain behind the gateway', openFindings: 1, by: 'Dana' } });
  });

  it('stores evidence files by SHA-256, puts them in the pack with their hashes, and verify rejects a tampered one', async () => {
    const proof = join(work, 'mfa-policy.txt');
    writeFileSync(proof, 'MFA is enforced by the identity provider for every account.\n');
    const a = await assay(['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'IdP policy reviewed', '--file', proof, '--project', 'shop', '--db', dbFile]);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/1 evidence file/);
    const pack = join(work, 'pack.zip');
    const r = await assay(['report', 'shop', '--format', 'pack', '--include', 'html,json,csv,sarif', '-o', pack, '--db', dbFile]);
    expect(r.code).toBe(0);
    const entries = unzipSync(readFileSync(pack));
    const evidence = Object.keys(entries).filter((n) => n.startsWith('evidence/'));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatch(/^evidence\/[0-9a-f]{64}\/mfa-policy\.txt$/);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']!)) as { files: Array<{ path: string; format: string; sha256: string }> };
    expect(manifest.files.find((f) => f.path === evidence[0])).toMatchObject({ format: 'evidence', sha256: evidence[0]!.split('/')[1] });
    expect((await assay(['verify', pack])).code).toBe(0);
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, zipSync({ ...entries, [evidence[0]!]: new TextEncoder().encode('MFA is optional.\n') }));
    const v = await assay(['verify', tampered]);
    expect(v.code).not.toBe(0);
    expect(v.out + v.err).toContain('mfa-policy.txt has changed');
  });
});

describe('one answer in every view', () => {
  it('scan summary, history, findings, dashboard, explorer, every report format and scan JSON/SARIF agree number by number', async () => {
    // A rescan of the same code after the decisions above: the JSON is written before the scan is recorded.
    const rescan = await assay(['scan', 'shop', '--db', dbFile, '-j', '0', '--format', 'json', '-o', join(work, 'scan2.json')]);
    expect(rescan.code).toBe(0);
    expect(rescan.err).toMatch(/Recorded scan #2: 0 new, 0 fixed, 0 reopened\n/);
    const openLine = /(\d+) open after triage and suppressions/.exec(rescan.err);
    const sarifRun = await assay(['scan', 'shop', '--db', dbFile, '-q', '-j', '0', '--format', 'sarif']);
    const history = await assay(['history', 'shop', '--db', dbFile, '--json']);
    const findings = await assay(['findings', 'shop', '--db', dbFile, '--json']);
    const json = JSON.parse(readFileSync(join(work, 'scan2.json'), 'utf8')) as { coverage: { total: { counts: Record<string, number> }; requirements: Array<{ id: string; status: string; reason: string }> } };
    const historyRows = JSON.parse(history.out) as Array<{ scanId: number; totals: { open: number } }>;
    const findingRows = (JSON.parse(findings.out) as { rows: unknown[] }).rows;
    // The PDF as the command line prints it (the local Chromium), read back as text.
    const pdfFile = join(work, 'report.pdf');
    const pdfRun = await assay(['report', 'shop', '--format', 'pdf', '-o', pdfFile, '--db', dbFile]);
    expect(pdfRun.code).toBe(0);
    const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const sarif = JSON.parse(sarifRun.out) as { runs: Array<{ properties: { asvsCoverage: { total: { counts: Record<string, number> } } } }> };

    withDb((db) => {
      const p = requireProjectByRoot(db, shop);
      const scanId = historyRows.at(-1)!.scanId;
      const live = liveCoverage(db, allRuleScopes, p.id, scanId, '5.0.0', 2);
      const model = buildReportModel(db, { projectId: p.id, rules: allRules });
      const dash = dashboard(db, p.id, '5.0.0', 2);
      const tree = asvsTree(db, p.id, '5.0.0', 2);
      const open = historyRows.at(-1)!.totals.open;

      // Open counts: the scan's recorded line, history, findings, dashboard and the report.
      expect(Number(openLine?.[1])).toBe(open);
      expect(findingRows).toHaveLength(open);
      expect(Object.values(dash.openBySeverity).reduce((a, b) => a + b, 0)).toBe(open);
      expect(model.findings.filter((f) => f.standing === 'open' && f.kind === 'vulnerability')).toHaveLength(open);

      // Statuses: live coverage = dashboard = explorer = report model = HTML/CSV/JSON reports = scan JSON.
      for (const s of REQUIREMENT_STATUSES) {
        expect(dash.compliance.counts[s], s).toBe(live.total.counts[s]);
        expect(tree.counts[s], s).toBe(live.total.counts[s]);
        expect(model.compliance.total.counts[s], s).toBe(live.total.counts[s]);
        expect(json.coverage.total.counts[s], s).toBe(live.total.counts[s]);
        expect(sarif.runs[0]!.properties.asvsCoverage.total.counts[s], s).toBe(live.total.counts[s]);
      }
      expect(live.total.counts.failing_risk_accepted).toBe(2);
      expect(live.total.counts.not_applicable).toBeGreaterThanOrEqual(3);
      expect(live.total.counts.passing_attested).toBe(2);
      const byId = new Map(live.requirements.filter((r) => r.inScope).map((r) => [r.id, r]));
      for (const q of json.coverage.requirements) expect([q.id, q.status, q.reason]).toEqual([q.id, byId.get(q.id)!.status, byId.get(q.id)!.reason]);
      for (const q of model.requirements) expect([q.id, q.status, q.reason]).toEqual([q.id, byId.get(q.id)!.status, byId.get(q.id)!.reason]);
      const detail = requirementDetail(db, p.id, '5.0.0', 'V1.2.4', () => null);
      expect([detail.status, detail.statusReason]).toEqual([byId.get('V1.2.4')!.status, byId.get('V1.2.4')!.reason]);

      const htmlText = renderHtml(model);
      const escape = (t: string) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
      const withReason = model.requirements.filter((q) => q.reason);
      expect(withReason.length).toBeGreaterThan(20);
      for (const q of withReason) expect(htmlText, q.id).toContain(escape(q.reason));
      expect(htmlText).toContain('response is text/plain behind the gateway');
      expect(htmlText).toContain('Suppressed without a reason');
      const jsonReport = JSON.parse(renderJson(model)) as { compliance: { total: { counts: Record<string, number> } } };
      expect(jsonReport.compliance.total.counts).toEqual(live.total.counts);
      expect(renderCsv(model).trim().split('\n').length - 1).toBe(model.findings.length);

      // CSV, row by row, against the JSON report: the same findings, in the same states.
      const jsonFindings = (JSON.parse(renderJson(model)) as { findings: Array<{ id: number; fingerprint: string; ruleId: string; lifecycle: string; disposition: string; triage: string | null }> }).findings;
      const [head, ...rows] = parseCsv(renderCsv(model));
      const col = (name: string) => head!.indexOf(name);
      expect(rows.map((r) => [r[col('finding_id')], r[col('fingerprint')], r[col('rule_id')], r[col('lifecycle')], r[col('disposition')], r[col('triage')]])).toEqual(
        jsonFindings.map((f) => [String(f.id), f.fingerprint, f.ruleId, f.lifecycle, f.disposition, f.triage ?? '']),
      );
      expect(rows.some((r) => r[col('triage')])).toBe(true);

      // The PDF's summary gives every status the same count as live coverage.
      for (const s of REQUIREMENT_STATUSES) {
        const label = REQUIREMENT_STATUS_LABELS[s].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(pdfText, s).toMatch(new RegExp(`${label}\\s+${live.total.counts[s]}\\s`));
      }
    });
  }, 180_000);
});
