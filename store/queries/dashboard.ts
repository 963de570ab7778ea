// The small aggregates of the Dashboard and Projects pages: open findings per severity, top CWEs,
// and a one-line summary per project.
import { SEVERITIES } from '../../analyzer/types.js';
import type { StoreDb } from '../open-store.js';
import type { ProjectRow, ScanRow, SeverityCounts } from '../types.js';
import { getProject, listProjects } from '../projects.js';
import { zeroCounts } from '../severity.js';
import { findingWhere, type FindingFilter } from './findings.js';
import { countSource, scanSeenLast } from '../finding-counts.js';
import { latestScan } from './scans.js';
import { complianceForScan, type LevelCompliance } from './compliance.js';

export function openCountsBySeverity(db: StoreDb, projectId: number, now: string = new Date().toISOString(), filter: FindingFilter = {}): SeverityCounts {
  const project = getProject(db, projectId);
  const seenLast = scanSeenLast(db, projectId, filter);
  const where = findingWhere(projectId, project.asvsVersion, filter, now, seenLast);
  const counts = zeroCounts();
  // From the kept counts when the filter allows (a few rows), else an index-only count by the indexed rank.
  const source = countSource(filter, seenLast);
  for (const r of db.prepare(`SELECT f.severity_rank AS rank, ${source.count} AS n FROM ${source.from} WHERE ${where.sql} GROUP BY f.severity_rank`).all(where.params) as { rank: number; n: number }[]) {
    counts[SEVERITIES[r.rank]!] = r.n;
  }
  return counts;
}

export interface CweCount {
  cwe: number;
  count: number;
}

/** The CWEs with the most open findings, most first. */
export function topCwes(db: StoreDb, projectId: number, limit = 10, now: string = new Date().toISOString()): CweCount[] {
  const project = getProject(db, projectId);
  const where = findingWhere(projectId, project.asvsVersion, {}, now);
  // Open findings per link set (from the kept counts), then the sets' CWEs.
  return db
    .prepare(
      `SELECT c.cwe, sum(g.n) AS count FROM (SELECT f.link_set_id AS setId, sum(f.n) AS n FROM finding_counts f WHERE ${where.sql} GROUP BY f.link_set_id) g
       JOIN link_set_cwes c ON c.set_id = g.setId GROUP BY c.cwe ORDER BY count DESC, c.cwe LIMIT @limit`,
    )
    .all({ ...where.params, limit }) as CweCount[];
}

export interface ProjectSummary {
  project: ProjectRow;
  lastScan: ScanRow | null;
  open: SeverityCounts;
  /** Compliance at the project's target level from the latest scan's snapshot; null without one. */
  compliance: LevelCompliance | null;
}

export function projectSummaries(db: StoreDb, now: string = new Date().toISOString()): ProjectSummary[] {
  return listProjects(db).map((project) => {
    const lastScan = latestScan(db, project.id, ['complete', 'imported', 'cancelled', 'failed']) ?? null;
    const snapshotScan = db
      .prepare('SELECT max(s.id) FROM scans s WHERE s.project_id = ? AND EXISTS (SELECT 1 FROM coverage_snapshots c WHERE c.scan_id = s.id)')
      .pluck()
      .get(project.id) as number | null;
    const latest = snapshotScan === null ? undefined : complianceForScan(db, snapshotScan);
    return {
      project,
      lastScan,
      open: openCountsBySeverity(db, project.id, now),
      compliance: latest?.levels.find((l) => l.level === project.asvsLevel) ?? null,
    };
  });
}
