// http.server handlers: a Location header sent with send_header, a page built in a local before
// it is encoded and written, and a body written after a text/html Content-Type header.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function rules(body: string): string[] {
  const source = `import html
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class H(BaseHTTPRequestHandler):
    def do_GET(self):
        v = parse_qs(urlparse(self.path).query).get("v", [""])[0]
${body.split('\n').map((l) => `        ${l}`).join('\n')}
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('http.server model', () => {
  it('reports send_header("Location", …) of a client value as a redirect', () => {
    expect(rules('self.send_header("Location", v)')).toContain('PY-INJ-REDIRECT');
    expect(rules('self.send_header("X-Q", v)')).not.toContain('PY-INJ-REDIRECT');
  });

  it('judges a written local by the markup it was built as', () => {
    expect(rules('page = f"<h1>{v}</h1>"\nself.wfile.write(page.encode())')).toContain('PY-INJ-XSS');
    expect(rules('page = f"<h1>{html.escape(v)}</h1>"\nself.wfile.write(page.encode())')).not.toContain('PY-INJ-XSS');
  });

  it('takes what a handler writes after declaring Content-Type text/html as a page', () => {
    const write = 'self.end_headers()\nself.wfile.write(v.encode())';
    expect(rules(`self.send_response(200)\nself.send_header("Content-Type", "text/html; charset=utf-8")\n${write}`)).toContain('PY-INJ-XSS');
    expect(rules(`self.send_response(200)\nself.send_header("Content-Type", "text/plain")\n${write}`)).not.toContain('PY-INJ-XSS');
    expect(rules(`self.send_response(200)\nself.send_header("Content-Type", "text/html")\nself.end_headers()\nself.wfile.write(html.escape(v).encode())`)).not.toContain('PY-INJ-XSS');
  });
});
