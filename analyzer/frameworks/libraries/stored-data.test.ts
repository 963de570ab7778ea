// Second-order data end to end: what the application reads back from its database, files and
// caches reaches an injection sink as a hotspot that says so, never as a vulnerability.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

const scan = (source: string) =>
  analyzeSources([{ path: 'app.py', source }])
    .findings.filter((f) => f.ruleId.startsWith('PY-INJ-'))
    .map((f) => ({ rule: f.ruleId, kind: f.kind, line: f.range.start.line, message: f.message }));

const APP = `import os
import re
import sqlite3
import redis
from flask import Flask, request

app = Flask(__name__)
store = redis.Redis()
GEOMETRY = re.compile(r"\\d{1,4}x\\d{1,4}")


@app.get("/run/<int:fid>")
def run(fid):
    conn = sqlite3.connect("x.db")
    row = conn.execute("SELECT city FROM f WHERE id = ?", (fid,)).fetchone()
    conn.execute("SELECT * FROM c WHERE city = '" + row[0] + "'")
    conn.execute("SELECT * FROM c WHERE city = ?", (row[0],))
    return "ok"


@app.get("/thumb/<preset>")
def thumb(preset):
    geometry = store.hget("presets", request.args["preset"])
    os.system("convert in.png -resize " + geometry + " out.png")
    checked = store.hget("presets", preset)
    if GEOMETRY.fullmatch(checked) is None:
        return "bad", 400
    os.system("convert in.png -resize " + checked + " out.png")
    return "ok"


@app.get("/both")
def both():
    saved = open("/srv/saved.txt").read()
    os.system("echo " + saved + request.args["x"])
    return "ok"
`;

describe('second-order data', () => {
  it('is a hotspot that says the value was stored, and a bound parameter or a full-match check is enough', () => {
    const found = scan(APP);
    expect(found.map((f) => `${f.rule} ${f.kind} ${f.line}`)).toEqual([
      'PY-INJ-SQL hotspot 16',
      'PY-INJ-CMD hotspot 24',
      'PY-INJ-CMD vulnerability 35',
    ]);
    expect(found[0]!.message).toMatch(/^conn\.execute\(.*\)\.fetchone\(\) \(line 15\), data the application stored in its database, reaches conn\.execute\(\) \(line 16\): second-order data/);
    // The key that selected the value is request data; the value is what the cache holds.
    expect(found[1]!.message).toMatch(/^store\.hget\("presets", request\.args\["preset"\]\) \(line 23\), data the application stored in its cache,/);
    // Request data next to stored data is the vulnerability, named first.
    expect(found[2]!.message).toMatch(/^request\.args\["x"\] \(line 35\) reaches os\.system\(\)/);
  });
});
