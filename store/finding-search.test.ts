import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { ensureProject, deleteProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { listFindings } from './queries/findings.js';
import { searchExpression } from './finding-search.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openStore } from './open-store.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempDbFile, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

const fingerprints = (rows: { fingerprint: string }[]) => rows.map((r) => r.fingerprint).sort();

describe('finding search', () => {
  it('finds by message, path, rule, CWE and snippet words, every word required, prefixes allowed', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordScan(db, projectId, scan([
      finding({ fingerprint: 'sql', ruleId: 'PY-INJ-SQL', path: 'shop/orders.py', cwe: [89] }),
      finding({ fingerprint: 'xss', ruleId: 'PY-XSS', path: 'shop/templates.py', cwe: [79] }),
      finding({ fingerprint: 'other', ruleId: 'PY-INJ-SQL', path: 'billing/invoices.py', cwe: [564] }),
    ], { startedAt: day(0) }));
    const search = (text: string) => fingerprints(listFindings(db, projectId, { filter: { search: text } }).rows);
    expect(search('orders.py')).toEqual(['sql']);
    expect(search('CWE-79')).toEqual(['xss']);
    expect(search('cwe-564')).toEqual(['other']);
    expect(search('PY-INJ-SQL')).toEqual(['other', 'sql']);
    expect(search('shop inj')).toEqual(['sql']);
    expect(search('invo')).toEqual(['other']);
    // The message holds the fingerprint in the synthetic findings; the snippet says cursor.execute.
    expect(search('(xss)')).toEqual(['xss']);
    expect(search('cursor.execute')).toEqual(['other', 'sql', 'xss']);
    expect(search('nowhere')).toEqual([]);
    // FTS syntax typed by a person is searched for, not obeyed.
    expect(search('sql OR xss')).toEqual([]);
    expect(search('"unbalanced')).toEqual([]);
    expect(search('orders)')).toEqual(['sql']);
    expect(search('NEAR(orders')).toEqual([]);
    expect(search('  ')).toEqual(['other', 'sql', 'xss']);
  });

  it('follows rescans that change a finding and forgets removed projects', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordScan(db, projectId, scan([finding({ fingerprint: 'a', path: 'old_name.py' })], { startedAt: day(0) }));
    recordScan(db, projectId, scan([finding({ fingerprint: 'a', path: 'new_name.py' })], { startedAt: day(1) }));
    expect(listFindings(db, projectId, { filter: { search: 'old_name' } }).total).toBe(0);
    expect(listFindings(db, projectId, { filter: { search: 'new_name' } }).total).toBe(1);
    deleteProject(db, projectId);
    expect(db.prepare('SELECT count(*) FROM finding_search').pluck().get()).toBe(0);
  });

  it('indexes findings recorded before the search migration', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    migrate(raw, file, migrations.filter((m) => m.version < 9));
    raw.close();
    // The previous schema's writer cannot be run here (record-scan writes the index), so rows are
    // inserted as that schema stored them.
    const old = new Database(file);
    old.exec(`INSERT INTO projects (id, name, root_path, created_at) VALUES (1, 'p', '/srv/p', '2026-01-01');
      INSERT INTO scans (id, project_id, tool, status, started_at, finished_at, analyzer_version, ruleset_version, files_scanned, files_skipped, lines_scanned, duration_ms, recorded_at)
        VALUES (1, 1, 'assay', 'complete', '2026-01-01', '2026-01-01', '1', '1', 1, 0, 1, 1, '2026-01-01');
      INSERT INTO findings (id, project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, path, start_line, start_column, end_line, end_column, revision, state, first_seen_scan_id, first_seen_at, opened_at)
        VALUES (1, 1, 'f', 'assay', 'PY-XSS', 'Reflected markup', 'high', 1, 'high', 'web/views.py', 1, 1, 1, 2, 'r', 'new', 1, '2026-01-01', '2026-01-01');
      INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json) VALUES (1, 'name reaches mark_safe', 's', 'f', '[]');
      INSERT INTO finding_cwes (finding_id, cwe) VALUES (1, 79);`);
    old.close();
    const db = openStore(file);
    expect(listFindings(db, 1, { filter: { search: 'mark_safe CWE-79 views' } }).total).toBe(1);
    expect(db.prepare('SELECT assignee FROM findings').pluck().get()).toBeNull();
  });

  it('quotes every word', () => {
    expect(searchExpression('a "b" c*')).toBe('"a"* """b"""* "c*"*');
    expect(searchExpression('-- ;;')).toBeNull();
  });
});
