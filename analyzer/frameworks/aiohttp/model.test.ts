// aiohttp responses that redirect by their Location header, and aiohttp_jinja2 set up without
// autoescape.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function rules(body: string, setup = ''): string[] {
  const source = `from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import web


async def h(request):
    v = request.query.get("v", "/")
${body.split('\n').map((l) => `    ${l}`).join('\n')}


app = web.Application()
${setup}
app.router.add_get("/h", h)
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('aiohttp model', () => {
  it('reports a Location header given to a Response from the client', () => {
    expect(rules('return web.Response(status=302, headers={"Location": v})')).toContain('PY-INJ-REDIRECT');
    expect(rules('return web.Response(status=302, headers={"Location": "/home", "X-Q": v})')).not.toContain('PY-INJ-REDIRECT');
  });

  it('takes a URL whose host is the request host as staying on the site', () => {
    expect(rules('if urlsplit(v).netloc != request.host:\n    v = "/"\nreturn web.Response(status=302, headers={"Location": v})')).not.toContain('PY-INJ-REDIRECT');
  });

  it('reports render_template context only when aiohttp_jinja2 is set up with autoescape off', () => {
    const render = 'return aiohttp_jinja2.render_template("s.html", request, {"q": v})';
    expect(rules(render, 'aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("t"), autoescape=False)')).toContain('PY-INJ-XSS');
    expect(rules(render, 'aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("t"))')).not.toContain('PY-INJ-XSS');
  });
});
