// Issue 11: `-q` keeps the one line that matters on a rescan, and a decision made without `--by` and
// without a Settings reviewer records the project's git identity (read from its .git/config, git never run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { run } from '../cli/main.js';
import type { CliIo } from '../cli/command.js';
import { attestationHistory, configuredReviewer, listFindings, openStore, requireProjectByRoot, triageHistory } from '../store/index.js';

const ORDERS = `import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/orders")
def orders():
    name = request.args.get("name", "")
    db = sqlite3.connect("shop.db")
    return {"rows": db.execute("SELECT * FROM orders WHERE name = '" + name + "'").fetchall()}
`;

const PING = `import subprocess

from flask import Blueprint, request

bp = Blueprint("ping", __name__)


@bp.get("/ping")
def ping():
    subprocess.run("ping -c 1 " + request.args.get("host", ""), shell=True)
    return {"ok": True}
`;

let work: string;
let shop: string;
let dbFile: string;

async function assay(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { add(String(chunk)); cb(); } });
  const io: CliIo = { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), cwd: work, env: { ...process.env, ASSAY_DATA_DIR: join(work, 'data'), HOME: work } };
  const code = await run(args, io);
  return { code, out, err };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'assay-verdicts-id-'));
  shop = join(work, 'shop');
  mkdirSync(join(shop, 'app'), { recursive: true });
  // A repository as git leaves it on disk: HEAD, objects and the config holding who works here.
  mkdirSync(join(shop, '.git', 'objects'), { recursive: true });
  writeFileSync(join(shop, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(shop, '.git', 'config'), '[core]\n\trepositoryformatversion = 0\n[user]\n\tname = Robin Auditor\n\temail = robin@example.org\n');
  writeFileSync(join(shop, 'app', 'orders.py'), ORDERS);
  dbFile = join(work, 'history.db');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('-q on a rescan', () => {
  it('writes to stderr only the one "Recorded scan #N: x new, y fixed, z reopened" line', async () => {
    const first = await assay(['scan', 'shop', '--db', dbFile, '-q', '-j', '0']);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/^Recorded scan #1: \d+ new, 0 fixed, 0 reopened\n$/);
    // The SQL injection goes away and a command injection arrives.
    unlinkSync(join(shop, 'app', 'orders.py'));
    writeFileSync(join(shop, 'app', 'ping.py'), PING);
    const second = await assay(['scan', 'shop', '--db', dbFile, '-q', '-j', '0']);
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/^Recorded scan #2: [1-9]\d* new, [1-9]\d* fixed, 0 reopened\n$/);
    // Bringing the SQL injection back reopens it.
    writeFileSync(join(shop, 'app', 'orders.py'), ORDERS);
    const third = await assay(['scan', 'shop', '--db', dbFile, '-q', '-j', '0']);
    expect(third.code).toBe(0);
    expect(third.err).toMatch(/^Recorded scan #3: 0 new, 0 fixed, [1-9]\d* reopened\n$/);
  }, 120_000);
});

describe('reviewer identity default', () => {
  it('with no Settings reviewer and no --by, attestations and triage record the git user.name and user.email of the project', async () => {
    const db0 = openStore(dbFile);
    expect(configuredReviewer(db0)).toBeNull();
    db0.close();
    const a = await assay(['attest', 'V6.1.1', '--status', 'pass', '--evidence', 'IdP policy reviewed', '--project', 'shop', '--db', dbFile]);
    expect(a.code).toBe(0);
    expect(a.out).toContain('V6.1.1 (ASVS 5.0.0) pass by Robin Auditor <robin@example.org>');
    const db = openStore(dbFile);
    try {
      const p = requireProjectByRoot(db, shop);
      expect(attestationHistory(db, p.id, '5.0.0', 'V6.1.1').at(-1)).toMatchObject({ actor: 'Robin Auditor <robin@example.org>' });
      const finding = listFindings(db, p.id).rows.find((r) => r.ruleId === 'PY-INJ-CMD')!;
      db.close();
      const t = await assay(['triage', finding.fingerprint, '--status', 'false_positive', '--reason', 'host is a fixed allow-list value', '--db', dbFile]);
      expect(t.code).toBe(0);
      expect(t.out).toContain('by Robin Auditor <robin@example.org>');
      const db2 = openStore(dbFile);
      try {
        expect(triageHistory(db2, finding.id).at(-1)).toMatchObject({ actor: 'Robin Auditor <robin@example.org>' });
      } finally {
        db2.close();
      }
    } finally {
      if (db.open) db.close();
    }
  });
});
