// Migration 011 on a database from before it, and the effective_kind column kept right afterwards by
// every path that changes a finding's kind or triage (recording, triage, hotspot review, bulk triage).
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { migrate } from '../migrate.js';
import { openStore, type StoreDb } from '../open-store.js';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage } from '../triage.js';
import { recordHotspotReview } from '../hotspot-reviews.js';
import { recordBulkTriage } from '../bulk-triage.js';
import { listFindings } from '../queries/findings.js';
import { day, finding, manyFindings, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempDbFile } from '../testing/temp-db.js';
import type { TriageStatus } from '../types.js';

afterAll(removeTempDirs);

/** Rows whose stored effective kind differs from what kind and triage say it is. */
function wrongEffectiveKinds(db: Database.Database | StoreDb): number {
  return db
    .prepare("SELECT count(*) FROM findings WHERE effective_kind IS NOT (CASE WHEN kind = 'hotspot' AND triage_status = 'confirmed' THEN 'vulnerability' ELSE kind END)")
    .pluck()
    .get() as number;
}

describe('migration 011', () => {
  it('fills effective_kind, rebuilds the open index and the search index of a database made before it', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    migrate(raw, file, migrations.filter((m) => m.version < 11));
    raw.prepare("INSERT INTO projects (id, name, root_path, created_at) VALUES (1, 'old', '/srv/old', ?)").run(day(0));
    raw.prepare("INSERT INTO scans (id, project_id, tool, status, started_at, finished_at, analyzer_version, ruleset_version, files_scanned, files_skipped, lines_scanned, duration_ms, recorded_at) VALUES (1, 1, 'assay', 'complete', ?, ?, '0.1.0', '1', 1, 0, 10, 5, ?)").run(day(0), day(0), day(0));
    const rows: [number, string, TriageStatus][] = [[1, 'vulnerability', 'open'], [2, 'hotspot', 'open'], [3, 'hotspot', 'confirmed'], [4, 'hotspot', 'false_positive'], [5, 'vulnerability', 'false_positive']];
    for (const [id, kind, triage] of rows) {
      raw.prepare(
        `INSERT INTO findings (id, project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, kind, path, start_line, start_column, end_line, end_column,
           revision, state, first_seen_scan_id, first_seen_at, opened_at, triage_status, triage_at)
         VALUES (?, 1, ?, 'assay', 'PY-OLD', 'Old rule', 'high', 1, 'high', ?, 'app/old.py', ?, 1, ?, 2, 'r', 'new', 1, ?, ?, ?, ?)`,
      ).run(id, `fp-old-${id}`, kind, id, id, day(0), day(0), triage, triage === 'open' ? null : day(1));
      raw.prepare("INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json) VALUES (?, ?, 'eval(x)', 'do not', '[]')").run(id, `legacy message number${id}`);
      raw.prepare('INSERT INTO finding_cwes (finding_id, cwe) VALUES (?, 95)').run(id);
      raw.prepare("INSERT INTO occurrences (scan_id, finding_id, start_line, end_line, suppressed, lifecycle) VALUES (1, ?, ?, ?, 0, 'new')").run(id, id, id);
    }
    raw.close();

    const db = openStore(file);
    const kinds = db.prepare('SELECT id, effective_kind AS k FROM findings ORDER BY id').all();
    expect(kinds).toEqual([{ id: 1, k: 'vulnerability' }, { id: 2, k: 'hotspot' }, { id: 3, k: 'vulnerability' }, { id: 4, k: 'hotspot' }, { id: 5, k: 'vulnerability' }]);
    // The search index was rebuilt without its copy of the texts and still finds every word.
    expect(db.prepare("SELECT rowid FROM finding_search WHERE finding_search MATCH '\"number3\"*'").pluck().all()).toEqual([3]);
    expect(db.prepare("SELECT count(*) FROM finding_search WHERE finding_search MATCH '\"CWE-95\"'").pluck().get()).toBe(5);
    expect(listFindings(db, 1, { filter: { search: 'legacy' }, now: day(2) }).rows.map((r) => r.id)).toEqual([1, 3]);
    expect(listFindings(db, 1, { filter: { kind: ['hotspot'] }, now: day(2) }).rows.map((r) => r.id)).toEqual([2]);
    // Deleting a project still empties its search rows (the trigger came back with the table).
    db.prepare('DELETE FROM projects WHERE id = 1').run();
    expect(db.prepare("SELECT count(*) FROM finding_search WHERE finding_search MATCH '\"legacy\"'").pluck().get()).toBe(0);
    db.close();
  });

  it('keeps effective_kind right through recording, triage, hotspot review, bulk triage and a rescan that changes kinds', () => {
    const db = openStore(tempDbFile());
    const project = ensureProject(db, { rootPath: '/srv/kinds' });
    const hot = (fp: string) => finding({ fingerprint: fp, kind: 'hotspot', ruleId: 'PY-REVIEW' });
    recordScan(db, project.id, scan([...manyFindings(40), hot('h1'), hot('h2'), hot('h3')], { startedAt: day(1) }));
    expect(wrongEffectiveKinds(db)).toBe(0);
    const id = (fp: string) => db.prepare('SELECT id FROM findings WHERE fingerprint = ?').pluck().get(fp) as number;
    recordHotspotReview(db, { findingId: id('h1'), verdict: 'needs_fix', at: day(2) });
    recordHotspotReview(db, { findingId: id('h2'), verdict: 'safe', reason: 'constant input', at: day(2) });
    expect(db.prepare("SELECT fingerprint FROM findings WHERE kind = 'hotspot' AND effective_kind = 'vulnerability'").pluck().all()).toEqual(['h1']);
    recordTriage(db, { findingId: id('h1'), status: 'open', reason: 'look again', at: day(3) });
    const some = listFindings(db, project.id, { limit: 5, now: day(3) }).rows.map((r) => r.id);
    recordBulkTriage(db, { projectId: project.id, findingIds: [...some, id('h3')], status: 'confirmed', reason: 'real', at: day(3) });
    expect(wrongEffectiveKinds(db)).toBe(0);
    // The rule's tier changes: known findings change kind in place.
    recordScan(db, project.id, scan([...manyFindings(40), finding({ fingerprint: 'h1', ruleId: 'PY-REVIEW' }), hot('h3'), finding({ fingerprint: 'fp000000000001', kind: 'hotspot' })], { startedAt: day(4) }));
    expect(wrongEffectiveKinds(db)).toBe(0);
    expect(db.prepare("SELECT effective_kind FROM findings WHERE fingerprint = 'h3'").pluck().get()).toBe('vulnerability');
    db.close();
  });

  it('lists by the decision in force exactly as the CASE it replaced, before and after an acceptance expires', () => {
    const db = openStore(tempDbFile());
    const project = ensureProject(db, { rootPath: '/srv/triage' });
    recordScan(db, project.id, scan(manyFindings(60), { startedAt: day(1) }));
    const ids = db.prepare('SELECT id FROM findings ORDER BY id').pluck().all() as number[];
    ids.slice(0, 10).forEach((findingId) => recordTriage(db, { findingId, status: 'accepted_risk', reason: 'later', expiresAt: day(10), at: day(2) }));
    ids.slice(10, 20).forEach((findingId) => recordTriage(db, { findingId, status: 'false_positive', reason: 'no', at: day(2) }));
    ids.slice(20, 30).forEach((findingId) => recordTriage(db, { findingId, status: 'confirmed', reason: 'yes', at: day(2) }));
    const inForce = (now: string, wanted: readonly TriageStatus[]) =>
      (db
        .prepare(`SELECT id, CASE WHEN triage_status = 'accepted_risk' AND triage_expires_at <= ? THEN 'open' ELSE triage_status END AS t
           FROM findings WHERE suppression_kind IS NULL AND kind = 'vulnerability' ORDER BY id`)
        .all(now) as { id: number; t: TriageStatus }[]).filter((r) => wanted.includes(r.t)).map((r) => r.id);
    const sets: TriageStatus[][] = [['open'], ['accepted_risk'], ['open', 'confirmed'], ['false_positive', 'accepted_risk'], ['confirmed'], [], ['open', 'confirmed', 'false_positive', 'accepted_risk']];
    for (const now of [day(5), day(10), day(20)]) {
      for (const triage of sets) {
        const listed = listFindings(db, project.id, { filter: { triage }, limit: 1000, now }).rows.map((r) => r.id).sort((a, b) => a - b);
        expect({ now, triage, listed }).toEqual({ now, triage, listed: inForce(now, triage) });
      }
    }
    db.close();
  });
});
