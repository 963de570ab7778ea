// A connexion handler's returned (body, status, headers): whose response it becomes decides whether
// CR/LF in a header is refused — connexion.App / FlaskApp answer with Werkzeug's (a hotspot to
// review), AsyncApp with Starlette's (a vulnerability).
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

const SPEC = `openapi: 3.0.3
info: {title: Reports, version: "1"}
paths:
  /export:
    get:
      operationId: reports.export
      parameters:
        - {name: filename, in: query, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200": {description: CSV}
`;

const HANDLERS = `def export(filename="r.csv", page=1):
    if page > 1:
        return "csv", 200, {"X-Page": str(page)}
    return "csv", 200, {"Content-Disposition": f"attachment; filename={filename}"}
`;

function headerFindings(app: string): Array<[string, number]> {
  const files = [
    { path: 'openapi.yaml', source: SPEC },
    { path: 'reports.py', source: HANDLERS },
    { path: 'app.py', source: `import connexion\n\napp = ${app}(__name__, specification_dir=".")\napp.add_api("openapi.yaml")\n` },
  ];
  return analyzeSources(files).findings.filter((f) => f.ruleId === 'PY-INJ-HEADER').map((f) => [f.kind, f.range.start.line]);
}

describe('connexion returned headers', () => {
  it('are a vulnerability under AsyncApp (Starlette keeps CR/LF)', () => {
    expect(headerFindings('connexion.AsyncApp')).toEqual([['vulnerability', 4]]);
  });

  it('are a hotspot under App and FlaskApp (Werkzeug refuses CR/LF)', () => {
    expect(headerFindings('connexion.App')).toEqual([['hotspot', 4]]);
    expect(headerFindings('connexion.FlaskApp')).toEqual([['hotspot', 4]]);
  });
});
