// Issue 11, the upload case: a project with no upload code gets its upload requirements as a
// suggested N/A with the evidence, and the same words in every view (scan JSON, the JSON and HTML
// reports, the app's explorer and requirement pane); a project that stores uploads carelessly fails
// or waits for review; one that does it right passes only where a rule really checks it. Real
// files, the real analyzer, the real command line (in process) and real databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/command.js';
import { allRules } from '../analyzer/rules/index.js';
import { buildReportModel, renderHtml, renderJson } from '../report/index.js';
import { asvsTree, requirementDetail } from '../electron/services/asvs-service.js';
import { openStore, requireProjectByRoot } from '../store/index.js';
import type { AsvsVersion } from '../domain/index.js';

const NO_UPLOADS = `import os

from flask import Flask, render_template, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


@app.get("/")
def index():
    return render_template("index.html", q=request.args.get("q", ""))
`;

const CARELESS = `import os

from flask import Flask, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
UPLOAD_DIR = "/srv/uploads"


@app.post("/documents")
def upload_document():
    doc = request.files["document"]
    if doc.mimetype != "application/pdf":
        return {"error": "pdf only"}, 400
    doc.save(os.path.join(UPLOAD_DIR, doc.filename))
    return {"stored": True}
`;

const CAREFUL = `import os
import uuid

from flask import Flask, abort, request

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["MAX_CONTENT_LENGTH"] = 8 * 1024 * 1024
UPLOAD_DIR = "/srv/private/uploads"
ALLOWED_EXTENSIONS = {".pdf"}


@app.post("/documents")
def upload_document():
    doc = request.files["document"]
    ext = os.path.splitext(doc.filename)[1].lower()
    if ext not in ALLOWED_EXTENSIONS or doc.stream.read(5) != b"%PDF-":
        abort(400)
    doc.stream.seek(0)
    doc.save(os.path.join(UPLOAD_DIR, uuid.uuid4().hex + ext))
    return {"stored": True}
`;

/** The upload requirements, per version and level (cumulative): the ones with no upload code are N/A. */
const UPLOAD_REQUIREMENTS: Record<AsvsVersion, string[]> = {
  '5.0.0': ['V5.1.1', 'V5.2.1', 'V5.2.2', 'V5.2.3', 'V5.2.4', 'V5.2.5', 'V5.2.6'],
  '4.0.3': ['V12.1.1', 'V12.1.2', 'V12.1.3', 'V12.2.1', 'V12.5.2'],
};

interface ScanDoc {
  scan: { facts: { apis: Record<string, number> } };
  findings: Array<{ ruleId: string; kind: string; range: { start: { line: number } } }>;
  coverage: { requirements: Array<{ id: string; status: string; reason: string }> };
}

let work: string;

async function assay(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io: CliIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: work, env: { ...process.env, ASSAY_DATA_DIR: join(work, 'data'), HOME: work } };
  const code = await run(args, io);
  return { code, out, err };
}

function project(name: string, source: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'app'), { recursive: true });
  writeFileSync(join(root, 'app', 'main.py'), source);
  return root;
}

/** Scans a project into its own database, with the scan JSON written beside it. */
async function scan(name: string, version: AsvsVersion = '5.0.0'): Promise<ScanDoc> {
  const out = join(work, `${name}-${version}.json`);
  const r = await assay(['scan', name, '--db', join(work, `${name}.db`), '-q', '-j', '0', '--level', '3', '--asvs-version', version, '--format', 'json', '-o', out]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as ScanDoc;
}

const statusOf = (doc: ScanDoc, id: string) => doc.coverage.requirements.find((q) => q.id === id)!;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-verdicts-upload-'));
  project('plain', NO_UPLOADS);
  project('careless', CARELESS);
  project('careful', CAREFUL);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('no upload code', () => {
  it('leaves every upload requirement a suggested N/A with the evidence, in both versions', async () => {
    for (const version of ['5.0.0', '4.0.3'] as const) {
      const doc = await scan('plain', version);
      expect(doc.scan.facts.apis.upload ?? 0).toBe(0);
      for (const id of UPLOAD_REQUIREMENTS[version]) {
        const q = statusOf(doc, id);
        expect(q.status, `${version} ${id}`).toBe('not_applicable_suggested');
        // Archives can come from elsewhere than uploads: those requirements name both families.
        expect(q.reason, `${version} ${id}`).toMatch(/^suggested not applicable: no file-upload (or archive )?code in 1 Python file[ ;(]/);
      }
    }
  });

  it('says the same in the reports and the app as in the scan JSON', async () => {
    const doc = await scan('plain');
    const db = openStore(join(work, 'plain.db'));
    try {
      const p = requireProjectByRoot(db, join(work, 'plain'));
      const model = buildReportModel(db, { projectId: p.id, rules: allRules, level: 3 });
      const html = renderHtml(model);
      const jsonReport = JSON.parse(renderJson(model)) as { requirements: Array<{ id: string; status: string; reason: string }> };
      const rows = new Map(asvsTree(db, p.id, '5.0.0', 3).chapters.flatMap((c) => c.sections.flatMap((s) => s.requirements)).map((r) => [r.id, r.status]));
      const escape = (t: string) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
      for (const id of UPLOAD_REQUIREMENTS['5.0.0']) {
        const want = statusOf(doc, id);
        expect(model.requirements.find((q) => q.id === id), id).toMatchObject({ status: want.status, reason: want.reason });
        expect(jsonReport.requirements.find((q) => q.id === id), id).toMatchObject({ status: want.status, reason: want.reason });
        expect(html, id).toContain(escape(want.reason));
        expect(rows.get(id), id).toBe('not_applicable_suggested');
        const pane = requirementDetail(db, p.id, '5.0.0', id, () => null);
        expect([pane.status, pane.statusReason], id).toEqual([want.status, want.reason]);
      }
    } finally {
      db.close();
    }
  });

  it('is confirmed in bulk into attested N/As that keep the evidence', async () => {
    const c = await assay(['attest', '--confirm-suggested', '--project', 'plain', '--by', 'Dana', '--db', join(work, 'plain.db')]);
    expect(c.code, c.err).toBe(0);
    expect(c.out).toMatch(/Recorded: V5\.2\.1 \(ASVS 5\.0\.0\) not_applicable by Dana/);
    const again = await scan('plain');
    expect(statusOf(again, 'V5.2.1')).toMatchObject({ status: 'not_applicable', reason: expect.stringMatching(/^attested as not applicable by Dana: Confirmed suggestion of scan #\d+: suggested not applicable: no file-upload code in 1 Python file/) });
  });
});

describe('upload code with flaws', () => {
  it('fails the file-path requirement and leaves size and type checks to review', async () => {
    const doc = await scan('careless');
    expect(doc.scan.facts.apis.upload).toBe(1);
    const found = doc.findings.map((f) => `${f.range.start.line} ${f.ruleId} ${f.kind}`).filter((s) => / PY-(UPLOAD|INJ-PATH)/.test(s)).sort();
    // The dataflow pass follows the client's file name into FileStorage.save: PY-INJ-PATH reports the
    // flaw with its trace and supersedes PY-UPLOAD-CLIENT-FILENAME on that line (one finding per flaw).
    expect(found).toEqual(['15 PY-INJ-PATH vulnerability', '15 PY-UPLOAD-TYPE-UNCHECKED hotspot', '5 PY-UPLOAD-FLASK-SIZE-LIMIT hotspot']);
    expect(statusOf(doc, 'V5.3.2')).toMatchObject({ status: 'failing', reason: '1 open finding of PY-INJ-PATH' });
    expect(statusOf(doc, 'V5.2.1')).toMatchObject({ status: 'not_verified', reason: '1 security hotspot of PY-UPLOAD-FLASK-SIZE-LIMIT awaits review' });
    expect(statusOf(doc, 'V5.2.2')).toMatchObject({ status: 'not_verified', reason: '1 security hotspot of PY-UPLOAD-TYPE-UNCHECKED awaits review' });
    // Upload code is there: no upload requirement is suggested N/A any more.
    for (const id of UPLOAD_REQUIREMENTS['5.0.0']) expect(statusOf(doc, id).status, id).not.toBe('not_applicable_suggested');
    expect(statusOf(doc, 'V5.2.6')).toMatchObject({ status: 'not_verified', reason: 'manual requirement: needs an attestation' });
  });
});

describe('upload code done right', () => {
  it('passes (automated) only the requirement a rule fully checks; the partly checkable ones ask for an attestation', async () => {
    const doc = await scan('careful');
    expect(doc.findings.filter((f) => f.ruleId.startsWith('PY-UPLOAD-'))).toEqual([]);
    expect(statusOf(doc, 'V5.3.2')).toMatchObject({ status: 'passing_automated', reason: expect.stringMatching(/^PY-INJ-PATH, PY-UPLOAD-CLIENT-FILENAME ran and found nothing: .*file-upload code in 1 file/) });
    for (const [id, rules] of [['V5.2.1', 'PY-UPLOAD-FLASK-SIZE-LIMIT'], ['V5.2.2', 'PY-UPLOAD-SERVED-ANY-TYPE, PY-UPLOAD-TYPE-UNCHECKED'], ['V5.3.1', 'PY-UPLOAD-PUBLIC-FOLDER, PY-UPLOAD-SERVED-ANY-TYPE']] as const) {
      expect(statusOf(doc, id), id).toMatchObject({ status: 'not_verified', reason: expect.stringMatching(new RegExp(`^${rules} ran and found nothing .*partly covers this requirement \\(partial\\): attest it$`)) });
    }
    const passing = doc.coverage.requirements.filter((q) => q.status === 'passing_automated').map((q) => q.id);
    expect(passing).toContain('V5.3.2');
    for (const id of UPLOAD_REQUIREMENTS['5.0.0']) expect(passing, id).not.toContain(id);
  });
});
