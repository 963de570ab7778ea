// The taint engine end to end on small projects: real parsing, the real rules, no mocks.
import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyze-source.js';
import { parseSource } from '../file-analysis.js';
import { FileContext } from '../file-context.js';
import { extractFacts } from './facts.js';
import { runProjectTaint } from './project.js';
import { allRules } from '../rules/index.js';

/** The dataflow rules' findings (the injection family's review rules report hotspots without a trace). */
function taint(files: SourceFile[]) {
  return analyzeSources(files).findings.filter((f) => f.ruleId.startsWith('PY-INJ-') && f.kind === 'vulnerability');
}

const VIEW = `from django.db import connection
from django.http import JsonResponse


def search(request):
    term = request.GET["q"]
    sql = "SELECT id FROM product WHERE name = '" + term + "'"
    with connection.cursor() as cursor:
        cursor.execute(sql)
    return JsonResponse({})
`;

describe('taint findings', () => {
  it('name the source and the sink, with the trace between them', () => {
    const [f, ...rest] = taint([{ path: 'shop/views.py', source: VIEW }]);
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('PY-INJ-SQL');
    expect(f!.message).toBe(`request.GET["q"] (line 6) reaches cursor.execute() (line 9)`);
    expect(f!.range.start).toEqual({ line: 9, column: 9 });
    expect(f!.trace.map((s) => [s.kind, s.range.start.line])).toEqual([
      ['source', 6],
      ['step', 6],
      ['step', 7],
      ['sink', 9],
    ]);
    expect(f!.trace[0]!.snippet).toBe('term = request.GET["q"]');
    expect(f!.confidence).toBe('high');
  });

  it('keep their fingerprint when lines shift, and change it when the flagged code changes', () => {
    const a = taint([{ path: 'shop/views.py', source: VIEW }])[0]!;
    const shifted = taint([{ path: 'shop/views.py', source: '# header\n\nimport os\n' + VIEW }])[0]!;
    const changed = taint([{ path: 'shop/views.py', source: VIEW.replace('cursor.execute(sql)', 'cursor.execute(sql + " LIMIT 5")') }])[0]!;
    expect(shifted.range.start.line).toBe(a.range.start.line + 3);
    expect(shifted.fingerprint).toBe(a.fingerprint);
    expect(changed.fingerprint).not.toBe(a.fingerprint);
  });

  it('follow calls across modules through function summaries, relative imports included', () => {
    const findings = taint([
      { path: 'shop/helpers.py', source: `def where(name):\n    return "WHERE name = '%s'" % name\n\n\ndef run(cursor, sql):\n    cursor.execute(sql)\n` },
      {
        path: 'shop/views.py',
        source: `from django.db import connection\nfrom .helpers import where, run\n\n\ndef search(request):\n    run(connection.cursor(), "SELECT 1 " + where(request.POST["n"]))\n`,
      },
    ]);
    // Reported where the view calls into the helper that runs the query (the user acts there), with
    // the trace continuing to the sink in the helper.
    expect(findings.map((f) => [f.ruleId, f.path, f.range.start.line])).toEqual([['PY-INJ-SQL', 'shop/views.py', 6]]);
    expect(findings[0]!.message).toBe('request.POST["n"] (line 6) is passed here (line 6) to run(), which hands it to cursor.execute() (shop/helpers.py:6)');
    expect(findings[0]!.trace.map((s) => `${s.kind}@${s.path}:${s.range.start.line}`)).toEqual([
      'source@shop/views.py:6',
      'call@shop/views.py:6',
      'return@shop/helpers.py:2',
      'call@shop/views.py:6',
      'sink@shop/helpers.py:6',
    ]);
  });

  it('apply sanitizers per sink kind: html.escape cleans XSS, not SQL', () => {
    const src = `import html
from django.db import connection
from django.http import HttpResponse


def view(request):
    name = html.escape(request.GET["name"])
    connection.cursor().execute("SELECT * FROM t WHERE n = '%s'" % name)
    return HttpResponse("<p>" + name + "</p>")
`;
    expect(taint([{ path: 'v.py', source: src }]).map((f) => [f.ruleId, f.range.start.line])).toEqual([['PY-INJ-SQL', 8]]);
  });

  it('honour allowlist guards that return, constant folding and overwrites with constants', () => {
    const src = `import os
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"web", "worker"}


@app.post("/restart")
def restart():
    svc = request.form["svc"]
    if 7 * 18 > 200:
        os.system("systemctl restart " + svc)
    if svc not in ALLOWED:
        abort(400)
    os.system("systemctl restart " + svc)
    other = request.form["other"]
    other = "nginx"
    os.system("systemctl restart " + other)
    return "ok"
`;
    expect(taint([{ path: 'app.py', source: src }])).toEqual([]);
  });

  it('honour a full match compared with None: `is None` returns, `is not None` guards', () => {
    const src = `import os
import re
from flask import Flask, request

app = Flask(__name__)
NAME = re.compile(r"[a-z]{1,20}")


@app.post("/restart")
def restart():
    svc = request.form["svc"]
    if NAME.fullmatch(svc) is None:
        return "bad", 400
    os.system("systemctl restart " + svc)
    other = request.form["other"]
    if NAME.fullmatch(other) is not None:
        os.system("systemctl restart " + other)
    if NAME.fullmatch(other) is None:
        os.system("systemctl stop " + other)
    return "ok"
`;
    expect(taint([{ path: 'app.py', source: src }]).map((f) => [f.ruleId, f.range.start.line])).toEqual([['PY-INJ-CMD', 19]]);
  });

  it('see class-based views through self.request and self.kwargs', () => {
    const src = `from django.db import connection
from django.views import View
from django.http import HttpResponseRedirect


class Detail(View):
    def get(self, request, *args, **kwargs):
        connection.cursor().execute("SELECT * FROM t WHERE slug = '%s'" % self.kwargs["slug"])
        return HttpResponseRedirect(self.request.GET["next"])
`;
    expect(taint([{ path: 'v.py', source: src }]).map((f) => f.ruleId)).toEqual(['PY-INJ-SQL', 'PY-INJ-REDIRECT']);
  });

  it('judge FastAPI parameters by their declared types', () => {
    const src = `import os
from enum import Enum
from typing import Literal
from uuid import UUID
from fastapi import FastAPI

app = FastAPI()


class Color(str, Enum):
    red = "red"


@app.get("/a/{item_id}")
def a(item_id: int, key: UUID, color: Color, mode: Literal["x", "y"], name: str):
    os.system(f"echo {item_id} {key} {color} {mode}")
    os.system(f"echo {name}")
`;
    expect(taint([{ path: 'api.py', source: src }]).map((f) => f.range.start.line)).toEqual([17]);
  });

  it('treat stdlib inputs as low-confidence sources only when asked', () => {
    const src = `import os\nimport sys\n\n\ndef main():\n    os.system("ls " + sys.argv[1])\n`;
    const { files } = analyzeSources([{ path: 'cli.py', source: src }]);
    const facts = files.map((f) => ({ path: f.path, facts: f.facts }));
    expect(runProjectTaint(facts, allRules)).toEqual([]);
    const on = runProjectTaint(facts, allRules, { stdlibSources: true });
    expect(on.map((f) => [f.ruleId, f.confidence])).toEqual([['PY-INJ-CMD', 'low']]);
  });

  it('supersede low-confidence fallbacks where the taint pass judged the call', () => {
    const src = `from flask import Flask, request

app = Flask(__name__)


@app.get("/calc")
def calc():
    a = eval(request.args["expr"])
    b = eval(str(int(request.args["n"])) + " * 2")
    return {"a": a, "b": b}


def plugin(code):
    return eval(code)


def warm_up():
    return eval(open("rules.txt").read())
`;
    const findings = analyzeSources([{ path: 'app.py', source: src }]).findings.filter((f) => f.cwe.includes(95));
    expect(findings.map((f) => [f.ruleId, f.range.start.line]).sort()).toEqual([
      ['PY-API-EVAL', 14],
      ['PY-API-EVAL', 18],
      ['PY-INJ-CODE', 8],
    ]);
  });
});

describe('facts', () => {
  it('are plain data that survive structured cloning between threads', () => {
    const ctx = new FileContext('shop/views.py', VIEW, parseSource(VIEW), new Set(['django']));
    const facts = extractFacts(ctx)!;
    expect(structuredClone(facts)).toEqual(facts);
    expect(facts.functions.map((f) => f.id)).toEqual(['shop.views.<module>', 'shop.views.search']);
  });
});

describe('framework models', () => {
  it('type DRF serializer data by field: IntegerField is clean, CharField is not', () => {
    const src = `from django.db import connection
from rest_framework import serializers
from rest_framework.generics import CreateAPIView


class OrderSerializer(serializers.Serializer):
    qty = serializers.IntegerField()
    note = serializers.CharField()

    def validate_note(self, value):
        connection.cursor().execute("SELECT '%s'" % value)
        return value


class OrderCreate(CreateAPIView):
    serializer_class = OrderSerializer

    def perform_create(self, serializer):
        cur = connection.cursor()
        cur.execute("UPDATE t SET qty = %d" % serializer.validated_data["qty"])
        cur.execute("UPDATE t SET note = '%s'" % serializer.validated_data["note"])

    def post(self, request):
        s = self.get_serializer(data=request.data)
        s.is_valid(raise_exception=True)
        connection.cursor().execute("SELECT %d" % s.validated_data["qty"])
        connection.cursor().execute("SELECT '%s'" % s.validated_data.get("note"))
`;
    expect(taint([{ path: 'api.py', source: src }]).map((f) => f.range.start.line)).toEqual([11, 21, 27]);
  });

  it('read Flask converters and typed accessors as clean', () => {
    const src = `import os
from flask import Flask, request

app = Flask(__name__)


@app.get("/u/<int:uid>/<name>")
def user(uid, name):
    os.system(f"id {uid}")
    os.system(f"id {request.view_args['uid']}")
    os.system(f"id {request.args.get('n', type=int)}")
    os.system(f"id {name}")
    return "ok"
`;
    expect(taint([{ path: 'app.py', source: src }]).map((f) => f.range.start.line)).toEqual([12]);
  });
});

describe('validation helpers', () => {
  it('act as guards across modules when they return an allowlist test', () => {
    const findings = taint([
      { path: 'svc/checks.py', source: `ALLOWED = {"web", "worker"}\n\n\ndef is_allowed(name):\n    if not name:\n        return False\n    return name in ALLOWED\n\n\ndef anything(name):\n    return True\n` },
      {
        path: 'svc/app.py',
        source: `import os
from flask import Flask, abort, request
from .checks import anything, is_allowed

app = Flask(__name__)


@app.post("/restart")
def restart():
    svc = request.form["svc"]
    if not is_allowed(svc):
        abort(400)
    os.system("systemctl restart " + svc)
    other = request.form["other"]
    if not anything(other):
        abort(400)
    os.system("systemctl restart " + other)
    return "ok"
`,
      },
    ]);
    expect(findings.map((f) => [f.path, f.range.start.line])).toEqual([['svc/app.py', 17]]);
  });
});
