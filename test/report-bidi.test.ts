// "Trojan Source" in a scanned repository: bidirectional overrides and isolates, and control
// characters, in a file name, a snippet and a message are shown as visible escapes in the HTML (the
// PDF is printed from it), the CSV and the terminal, never passed through to reorder what is read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../analyzer/rules/index.js';
import { scanProject } from '../analyzer/scan.js';
import { buildReportModel, renderCsv, renderHtml, type ReportModel } from '../report/index.js';
import { safeLine } from '../cli/terminal-text.js';
import { recordInNewDb, type ReportDb } from './report-helpers.js';

const RLO = '\u202e';
const LRI = '\u2066';
const PDI = '\u2069';
let root: string;
let r: ReportDb;
let model: ReportModel;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'assay-bidi-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', `admin${RLO}yp.py`), `import yaml\n\ndef load(p):\n    return yaml.load(open(p))  # ${LRI}safe${PDI} \u0007\n`);
  r = recordInNewDb(await scanProject(root, { workers: 0 }));
  model = buildReportModel(r.db, { projectId: r.projectId, rules: allRules });
}, 120_000);
afterAll(() => {
  r?.close();
  rmSync(root, { recursive: true, force: true });
});

// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u0007]/;

describe('bidi and control characters', () => {
  it('reach the model (so the checks below are not vacuous)', () => {
    expect(model.findings.some((f) => f.path.includes(RLO) && f.snippet.includes(LRI))).toBe(true);
  });

  it('HTML (and so the PDF): escaped, none left raw', () => {
    const html = renderHtml(model);
    // Paths carry <wbr> line-break opportunities after separators; the text is what is read.
    expect(html.replace(/<wbr>/g, '')).toContain('admin\\u202eyp.py');
    expect(html).toContain('\\u2066safe\\u2069');
    expect(html).not.toMatch(HIDDEN);
  });

  it('CSV: escaped, none left raw', () => {
    const csv = renderCsv(model);
    expect(csv).toContain('admin\\u202eyp.py');
    expect(csv).not.toMatch(HIDDEN);
  });

  it('terminal: the same escapes', () => {
    expect(safeLine(`app/admin${RLO}yp.py`)).toBe('app/admin\\u202eyp.py');
  });
});
