// Vulnerabilities and hotspots through the store: kept per finding, listed apart, counted apart in
// the history, and a database from before the two tiers reads its findings as vulnerabilities.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { listFindings } from './queries/findings.js';
import { scanHistory } from './queries/history.js';
import { openCountsBySeverity } from './queries/dashboard.js';
import { openStore } from './open-store.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempDbFile, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

describe('finding kinds in the store', () => {
  it('lists vulnerabilities by default and hotspots on request, and counts them apart per scan', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    const vuln = finding({ fingerprint: 'v1', severity: 'high' });
    const spot = finding({ fingerprint: 'h1', severity: 'medium', kind: 'hotspot', ruleId: 'PY-CRYPTO-WEAK-HASH' });
    recordScan(db, projectId, scan([vuln, spot], { startedAt: day(0) }));

    expect(listFindings(db, projectId).rows.map((r) => [r.fingerprint, r.kind])).toEqual([['v1', 'vulnerability']]);
    expect(listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows.map((r) => [r.fingerprint, r.kind])).toEqual([['h1', 'hotspot']]);
    expect(listFindings(db, projectId, { filter: { kind: ['vulnerability', 'hotspot'] } }).total).toBe(2);
    expect(openCountsBySeverity(db, projectId)).toMatchObject({ high: 1, medium: 0 });

    // The hotspot is fixed, a new one appears, and the vulnerability becomes a hotspot (a rule's tier changed).
    const spot2 = finding({ fingerprint: 'h2', severity: 'low', kind: 'hotspot' });
    recordScan(db, projectId, scan([{ ...vuln, kind: 'hotspot' }, spot2], { startedAt: day(1) }));
    expect(listFindings(db, projectId).total).toBe(0);
    expect(listFindings(db, projectId, { filter: { kind: ['hotspot'] } }).rows.map((r) => r.fingerprint).sort()).toEqual(['h2', 'v1']);

    const history = scanHistory(db, projectId);
    expect(history.map((h) => [h.totals.open, h.hotspots.totals.open])).toEqual([[1, 1], [0, 2]]);
    expect(history[0]!.open.high).toBe(1);
    expect(history[0]!.hotspots.open.medium).toBe(1);
    expect(history[1]!.hotspots.fixed.medium).toBe(1);
    expect(history[1]!.hotspots.new.low).toBe(1);
    expect(history[1]!.totals.fixed).toBe(0);
  });

  it('reads a database from before the tiers as all vulnerabilities, history included', () => {
    const file = tempDbFile();
    const raw = new Database(file);
    migrate(raw, file, migrations.filter((m) => m.version === 1));
    raw.close();
    // Record one scan on the old schema's shape by upgrading only after the rows exist.
    const early = new Database(file);
    early.exec(`INSERT INTO projects (id, name, root_path, created_at) VALUES (1, 'p', '/srv/old', '${day(0)}');
      INSERT INTO scans (id, project_id, tool, status, started_at, finished_at, analyzer_version, ruleset_version, files_scanned, files_skipped, lines_scanned, duration_ms, recorded_at)
        VALUES (1, 1, 'assay', 'complete', '${day(0)}', '${day(0)}', '0', '0', 1, 0, 1, 1, '${day(0)}');
      INSERT INTO findings (id, project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, path, start_line, start_column, end_line, end_column, revision, state, first_seen_scan_id, first_seen_at, opened_at)
        VALUES (1, 1, 'old', 'assay', 'PY-INJ-SQL', 't', 'high', 1, 'high', 'a.py', 1, 1, 1, 2, 'r', 'new', 1, '${day(0)}', '${day(0)}');
      INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json) VALUES (1, 'm', 's', 'f', '[]');
      INSERT INTO occurrences (scan_id, finding_id, start_line, end_line, suppressed, lifecycle) VALUES (1, 1, 1, 1, 0, 'new');
      INSERT INTO scan_counts (scan_id, severity, seen, open, new, reopened, fixed, suppressed) VALUES (1, 'high', 1, 1, 1, 0, 0, 0);`);
    early.close();
    const db = openStore(file);
    const rows = listFindings(db, 1).rows;
    expect(rows.map((r) => [r.fingerprint, r.kind])).toEqual([['old', 'vulnerability']]);
    const [h] = scanHistory(db, 1);
    expect([h!.open.high, h!.hotspots.totals.open]).toEqual([1, 0]);
    db.close();
  });
});
