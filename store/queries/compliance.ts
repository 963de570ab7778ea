// Compliance per ASVS level per scan, from the coverage snapshots: the compliant statuses of domain/
// over the requirements in the level. Not verified is never counted as passing.
import type { StoreDb } from '../open-store.js';
import { complianceRatio, zeroStatusCounts, type AsvsLevel, type AsvsVersion, type RequirementStatus } from '../../domain/index.js';

export interface LevelCompliance {
  level: AsvsLevel;
  total: number;
  counts: Record<RequirementStatus, number>;
  /** 0..1; null when the scan has no snapshot. */
  compliance: number | null;
}

export interface ScanCompliance {
  scanId: number;
  startedAt: string;
  asvsVersion: AsvsVersion | null;
  levels: LevelCompliance[];
}

/** Compliance of one scan (null levels' compliance when it has no snapshot). */
export function complianceForScan(db: StoreDb, scanId: number): ScanCompliance | undefined {
  const scan = db.prepare('SELECT id, started_at AS startedAt FROM scans WHERE id = ?').get(scanId) as { id: number; startedAt: string } | undefined;
  if (!scan) return undefined;
  const counts = db
    .prepare('SELECT scan_id AS scanId, asvs_version AS version, level, status, count(*) AS n FROM coverage_snapshots WHERE scan_id = ? GROUP BY asvs_version, level, status')
    .all(scanId) as SnapshotCount[];
  return rollUp(scan, counts);
}

type SnapshotCount = { scanId: number; version: AsvsVersion; level: AsvsLevel; status: RequirementStatus; n: number };

function rollUp(s: { id: number; startedAt: string }, rows: readonly SnapshotCount[]): ScanCompliance {
  const levels = ([1, 2, 3] as const).map((level): LevelCompliance => {
    const counts = zeroStatusCounts();
    const l: LevelCompliance = { level, total: 0, counts, compliance: null };
    // Levels are cumulative: a level-1 requirement is in scope at 2 and 3.
    for (const r of rows) {
      if (r.level > level) continue;
      l.total += r.n;
      counts[r.status] += r.n;
    }
    if (l.total > 0) l.compliance = complianceRatio(counts);
    return l;
  });
  return { scanId: s.id, startedAt: s.startedAt, asvsVersion: rows[0]?.version ?? null, levels };
}

/** Oldest first; scans without a snapshot (failed, cancelled, or recorded before coverage was wired) carry null compliance. */
export function complianceHistory(db: StoreDb, projectId: number): ScanCompliance[] {
  const scans = db.prepare('SELECT id, started_at AS startedAt FROM scans WHERE project_id = ? ORDER BY id').all(projectId) as { id: number; startedAt: string }[];
  const counts = db
    .prepare(
      `SELECT c.scan_id AS scanId, c.asvs_version AS version, c.level, c.status, count(*) AS n
       FROM coverage_snapshots c WHERE c.scan_id IN (SELECT id FROM scans WHERE project_id = ?)
       GROUP BY c.scan_id, c.asvs_version, c.level, c.status`,
    )
    .all(projectId) as SnapshotCount[];
  const byScan = new Map<number, typeof counts>();
  for (const c of counts) {
    const list = byScan.get(c.scanId) ?? [];
    list.push(c);
    byScan.set(c.scanId, list);
  }
  return scans.map((s) => rollUp(s, byScan.get(s.id) ?? []));
}
