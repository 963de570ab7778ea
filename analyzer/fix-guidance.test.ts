// Fix guidance follows the framework of the code: scans of real small projects on disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanProject } from './scan.js';
import { sqlInjection } from './rules/injection/sql-injection.js';
import { unsafeDeserialization } from './rules/injection/unsafe-deserialization.js';
import { docsVariant, variantOfFix } from './fix-guidance.js';

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'assay-fix-'));
  roots.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function sqlFix(root: string): Promise<string[]> {
  const r = await scanProject(root, { workers: 0 });
  return r.findings.filter((f) => f.ruleId === 'PY-INJ-SQL').map((f) => f.fix);
}

const FLASK = `from flask import Flask, request
import sqlite3
app = Flask(__name__)

@app.route("/search")
def search():
    db = sqlite3.connect("x.db")
    return str(db.execute("SELECT * FROM p WHERE name = '%s'" % request.args["q"]).fetchall())
`;

describe('fix guidance per framework', () => {
  it('a Flask finding gets the Flask fix, a Django finding the default', async () => {
    const flask = await sqlFix(project({ 'app.py': FLASK }));
    expect(flask).toEqual([sqlInjection.docs.byFramework!.flask!.fix]);
    expect(flask[0]).toContain('request.args');

    const django = await sqlFix(
      project({
        'shop/views.py': `from django.db import connection\nfrom django.http import HttpResponse\n\ndef search(request):\n    with connection.cursor() as c:\n        c.execute("SELECT * FROM p WHERE name = '%s'" % request.GET["q"])\n    return HttpResponse("ok")\n`,
        'shop/urls.py': `from django.urls import path\nfrom . import views\nurlpatterns = [path("s", views.search)]\n`,
      }),
    );
    expect(django).toEqual([sqlInjection.docs.fix]);
  });

  it('a flow into a helper module with no framework import takes the source file’s framework', async () => {
    const fixes = await sqlFix(
      project({
        'app.py': `from flask import Flask, request\nfrom repo import find\napp = Flask(__name__)\n\n@app.route("/s")\ndef s():\n    return str(find(request.args["q"]))\n`,
        'repo.py': `import sqlite3\n\ndef find(q):\n    return sqlite3.connect("x.db").execute("SELECT * FROM p WHERE name = '" + q + "'").fetchall()\n`,
      }),
    );
    expect(fixes).toEqual([sqlInjection.docs.byFramework!.flask!.fix]);
  });

  it('an extension framework falls back to its host, and the stored fix finds its example again', () => {
    expect(docsVariant(sqlInjection, ['flask_restful'])).toBe(sqlInjection.docs.byFramework!.flask);
    expect(docsVariant(sqlInjection, ['wsgi'])).toBeUndefined();
    // A DRF file also imports Django: the extension's own variant wins over its host's.
    expect(docsVariant(unsafeDeserialization, ['django', 'drf'])).toBe(unsafeDeserialization.docs.byFramework!.drf);
    expect(docsVariant(sqlInjection, ['django', 'drf'])).toBe(undefined);
    expect(variantOfFix(sqlInjection, sqlInjection.docs.byFramework!.fastapi!.fix)?.example).toContain('async def search');
    expect(variantOfFix(sqlInjection, sqlInjection.docs.fix)).toBeUndefined();
  });
});
