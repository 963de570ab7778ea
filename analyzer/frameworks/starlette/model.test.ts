// A BackgroundTask runs its function with the arguments it was given once the response is sent.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function rules(task: string): string[] {
  const source = `import os
import shlex

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.responses import JSONResponse
from starlette.routing import Route


def run(label):
    os.system(f"tar czf /b/{label}.tgz /srv")


async def start(request):
    label = request.query_params.get("label", "x")
    return JSONResponse({}, background=BackgroundTask(${task}))


app = Starlette(routes=[Route("/b", start)])
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('starlette BackgroundTask', () => {
  it('judges the task as the call it will make', () => {
    expect(rules('run, label')).toContain('PY-INJ-CMD');
    expect(rules('run, shlex.quote(label)')).not.toContain('PY-INJ-CMD');
    expect(rules('run, "nightly"')).not.toContain('PY-INJ-CMD');
  });
});
