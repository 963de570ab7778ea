// A real Python project on disk that makes the analyzer report a chosen number of findings: Flask
// handlers whose request data reaches SQL, shell and file APIs (taint findings with traces) beside
// plain dangerous calls (YAML, MD5, requests without a timeout). The store's scale targets are
// measured on what `assay scan` really produces for it, not on findings made up in memory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Findings one generated handler yields (checked by findings-project.test.ts against a real scan). */
export const FINDINGS_PER_HANDLER = 7;

function handler(i: number): string {
  return `
@app.route("/items/${i}", methods=["GET", "POST"])
def handler_${i}():
    term = request.args.get("q${i}", "")
    db = sqlite3.connect("shop.db")
    db.execute("SELECT * FROM item_${i} WHERE name = '" + term + "'")
    subprocess.run("grep " + term + " /var/log/app_${i}.log", shell=True)
    payload = yaml.load(request.get_data())
    digest = hashlib.md5(payload.encode()).hexdigest()
    requests.get("https://inventory.example/${i}/" + digest)
    return open("/srv/data/" + term).read()
`;
}

const HEADER = `import hashlib
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, request

app = Flask(__name__)
`;

export interface FindingsProject {
  root: string;
  files: number;
  handlers: number;
  /** What the analyzer should report: handlers × FINDINGS_PER_HANDLER. */
  expectedFindings: number;
}

/** Writes `files` modules under `root` with enough handlers for about `findings` findings. */
export function writeFindingsProject(root: string, findings: number, files = 100): FindingsProject {
  const handlers = Math.ceil(findings / FINDINGS_PER_HANDLER);
  const perFile = Math.ceil(handlers / files);
  mkdirSync(join(root, 'shop'), { recursive: true });
  writeFileSync(join(root, 'shop', '__init__.py'), '');
  let written = 0;
  for (let f = 0; f < files && written < handlers; f++) {
    const parts = [HEADER];
    for (let h = 0; h < perFile && written < handlers; h++, written++) parts.push(handler(written));
    writeFileSync(join(root, 'shop', `views_${String(f).padStart(3, '0')}.py`), parts.join(''));
  }
  return { root, files, handlers, expectedFindings: handlers * FINDINGS_PER_HANDLER };
}
