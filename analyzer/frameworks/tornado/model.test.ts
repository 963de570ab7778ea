// Tornado beyond the handler's own writers: the HTTP client, tornado.process, Motor, the Location
// header and an Application that renders its templates without autoescape.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function rules(body: string, settings = ''): string[] {
  const source = `import json
import tornado.httpclient
import tornado.process
import tornado.web
from motor.motor_tornado import MotorClient

db = MotorClient().shop


class H(tornado.web.RequestHandler):
    async def get(self):
        v = self.get_argument("v")
${body.split('\n').map((l) => `        ${l}`).join('\n')}


app = tornado.web.Application([(r"/h", H)]${settings})
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('tornado model', () => {
  it('reports AsyncHTTPClient.fetch of a client URL, not of a fixed one', () => {
    expect(rules('await tornado.httpclient.AsyncHTTPClient().fetch(v)')).toContain('PY-INJ-SSRF');
    expect(rules('await tornado.httpclient.AsyncHTTPClient().fetch("https://example.com/feed")')).not.toContain('PY-INJ-SSRF');
  });

  it('reports Subprocess through a shell, not an argv with the value after a flag', () => {
    expect(rules('tornado.process.Subprocess(["bash", "-c", f"grep {v} /var/log/x"])')).toContain('PY-INJ-CMD');
    expect(rules('tornado.process.Subprocess(f"grep {v} /var/log/x", shell=True)')).toContain('PY-INJ-CMD');
    expect(rules('tornado.process.Subprocess(["grep", "-e", v, "--", "/var/log/x"])')).not.toContain('PY-INJ-CMD');
  });

  it('knows MotorClient as MongoDB: a parsed JSON filter injects operators, a string field does not', () => {
    expect(rules('await db.items.find(json.loads(v)).to_list(10)')).toContain('PY-INJ-NOSQL');
    expect(rules('await db.items.find({"name": v}).to_list(10)')).not.toContain('PY-INJ-NOSQL');
  });

  it('reports a Location header set from the client, not another header', () => {
    expect(rules('self.set_header("Location", v)')).toContain('PY-INJ-REDIRECT');
    expect(rules('self.set_header("X-Trace", v)')).not.toContain('PY-INJ-REDIRECT');
  });

  it('reports render keywords only under an Application built with autoescape=None', () => {
    expect(rules('self.render("page.html", q=v)', ', autoescape=None')).toContain('PY-INJ-XSS');
    expect(rules('self.render("page.html", q=v)')).not.toContain('PY-INJ-XSS');
  });
});
