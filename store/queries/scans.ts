// Scans of a project: the list, one scan, and what it skipped.
import type { StoreDb } from '../open-store.js';
import type { ScanRow, SkippedFileRow } from '../types.js';

const COLUMNS = `s.id, s.project_id AS projectId, s.tool, s.status, s.started_at AS startedAt, s.finished_at AS finishedAt,
  s.git_commit AS gitCommit, s.git_branch AS gitBranch, s.git_dirty AS gitDirty, s.analyzer_version AS analyzerVersion,
  s.ruleset_version AS rulesetVersion, s.files_scanned AS filesScanned, s.files_skipped AS filesSkipped,
  s.lines_scanned AS linesScanned, s.duration_ms AS durationMs,
  (SELECT group_concat(framework) FROM scan_frameworks x WHERE x.scan_id = s.id) AS frameworks,
  (SELECT group_concat(rule_id, ' ') FROM scan_rules r WHERE r.scan_id = s.id) AS rulesRun,
  s.source_file AS sourceFile, s.error, s.recorded_at AS recordedAt`;

type RawScan = Omit<ScanRow, 'gitDirty' | 'frameworks' | 'rulesRun'> & { gitDirty: number | null; frameworks: string | null; rulesRun: string | null };

function toScanRow(r: RawScan): ScanRow {
  return {
    ...r,
    gitDirty: r.gitDirty === null ? null : r.gitDirty === 1,
    frameworks: (r.frameworks ? r.frameworks.split(',').sort() : []) as ScanRow['frameworks'],
    rulesRun: r.rulesRun ? r.rulesRun.split(' ').sort() : [],
  };
}

/** Oldest first: the order lifecycle was derived in. */
export function listScans(db: StoreDb, projectId: number): ScanRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM scans s WHERE s.project_id = ? ORDER BY s.id`).all(projectId) as RawScan[]).map(toScanRow);
}

export function getScan(db: StoreDb, scanId: number): ScanRow | undefined {
  const r = db.prepare(`SELECT ${COLUMNS} FROM scans s WHERE s.id = ?`).get(scanId) as RawScan | undefined;
  return r && toScanRow(r);
}

/** The newest scan of the project, optionally only among these statuses. */
export function latestScan(db: StoreDb, projectId: number, statuses: readonly ScanRow['status'][] = ['complete', 'imported']): ScanRow | undefined {
  const marks = statuses.map(() => '?').join(', ');
  const r = db.prepare(`SELECT ${COLUMNS} FROM scans s WHERE s.project_id = ? AND s.status IN (${marks}) ORDER BY s.id DESC LIMIT 1`).get(projectId, ...statuses) as RawScan | undefined;
  return r && toScanRow(r);
}

export function skippedFiles(db: StoreDb, scanId: number): SkippedFileRow[] {
  return db.prepare('SELECT path, reason, detail FROM skipped_files WHERE scan_id = ? ORDER BY path').all(scanId) as SkippedFileRow[];
}
