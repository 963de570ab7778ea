// The finding detail shows the rule's example and fix in the finding's framework: a real scan of a
// Flask project recorded in a real store.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanProject } from '../../analyzer/scan.js';
import { sqlInjection } from '../../analyzer/rules/injection/sql-injection.js';
import { ensureProject, recordScan } from '../../store/index.js';
import { scanInputFromResult } from '../../store/scan-input.js';
import { removeTempDirs, tempStore } from '../../store/testing/temp-db.js';
import { GeneratedLinks } from '../security/generated-links.js';
import { findingDetail } from './findings-service.js';

const root = mkdtempSync(join(tmpdir(), 'assay-detail-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  removeTempDirs();
});

describe('finding detail', () => {
  it('gives a Flask finding the Flask example and fix', async () => {
    writeFileSync(
      join(root, 'app.py'),
      'from flask import Flask, request\nimport sqlite3\napp = Flask(__name__)\n\n@app.route("/s")\ndef s():\n    return str(sqlite3.connect("x").execute("SELECT * FROM p WHERE n = \'%s\'" % request.args["q"]).fetchall())\n',
    );
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: root }).id;
    recordScan(db, projectId, scanInputFromResult(await scanProject(root, { workers: 0 })));
    const row = db.prepare("SELECT id FROM findings WHERE rule_id = 'PY-INJ-SQL'").get() as { id: number };
    const d = findingDetail(db, new GeneratedLinks(), projectId, row.id);
    const flask = sqlInjection.docs.byFramework!.flask!;
    expect(d.fix).toBe(flask.fix);
    expect(d.rule).toMatchObject({ example: flask.example, fix: flask.fix });
  });
});
