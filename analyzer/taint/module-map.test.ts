// Module resolution as Python does it, end to end: real parsing, the real rules. Each project has a
// helper that runs a shell command in another module; the flow is found only when the import is resolved the
// way Python would resolve it, and a safe twin shows the resolution does not invent flows.
import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyze-source.js';

/** Where each flow's sink is: findings are reported at the handler's call, their trace ends in the helper. */
function flows(files: SourceFile[]): string[] {
  const sinks = analyzeSources(files)
    .findings.filter((f) => f.ruleId === 'PY-INJ-CMD' && f.kind === 'vulnerability')
    .map((f) => f.trace[f.trace.length - 1]!)
    .map((s) => `PY-INJ-CMD@${s.path}:${s.range.start.line}`);
  return [...new Set(sinks)].sort();
}

const FLASK_VIEW = (imp: string, call: string) => `from flask import Flask, request
${imp}

app = Flask(__name__)


@app.get("/run")
def run():
    return ${call}(request.args["v"])
`;

const SHELL_HELPER = `import subprocess


def run_it(value):
    return subprocess.check_output("echo " + value, shell=True)


def _hidden(value):
    return subprocess.check_output("echo " + value, shell=True)
`;

describe('module resolution', () => {
  it('resolves a sibling import of a script in a sub-folder (its folder is on sys.path)', () => {
    expect(flows([
      { path: 'service/app.py', source: FLASK_VIEW('from tools import run_it', 'run_it') },
      { path: 'service/tools.py', source: SHELL_HELPER },
    ])).toEqual(['PY-INJ-CMD@service/tools.py:5']);
  });

  it('prefers the importer\'s own folder over a same-named module elsewhere', () => {
    const safe = 'def run_it(value):\n    return value\n';
    expect(flows([
      { path: 'a/app.py', source: FLASK_VIEW('from tools import run_it', 'run_it') },
      { path: 'a/tools.py', source: safe },
      { path: 'b/tools.py', source: SHELL_HELPER },
    ])).toEqual([]);
  });

  it('resolves absolute imports of a src/ layout package and its __init__ re-exports', () => {
    expect(flows([
      { path: 'src/shop/__init__.py', source: 'from .tools import run_it\n' },
      { path: 'src/shop/tools.py', source: SHELL_HELPER },
      { path: 'src/shop/web.py', source: FLASK_VIEW('from shop import run_it', 'run_it') },
    ])).toEqual(['PY-INJ-CMD@src/shop/tools.py:5']);
  });

  it('takes a star import\'s public names, or __all__ when the module sets it', () => {
    const files = (helper: string, name: string) => [
      { path: 'app.py', source: FLASK_VIEW('from tools import *', name) },
      { path: 'tools.py', source: helper },
    ];
    expect(flows(files(SHELL_HELPER, 'run_it'))).toEqual(['PY-INJ-CMD@tools.py:5']);
    // Underscore names are not public; __all__ decides when present.
    expect(flows(files(SHELL_HELPER, '_hidden'))).toEqual([]);
    expect(flows(files(`__all__ = ["_hidden"]\n${SHELL_HELPER}`, '_hidden'))).toEqual(['PY-INJ-CMD@tools.py:10']);
    expect(flows(files(`__all__ = ["_hidden"]\n${SHELL_HELPER}`, 'run_it'))).toEqual([]);
  });

  it('follows a star import relative to the package, through a second star import', () => {
    expect(flows([
      { path: 'pkg/__init__.py', source: '' },
      { path: 'pkg/helpers/__init__.py', source: 'from .shell import *\n' },
      { path: 'pkg/helpers/shell.py', source: SHELL_HELPER },
      { path: 'pkg/views.py', source: FLASK_VIEW('from .helpers import *', 'run_it') },
    ])).toEqual(['PY-INJ-CMD@pkg/helpers/shell.py:5']);
  });

  it('resolves an import inside a function', () => {
    const view = `from flask import Flask, request

app = Flask(__name__)


@app.get("/run")
def run():
    from tools import run_it
    return run_it(request.args["v"])
`;
    expect(flows([
      { path: 'web/app.py', source: view },
      { path: 'web/tools.py', source: SHELL_HELPER },
    ])).toEqual(['PY-INJ-CMD@web/tools.py:5']);
  });

  it('calls every function of a dispatch table looked up by key', () => {
    const view = (table: string) => `import subprocess
from flask import Flask, request

app = Flask(__name__)


def loud(value):
    subprocess.run("echo " + value, shell=True)


def quiet(value):
    subprocess.run(["echo", "--", value])


${table}


@app.post("/do")
def do():
    ACTIONS[request.form["a"]](request.form["v"])
    ACTIONS.get(request.form["a"])(request.form["v"])
    return ""
`;
    expect(flows([{ path: 'app.py', source: view('ACTIONS = {"quiet": quiet, "loud": loud}') }])).toEqual(['PY-INJ-CMD@app.py:8']);
    expect(flows([{ path: 'app.py', source: view('ACTIONS = {"quiet": quiet}') }])).toEqual([]);
  });
});
