// Runs reused across scans: after each kind of edit, a pass that replays the previous pass's runs
// gives exactly the cold pass's result (findings with traces and fingerprints, stats, budgets), and
// it does replay — an edit that changes nothing another function reads re-runs only its own file.
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyzeFile, rulesFor, type FileAnalysis } from '../file-analysis.js';
import { allRules } from '../rules/index.js';
import { projectTaint, type ProjectTaintResult } from './project.js';
import { sameData, type MemoData } from './run-memo.js';
import { decodeMemo, encodeMemo } from './memo-codec.js';

const frameworks = new Set(['flask', 'django'] as const);
const rules = rulesFor(allRules, frameworks).filter((r) => r.taint);

const BASE: Record<string, string> = {
  'shop/__init__.py': 'from .helpers import run_report as report_alias\n',
  'shop/views.py': `from flask import Flask, request
from shop.helpers import run_report, Store, wrap
from shop import report_alias

app = Flask(__name__)
CLEANER = lambda s: s.strip()


@app.route("/report")
def report():
    name = request.args.get("name", "")
    return run_report(CLEANER(name))


@app.route("/alias")
def alias():
    return report_alias(request.args["n"])


@app.route("/store")
def store():
    s = Store(request.args["k"])
    s.save()
    return "ok"


@app.route("/wrapped")
@wrap
def wrapped(q):
    return q
`,
  'shop/helpers.py': `import os
import subprocess
import functools


def run_report(name):
    os.system("report " + name)
    return "ok"


class Store:
    def __init__(self, key):
        self.key = key

    def save(self):
        subprocess.call("save " + self.key, shell=True)


def wrap(view):
    @functools.wraps(view)
    def inner(*args, **kwargs):
        extra = kwargs.get("x")
        return view(*args, **kwargs)
    return inner


def walk(n):
    if n:
        return walk(n - 1)
    return n
`,
  'shop/util.py': 'import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n\n\nLIMIT = 10\n',
};

const key = (path: string, source: string) => createHash('sha256').update(path).update('\0').update(source).digest('hex');

function analyse(sources: Record<string, string>): { files: FileAnalysis[]; keys: Map<string, string> } {
  const paths = Object.keys(sources).sort();
  return {
    files: paths.map((p) => analyzeFile(p, sources[p]!, rules, frameworks)),
    keys: new Map(paths.map((p) => [p, key(p, sources[p]!)])),
  };
}

function pass(sources: Record<string, string>, previous: MemoData | null): ProjectTaintResult {
  const { files, keys } = analyse(sources);
  const input = files.map((f) => ({ path: f.path, facts: f.facts, frameworks: f.frameworks }));
  return projectTaint(input, rules, { memo: { previous, fileKeys: keys } });
}

function cold(sources: Record<string, string>): ProjectTaintResult {
  const { files } = analyse(sources);
  return projectTaint(files.map((f) => ({ path: f.path, facts: f.facts, frameworks: f.frameworks })), rules);
}

/** The records as the next scan reads them: through the cache's encoding and serialisation. */
const stored = (r: ProjectTaintResult): MemoData => decodeMemo(deserialize(serialize(encodeMemo(r.memo!))))!;

function expectSame(warm: ProjectTaintResult, reference: ProjectTaintResult): void {
  expect(warm.findings).toEqual(reference.findings);
  expect(warm.stats).toEqual(reference.stats);
  expect(warm.budgetExceeded).toEqual(reference.budgetExceeded);
}

describe('run reuse across scans', () => {
  it('an unchanged project replays every run and equals the cold pass', () => {
    const first = pass(BASE, null);
    expect(first.reuse).toEqual({ replayed: 0, executed: expect.any(Number) });
    expect(first.findings.map((f) => f.ruleId).sort()).toEqual(expect.arrayContaining(['PY-INJ-CMD']));
    const again = pass(BASE, stored(first));
    expectSame(again, cold(BASE));
    expect(again.reuse!.executed).toBe(0);
    expect(again.reuse!.replayed).toBe(first.reuse!.executed);
  });

  it('an edit nobody else reads re-runs only its own file', () => {
    const first = pass(BASE, null);
    const edited = { ...BASE, 'shop/util.py': BASE['shop/util.py'] + '\nEXTRA = 1\n' };
    const warm = pass(edited, stored(first));
    expectSame(warm, cold(edited));
    // util.py has its module and load(): only those execute.
    expect(warm.reuse!.executed).toBe(2);
  });

  it('a private name added to a star-imported module re-runs only that file, a public one the project', () => {
    const STARS: Record<string, string> = {
      'app/base.py': 'import os\n\n__all__ = ["run"]\n\n\ndef run(cmd):\n    os.system(cmd)\n',
      'app/plain.py': 'import os\n\n\ndef shell(cmd):\n    os.system(cmd)\n',
      'app/views.py': 'from flask import Flask, request\nfrom app.base import *\nfrom app.plain import *\n\napp = Flask(__name__)\n\n\n@app.route("/a")\ndef a():\n    return run(request.args["c"])\n\n\n@app.route("/b")\ndef b():\n    return shell(request.args["c"])\n',
    };
    const first = pass(STARS, null);
    expect(first.findings.filter((f) => f.ruleId === 'PY-INJ-CMD')).toHaveLength(2);
    // With __all__, the importer sees only what it lists; without, only public names: neither edit
    // changes where a name of views.py resolves.
    for (const [path, extra] of [['app/base.py', '\n_cache = {}\nEXTRA = 1\n'], ['app/plain.py', '\n_cache = {}\n']] as const) {
      const edited = { ...STARS, [path]: STARS[path] + extra };
      const warm = pass(edited, stored(first));
      expectSame(warm, cold(edited));
      // The edited module's own code and function run again; nothing else does.
      expect(warm.reuse!.executed, path).toBe(2);
    }
    const shadowing = { ...STARS, 'app/plain.py': STARS['app/plain.py'] + '\n\ndef run(cmd):\n    return cmd\n' };
    const warm = pass(shadowing, stored(first));
    expectSame(warm, cold(shadowing));
    expect(warm.reuse!.replayed).toBe(0);
  });

  it('a callee made safe: the flow disappears, then comes back, as in a cold pass', () => {
    const first = pass(BASE, null);
    const safe = { ...BASE, 'shop/helpers.py': BASE['shop/helpers.py']!.replace('    os.system("report " + name)', '    if name not in ("a", "b"):\n        return "no"\n    os.system("report " + name)') };
    const warm = pass(safe, stored(first));
    expectSame(warm, cold(safe));
    expect(warm.findings.length).toBeLessThan(first.findings.length);
    expect(warm.reuse!.replayed).toBeGreaterThan(0);
    const back = pass(BASE, stored(warm));
    expectSame(back, cold(BASE));
  });

  it('a caller changed, a file added, a file removed, a function renamed', () => {
    let memo = stored(pass(BASE, null));
    const edits: Array<Record<string, string>> = [
      { ...BASE, 'shop/views.py': BASE['shop/views.py']!.replace('request.args["k"]', '"fixed"') },
      { ...BASE, 'shop/extra.py': 'from flask import request\nfrom shop.util import load\n\n\ndef f():\n    return load(request.data)\n' },
      Object.fromEntries(Object.entries(BASE).filter(([p]) => p !== 'shop/util.py')),
      { ...BASE, 'shop/helpers.py': BASE['shop/helpers.py']!.replace(/walk/g, 'stroll') },
      BASE,
    ];
    for (const sources of edits) {
      const warm = pass(sources, memo);
      expectSame(warm, cold(sources));
      memo = stored(warm);
    }
  });
});

describe('memo encoding', () => {
  it('gives back every record as it was, and refuses a damaged or foreign encoding', () => {
    const memo = pass(BASE, null).memo!;
    const back = decodeMemo(deserialize(serialize(encodeMemo(memo))))!;
    expect([...back.keys()]).toEqual([...memo.keys()]);
    expect(memo.size).toBeGreaterThan(5);
    for (const k of memo.keys()) {
      const rec = memo.get(k)!;
      expect(rec.fnId).toBe(k.slice(0, k.lastIndexOf('#')));
      expect(back.get(k)).toEqual(rec);
    }
    expect(back.structure).toBe(memo.structure);
    const enc = encodeMemo(memo);
    expect(decodeMemo({ ...enc, refs: enc.refs.slice(0, enc.refs.length - 1) })).toBeNull();
    expect(decodeMemo({ ...enc, strings: enc.strings.slice(0, 1) })).toBeNull();
    expect(decodeMemo({ ...enc, lengths: enc.lengths.map((n) => n - 1) })).toBeNull();
    expect(decodeMemo({ ...enc, v: 1 })).toBeNull();
    expect(decodeMemo(memo)).toBeNull();
    expect(decodeMemo(null)).toBeNull();
  });
});

describe('sameData', () => {
  it('compares plain data deeply, Maps in order', () => {
    expect(sameData({ a: [1, { b: 'x' }], m: new Map([['k', 1]]) }, { a: [1, { b: 'x' }], m: new Map([['k', 1]]) })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameData(new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]]))).toBe(false);
    expect(sameData([null], [undefined])).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
  });
});
