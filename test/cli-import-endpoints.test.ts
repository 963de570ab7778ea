// `assay import` of Assay JSON brings the endpoint inventory back: a scan exported with
// `assay scan --format json` and imported into another history database (a real SQLite file) has
// the same inventory and the same finding links as the scan that wrote it. A file with a bad
// inventory is refused with exit 2, the field named, and nothing recorded.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScans, openStore, readScanEndpoints, scanEndpointFindings } from '../store/index.js';
import { scanInputFromScanJson } from '../store/import/scan-json.js';
import { runCli } from './helpers/run-cli.js';

const FLASK = fileURLToPath(new URL('./fixtures/endpoints/flask-app/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'assay-import-endpoints-'));
const project = join(work, 'flask-app');
const exported = join(work, 'scan.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An exported endpoint, as the tests spoil it. */
interface Ep {
  handler: { file: string };
  authentication: string;
  methods: string[];
  path: string;
  guards: unknown[];
}

/** The inventory and the finding links of the project's latest scan in a history database. */
function latest(dbFile: string) {
  const db = openStore(dbFile, { readonly: true });
  try {
    const projectId = db.prepare('SELECT id FROM projects').pluck().get() as number;
    const scan = listScans(db, projectId).at(-1)!;
    const links = scanEndpointFindings(db, scan.id).map((l) => `${l.ordinal} ${l.ruleId} ${l.via} ${l.line}`).sort();
    return { status: scan.status, endpoints: readScanEndpoints(db, scan.id), links, scans: listScans(db, projectId).length };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  cpSync(FLASK, project, { recursive: true });
  const scan = await runCli(['scan', project, '--db', join(work, 'ci.db'), '--format', 'json', '--output', exported, '-q']);
  expect(scan.code, scan.stderr).toBe(0);
}, 120_000);

describe('assay import of an inventory', () => {
  it('gives the imported scan the inventory and the finding links of the exported one', async () => {
    const doc = JSON.parse(readFileSync(exported, 'utf8')) as { endpoints: unknown[] };
    expect(doc.endpoints.length).toBe(12);
    const db = join(work, 'desk.db');
    const r = await runCli(['import', project, exported, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const imported = latest(db);
    const original = latest(join(work, 'ci.db'));
    expect(imported.status).toBe('imported');
    expect(imported.endpoints).toEqual(original.endpoints);
    // The store keeps no startLine / ownMethods (they only steer the linking, which the links below check).
    const stored = (e: { handler: Record<string, unknown> }) => {
      const { startLine: _s, ownMethods: _o, ...handler } = e.handler;
      return { ...e, handler };
    };
    expect(imported.endpoints).toEqual((doc.endpoints as Array<{ handler: Record<string, unknown> }>).map(stored));
    // Inventory rules name their endpoint, other findings lie in a handler's body: both kinds of link come back.
    expect(imported.links).toEqual(original.links);
    expect(imported.links.some((l) => l.includes(' rule '))).toBe(true);
    expect(imported.links.some((l) => l.includes(' handler '))).toBe(true);
    // The desktop's Endpoints page and `assay endpoints` read the imported inventory.
    const listed = await runCli(['endpoints', project, '--db', db, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as { endpoints: unknown[] }).endpoints).toEqual(imported.endpoints);
  }, 120_000);

  const SPOILED: Array<[string, (e: Ep) => void, RegExp]> = [
    ['a handler file outside the project', (e) => (e.handler.file = '../../etc/passwd'), /endpoints\.0\.handler\.file: must be a path relative to the project/],
    ['an absolute handler file', (e) => (e.handler.file = '/etc/passwd'), /endpoints\.0\.handler\.file/],
    ['an authentication Assay does not know', (e) => (e.authentication = 'maybe'), /endpoints\.0\.authentication/],
    ['a method twice', (e) => (e.methods = ['GET', 'GET']), /endpoints\.0\.methods: lists a method twice/],
    ['an unbounded path', (e) => (e.path = `/${'a'.repeat(5000)}`), /endpoints\.0\.path/],
    ['a guard of no known kind', (e) => (e.guards = [{ kind: 'magic', name: 'x', authentication: 'required' }]), /endpoints\.0\.guards\.0\.kind/],
  ];
  const spoiled = (spoil: (e: Ep) => void) => {
    const doc = JSON.parse(readFileSync(exported, 'utf8')) as { endpoints: Ep[] };
    spoil(doc.endpoints[0]!);
    return doc;
  };

  it.each(SPOILED)('refuses %s, naming the field', (_, spoil, message) => {
    const r = scanInputFromScanJson(spoiled(spoil), 'scan.json');
    expect(r.input).toBeNull();
    expect(r.problems?.join('; ')).toMatch(message);
  });

  it('fails the import of a bad inventory with exit 2 and a message, never a stack trace, and records nothing', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify(spoiled(SPOILED[0]![1])));
    const db = join(work, 'desk.db');
    const before = latest(db).scans;
    const r = await runCli(['import', project, bad, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a valid Assay scan JSON: endpoints\.0\.handler\.file: must be a path relative to the project/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(latest(db).scans).toBe(before);
  }, 60_000);
});
