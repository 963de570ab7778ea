// A bare WSGI app's own response: the Location pair of start_response's header list, and the body
// list it returns.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function rules(body: string): string[] {
  const source = `from html import escape
from urllib.parse import parse_qs


def application(environ, start_response):
    v = parse_qs(environ.get("QUERY_STRING", "")).get("v", [""])[0]
${body.split('\n').map((l) => `    ${l}`).join('\n')}
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('wsgi model', () => {
  it('reports the Location value from the client, not a client value in another header', () => {
    expect(rules('start_response("302 Found", [("Location", v)])\nreturn [b""]')).toContain('PY-INJ-REDIRECT');
    expect(rules('start_response("302 Found", [("Location", "/"), ("X-Q", v)])\nreturn [b""]')).not.toContain('PY-INJ-REDIRECT');
  });

  it('reports a returned item that builds markup from the client, not an escaped or a plain one', () => {
    expect(rules('start_response("200 OK", [])\nreturn [f"<p>{v}</p>".encode()]')).toContain('PY-INJ-XSS');
    expect(rules('start_response("200 OK", [])\nreturn [f"<p>{escape(v)}</p>".encode()]')).not.toContain('PY-INJ-XSS');
    expect(rules('start_response("200 OK", [])\nreturn [v.encode()]')).not.toContain('PY-INJ-XSS');
  });
});
