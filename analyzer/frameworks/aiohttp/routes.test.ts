// aiohttp path placeholders: a digits-only pattern (quantifier braces included) converts like int.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';
import { aiohttpParams } from './routes.js';

function sqlFindings(route: string): string[] {
  const source = `import sqlite3

from aiohttp import web


async def report(request):
    year = request.match_info["year"]
    conn = sqlite3.connect("ledger.db")
    rows = conn.execute(f"SELECT * FROM entries WHERE y = '{year}'").fetchall()
    return web.json_response(rows)


app = web.Application()
app.add_routes([web.get(r"${route}", report)])
`;
  return analyzeSources([{ path: 'app.py', source }]).findings.filter((f) => f.kind === 'vulnerability').map((f) => f.ruleId);
}

describe('aiohttp route placeholders', () => {
  it('reads a pattern with a {n} quantifier to its closing brace', () => {
    expect(aiohttpParams(String.raw`/r/{year:\d{4}}/{id:[0-9a-f]{32}}/{day:\d{4}-\d{2}-\d{2}}`)).toEqual({ year: 'int', id: 'int', day: 'int' });
    expect(aiohttpParams(String.raw`/r/{name:[^{}/]+}/{rest:.*}/{v:\d+.\d+}/{plain}`)).toEqual({ name: 'string', rest: 'string', v: 'string', plain: 'string' });
  });

  it('takes a digits-only segment as clean and any other as request data', () => {
    expect(sqlFindings(String.raw`/reports/{year:\d{4}}`)).not.toContain('PY-INJ-SQL');
    expect(sqlFindings(String.raw`/reports/{year:[^/]{4}}`)).toContain('PY-INJ-SQL');
    expect(sqlFindings('/reports/{year}')).toContain('PY-INJ-SQL');
  });
});
