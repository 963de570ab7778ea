// Migration 017 on a database recorded before it: the findings table is rebuilt without its UNIQUE
// clause and keeps every row, child row, index, trigger and planner statistic; the identity is
// still unique (now through findings_fingerprint), and recording and deleting still work through it.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { migrate } from '../migrate.js';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage } from '../triage.js';
import { day, manyFindings, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempDbFile } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'findings' AND name <> 'findings' AND sql IS NOT NULL ORDER BY type, name").all();
const rowsOf = (db: Database.Database, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all();

describe('migration 017', () => {
  it('moves the identity to findings_fingerprint and keeps everything else as it was', () => {
    const file = tempDbFile();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(db, file, migrations.filter((m) => m.version < 17));
    const p = ensureProject(db, { rootPath: '/srv/old' }).id;
    const pool = manyFindings(300);
    recordScan(db, p, scan(pool.slice(0, 200), { startedAt: day(0) }), { now: day(0, 1) });
    recordScan(db, p, scan(pool.slice(100, 300), { startedAt: day(1) }), { now: day(1, 1) });
    recordTriage(db, { findingId: 1, status: 'false_positive', reason: 'test', at: day(2) });
    db.exec('ANALYZE');
    const columns = db.pragma('table_xinfo(findings)');
    const children = ['finding_details', 'occurrences', 'fixes', 'triage_events', 'finding_counts'].map((t) => rowsOf(db, t));
    const findings = rowsOf(db, 'findings');
    const search = db.prepare("SELECT rowid FROM finding_search WHERE finding_search MATCH 'fp00000000000a' ORDER BY rowid").pluck().all();
    const before = schemaOf(db);
    const stats = db.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'findings' ORDER BY idx").all() as { idx: string; stat: string }[];
    expect(stats.some((s) => s.idx === 'sqlite_autoindex_findings_1')).toBe(true);

    expect(migrate(db, file)).toEqual([17]);

    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('table_xinfo(findings)')).toEqual(columns);
    expect(db.pragma('foreign_key_list(findings)')).toHaveLength(4);
    expect(rowsOf(db, 'findings')).toEqual(findings);
    expect(['finding_details', 'occurrences', 'fixes', 'triage_events', 'finding_counts'].map((t) => rowsOf(db, t))).toEqual(children);
    expect(db.prepare("SELECT rowid FROM finding_search WHERE finding_search MATCH 'fp00000000000a' ORDER BY rowid").pluck().all()).toEqual(search);
    const after = schemaOf(db) as { type: string; name: string; sql: string }[];
    expect(after.filter((o) => o.name !== 'findings_fingerprint')).toEqual(before);
    expect(after.find((o) => o.name === 'findings_fingerprint')?.sql).toBe('CREATE UNIQUE INDEX findings_fingerprint ON findings(project_id, fingerprint)');
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'findings'").pluck().get()).not.toMatch(/UNIQUE/);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_findings%' OR name = 'findings_017'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'findings' ORDER BY idx").all()).toEqual(
      stats.map((s) => (s.idx === 'sqlite_autoindex_findings_1' ? { ...s, idx: 'findings_fingerprint' } : s)).sort((a, b) => (a.idx < b.idx ? -1 : 1)),
    );

    // Still unique, and the recording still finds known findings by it.
    const one = db.prepare('SELECT * FROM findings WHERE id = 2').get() as Record<string, unknown>;
    expect(() => db.prepare('INSERT INTO findings (project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, path, start_line, start_column, end_line, end_column, revision, state, first_seen_scan_id, first_seen_at, opened_at) SELECT project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, path, start_line, start_column, end_line, end_column, revision, state, first_seen_scan_id, first_seen_at, opened_at FROM findings WHERE id = 2').run()).toThrow(/UNIQUE/);
    const outcome = recordScan(db, p, scan(pool.slice(0, 150), { startedAt: day(3) }), { now: day(3, 1) });
    expect(outcome.reopened).toBe(100);
    expect(db.prepare('SELECT fingerprint FROM findings WHERE id = 2').pluck().get()).toBe(one.fingerprint);
    // The children still point at findings: deleting the project cascades through them.
    db.prepare('DELETE FROM projects WHERE id = ?').run(p);
    for (const t of ['findings', 'finding_details', 'occurrences', 'fixes']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    db.close();
  });
});
