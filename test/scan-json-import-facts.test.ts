// A scan written with `assay scan --format json` and imported again keeps every fact the verdicts
// rest on: the logging evidence counts, the dependency count and the advisory data's size and age
// (the import schema used to drop them, so an imported scan lost its logging and dependency passes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import { toScanJson } from '../report/scan-json.js';
import { ensureProject } from '../store/projects.js';
import { listScans } from '../store/queries/scans.js';
import { readScanFacts } from '../store/scan-facts.js';
import { removeTempDirs, tempDir, tempStore } from '../store/testing/temp-db.js';
import { importResultsFile } from '../store/import/import-results.js';
import { scanInputFromScanJson } from '../store/import/scan-json.js';

afterAll(removeTempDirs);

const APP = `import logging

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form["password"]):
        log.warning("failed login for %s", request.form["username"])
        abort(401)
    return "ok"
`;

it('round-trips logged, dependencies and advisories through scan JSON and the store', async () => {
  const root = tempDir();
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app', 'main.py'), APP);
  writeFileSync(join(root, 'requirements.txt'), 'flask==3.0.3\nrequests==2.32.3\n');
  const result = await scanProject(root, { workers: 0, advisories: { facts: { count: 3, newestModified: '2026-11-20T00:00:00Z', ageDays: 11 }, lookup: () => [] } });
  expect(result.facts).toMatchObject({ logged: { login: 1 }, dependencies: 2, advisories: 3, advisoryAgeDays: 11 });

  const doc = JSON.parse(JSON.stringify(toScanJson(result)));
  const parsed = scanInputFromScanJson(doc, 'scan.json');
  expect(parsed.problems).toBeNull();
  expect(parsed.input?.facts).toEqual(result.facts);

  const file = join(tempDir(), 'scan.json');
  writeFileSync(file, JSON.stringify(doc));
  const { db } = tempStore();
  const project = ensureProject(db, { rootPath: root });
  importResultsFile(db, project.id, file);
  const scan = listScans(db, project.id).at(-1)!;
  expect(readScanFacts(db, scan.id)).toMatchObject({ logged: { login: 1 }, dependencies: 2, advisories: 3, advisoryAgeDays: 11 });
});

it('refuses a logged fact of an event Assay does not know', async () => {
  const root = tempDir();
  writeFileSync(join(root, 'main.py'), 'x = 1\n');
  const doc = JSON.parse(JSON.stringify(toScanJson(await scanProject(root, { workers: 0 }))));
  doc.scan.facts.logged = { teleport: 2 };
  const parsed = scanInputFromScanJson(doc, 'scan.json');
  expect(parsed.problems?.[0]).toMatch(/^scan\.facts\.logged/);
});
