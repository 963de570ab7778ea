// The framework registry end to end: real parsing, the real rules. Each framework is found by its
// own imports (Starlette is no longer folded into FastAPI), and the handlers it registers are
// counted for it and given what the framework hands them.
import { describe, expect, it } from 'vitest';
import { analyzeSources, taintFindings } from '../analyze-source.js';
import { analyzeFile } from '../file-analysis.js';
import { allRules } from '../rules/index.js';
import type { TaintStats } from '../taint/project.js';
import { frameworksInText } from './detect.js';
import { mostSpecific, WEB_FRAMEWORKS } from './registry.js';
import { FRAMEWORKS } from '../types.js';

const STARLETTE = `from starlette.applications import Starlette
from starlette.responses import HTMLResponse, PlainTextResponse
from starlette.routing import Route
import sqlite3

db = sqlite3.connect("app.db")


async def search(request):
    term = request.query_params["q"]
    rows = db.execute("SELECT * FROM item WHERE name = '" + term + "'")
    return PlainTextResponse(str(rows))


async def hello(request):
    return HTMLResponse("<h1>" + request.path_params["name"] + "</h1>")


async def safe(request):
    return HTMLResponse("<h1>hello</h1>")


app = Starlette(routes=[Route("/search", search), Route("/hello/{name}", endpoint=hello), Route("/", safe)])
`;

function statsOf(files: Array<{ path: string; source: string }>): TaintStats {
  const fws = new Set(files.flatMap((f) => [...frameworksInText(f.source)]));
  const analysed = files.map((f) => analyzeFile(f.path, f.source, allRules, fws));
  const stats: TaintStats = { handlers: {}, sinks: {} };
  taintFindings(analysed, allRules, [], stats);
  return stats;
}

describe('framework registry', () => {
  it('lists every registered framework in domain FRAMEWORKS, once', () => {
    const ids = WEB_FRAMEWORKS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(FRAMEWORKS).toContain(id);
  });

  it('tells Starlette from FastAPI by the imports', () => {
    expect([...frameworksInText('from starlette.routing import Route\n')]).toEqual(['starlette']);
    expect([...frameworksInText('from fastapi import FastAPI\nfrom starlette.requests import Request\n')]).toEqual(['fastapi', 'starlette']);
    expect([...frameworksInText('import flask_restful\n')]).toEqual(['flask_restful']);
    expect([...frameworksInText('from aiohttp import ClientSession, web\n')]).toEqual(['aiohttp']);
    expect([...frameworksInText('import aiohttp\nimport sanic\n')]).toEqual([]);
  });

  it('counts a view for the most specific framework its file imports', () => {
    expect(mostSpecific(['django', 'drf'])).toBe('drf');
    expect(mostSpecific(['flask', 'django'])).toBe('django');
    expect(mostSpecific(['starlette', 'fastapi'])).toBe('fastapi');
    expect(mostSpecific(['starlette'])).toBe('starlette');
    expect(mostSpecific([])).toBeUndefined();
  });

  it('finds standalone Starlette endpoints and what reaches their sinks', () => {
    const { findings, frameworks } = analyzeSources([{ path: 'app.py', source: STARLETTE }]);
    expect(frameworks).toEqual(['starlette']);
    const vulns = findings.filter((f) => f.kind === 'vulnerability' && f.ruleId.startsWith('PY-INJ-')).map((f) => [f.ruleId, f.range.start.line]);
    expect(vulns).toEqual(expect.arrayContaining([['PY-INJ-SQL', 11], ['PY-INJ-XSS', 16]]));
    expect(vulns.filter(([, line]) => line === 20)).toEqual([]);
    expect(statsOf([{ path: 'app.py', source: STARLETTE }]).handlers).toEqual({ starlette: 3 });
  });
});

describe('detectNeeds', () => {
  // A file without any of a framework's needed substrings is never tested against its detectText.
  const matching: Record<string, string[]> = {
    asgi: ['async def app(scope, receive, send):', 'def __call__(self, scope,receive , send )'],
    wsgi: ['def application(environ, start_response):', '@Request.application\ndef app(request): pass', 'adapter = url_map.bind_to_environ(environ)'],
  };
  for (const f of WEB_FRAMEWORKS.filter((w) => w.detectNeeds)) {
    it(`${f.id}: every sample its detectText matches holds a needed substring and is detected`, () => {
      const samples = matching[f.id] ?? [];
      expect(samples.length).toBeGreaterThan(0);
      for (const s of samples) {
        expect(f.detectText!.test(s), s).toBe(true);
        expect(f.detectNeeds!.some((n) => s.includes(n)), s).toBe(true);
        expect(frameworksInText(s).has(f.id), s).toBe(true);
      }
    });
  }
});
