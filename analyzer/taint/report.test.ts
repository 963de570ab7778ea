// Where a dataflow finding is reported and which source it names first (report.ts).
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';

const HELPER = `import sqlite3


def find(term):
    db = sqlite3.connect("shop.db")
    return db.execute("SELECT id FROM item WHERE name = '%s'" % term).fetchall()
`;
const VIEWS = `from flask import Flask, jsonify, request
from shop.helpers import find

app = Flask(__name__)


@app.get("/search")
def search():
    return jsonify(find(request.args["q"]))


@app.post("/lookup")
def lookup():
    name = request.form["name"].strip()
    return jsonify(find(name))


@app.get("/featured")
def featured():
    return jsonify(find("featured"))
`;

const scan = (views: string) =>
  analyzeSources([
    { path: 'shop/__init__.py', source: '' },
    { path: 'shop/helpers.py', source: HELPER },
    { path: 'shop/views.py', source: views },
  ]).findings.filter((f) => f.ruleId === 'PY-INJ-SQL' || f.ruleId === 'PY-INJ-SQL-DYNAMIC');

describe('a sink in a helper shared by handlers', () => {
  it('is reported once at each call from a handler, with the trace continuing into the helper', () => {
    const findings = scan(VIEWS);
    expect(findings.map((f) => `${f.ruleId} ${f.path}:${f.range.start.line}`)).toEqual([
      'PY-INJ-SQL shop/views.py:9',
      'PY-INJ-SQL shop/views.py:15',
    ]);
    const first = findings[0]!;
    expect(first.message).toBe('request.args["q"] (line 9) is passed here (line 9) to find(), which hands it to db.execute() (shop/helpers.py:6)');
    expect(first.trace.map((s) => `${s.kind} ${s.path}:${s.range.start.line}`)).toEqual(['source shop/views.py:9', 'call shop/views.py:9', 'sink shop/helpers.py:6']);
    // The helper's own no-dataflow hotspot stays superseded by the caller findings.
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('keeps fingerprints when unrelated lines move, and a new caller adds one finding', () => {
    const before = scan(VIEWS).map((f) => f.fingerprint);
    const shifted = scan(VIEWS.replace('app = Flask(__name__)\n', 'app = Flask(__name__)\nVERSION = "1"\n\n'));
    expect(shifted.map((f) => f.fingerprint)).toEqual(before);
    const more = scan(VIEWS + '\n\n@app.get("/tag")\ndef tag():\n    return jsonify(find(request.args["tag"]))\n');
    expect(more.map((f) => f.fingerprint).slice(0, 2)).toEqual(before);
    expect(more).toHaveLength(3);
  });
});

describe('one source passed to a helper at two calls of one function', () => {
  it('is one finding at each call, fingerprinted apart', () => {
    const views = VIEWS.replace('    return jsonify(find(request.args["q"]))', '    q = request.args["q"]\n    exact = find(q)\n    loose = find(q + "%")\n    return jsonify(exact + loose)');
    const findings = scan(views);
    expect(findings.map((f) => `${f.path}:${f.range.start.line}`)).toEqual(['shop/views.py:10', 'shop/views.py:11', 'shop/views.py:18']);
    expect(findings[1]!.message).toBe('request.args["q"] (line 9) is passed here (line 11) to find(), which hands it to db.execute() (shop/helpers.py:6)');
    expect(findings[1]!.trace.map((s) => `${s.kind} ${s.path}:${s.range.start.line}`)).toEqual(['source shop/views.py:9', 'step shop/views.py:9', 'call shop/views.py:11', 'sink shop/helpers.py:6']);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(3);
  });
});

describe('the source a finding names first', () => {
  it('is the value no check touched, even when the checked one has the shorter flow', () => {
    const source = `from urllib.parse import urlsplit
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/login")
def login():
    scope = request.args.get("scope", "")
    scopes = scope.split(",")
    shown = ",".join(scopes)
    target = request.args.get("next", "/")
    if urlsplit(target).netloc:
        abort(400)
    return "<a href='%s' data-scope='%s'>Log in</a>" % (target, shown)
`;
    const xss = analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.ruleId === 'PY-INJ-XSS');
    expect(xss).toHaveLength(1);
    expect(xss[0]!.message).toMatch(/^request\.args\.get\("scope", ""\) \(line 9\) reaches .*, as do 1 other untrusted value$/);
    expect(xss[0]!.trace[0]!.range.start.line).toBe(9);
  });
});
