// Migration 002 on a database written by release 0.1.0 (store/testing/fixtures/release-0.1.0.db:
// two scans of the demo shop, a false positive, an accepted risk, a pass and an N/A attestation,
// made with that release's own `assay scan|triage|attest`).
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore } from '../open-store.js';
import { schemaVersion } from '../migrate.js';
import { LATEST_SCHEMA_VERSION } from './index.js';
import { removeTempDirs, tempDbFile } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const FIXTURE = fileURLToPath(new URL('../testing/fixtures/release-0.1.0.db', import.meta.url));

function releaseDb(): string {
  const file = tempDbFile();
  copyFileSync(FIXTURE, file);
  return file;
}

describe('migration 002 on a release 0.1.0 database', () => {
  it('the fixture really is a version-1 database with history', () => {
    const raw = new Database(FIXTURE, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare('SELECT count(*) FROM scans').pluck().get()).toBe(2);
    raw.close();
  });

  it('keeps every snapshot, triage event and attestation, and accepts the new statuses', () => {
    const file = releaseDb();
    const before = new Database(file, { readonly: true });
    const snapshots = before.prepare('SELECT scan_id, requirement_id, status FROM coverage_snapshots ORDER BY 1, 2').all();
    const triage = before.prepare('SELECT * FROM triage_events ORDER BY id').all();
    const attestations = before.prepare('SELECT id, requirement_id, status, evidence, actor, at FROM attestations ORDER BY id').all();
    before.close();
    expect(snapshots.length).toBeGreaterThan(600);

    const db = openStore(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT scan_id, requirement_id, status FROM coverage_snapshots ORDER BY 1, 2').all()).toEqual(snapshots);
    expect(db.prepare("SELECT count(*) FROM coverage_snapshots WHERE reason <> ''").pluck().get()).toBe(0);
    expect(db.prepare('SELECT * FROM triage_events ORDER BY id').all()).toEqual(triage);
    expect(db.prepare('SELECT id, requirement_id, status, evidence, actor, at FROM attestations ORDER BY id').all()).toEqual(attestations);
    expect(db.prepare('SELECT count(*) FROM attestations WHERE override_reason IS NOT NULL OR overridden_findings <> 0').pluck().get()).toBe(0);

    const insert = db.prepare("INSERT INTO coverage_snapshots (scan_id, asvs_version, requirement_id, level, chapter, status, reason) VALUES (1, '5.0.0', ?, 1, 'V99', ?, 'x')");
    insert.run('V99.1.1', 'failing_risk_accepted');
    insert.run('V99.1.2', 'not_applicable_suggested');
    // The old hyphenated words were never stored and are refused now too.
    expect(() => insert.run('V99.1.3', 'not-verified')).toThrow(/CHECK/);
    // The audit trail stays append-only after the rebuild.
    expect(() => db.prepare("UPDATE attestations SET evidence = 'edited'").run()).toThrow(/append-only/);
    db.close();
  });
});
