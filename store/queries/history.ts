// Counts per scan for the trend charts and `assay history`: open, new, reopened and fixed, per
// severity, as frozen when each scan was recorded (scan_counts). Vulnerabilities and hotspots are
// counted apart: the top-level counts are vulnerabilities, `hotspots` the review queue.
import type { FindingKind, Severity } from '../../analyzer/types.js';
import type { StoreDb } from '../open-store.js';
import type { ScanStatus, SeverityCounts } from '../types.js';
import { zeroCounts } from '../severity.js';

export interface KindHistoryCounts {
  open: SeverityCounts;
  new: SeverityCounts;
  reopened: SeverityCounts;
  fixed: SeverityCounts;
  suppressed: SeverityCounts;
  totals: { open: number; new: number; reopened: number; fixed: number; suppressed: number };
}

export interface ScanHistoryRow {
  scanId: number;
  tool: string;
  status: ScanStatus;
  startedAt: string;
  gitCommit: string | null;
  gitBranch: string | null;
  open: SeverityCounts;
  new: SeverityCounts;
  reopened: SeverityCounts;
  fixed: SeverityCounts;
  suppressed: SeverityCounts;
  totals: { open: number; new: number; reopened: number; fixed: number; suppressed: number };
  /** The same counts for hotspots (the fields above are vulnerabilities). */
  hotspots: KindHistoryCounts;
}

const emptyKindCounts = (): KindHistoryCounts => ({
  open: zeroCounts(), new: zeroCounts(), reopened: zeroCounts(), fixed: zeroCounts(), suppressed: zeroCounts(),
  totals: { open: 0, new: 0, reopened: 0, fixed: 0, suppressed: 0 },
});

/** Oldest first. */
export function scanHistory(db: StoreDb, projectId: number): ScanHistoryRow[] {
  const scans = db
    .prepare('SELECT id, tool, status, started_at AS startedAt, git_commit AS gitCommit, git_branch AS gitBranch FROM scans WHERE project_id = ? ORDER BY id')
    .all(projectId) as { id: number; tool: string; status: ScanStatus; startedAt: string; gitCommit: string | null; gitBranch: string | null }[];
  const counts = db
    .prepare(
      `SELECT c.scan_id AS scanId, c.kind, c.severity, c.open, c.new, c.reopened, c.fixed, c.suppressed
       FROM scan_counts c JOIN scans s ON s.id = c.scan_id WHERE s.project_id = ?`,
    )
    .all(projectId) as { scanId: number; kind: FindingKind; severity: Severity; open: number; new: number; reopened: number; fixed: number; suppressed: number }[];
  const rows = new Map<number, ScanHistoryRow>();
  for (const s of scans) {
    rows.set(s.id, {
      scanId: s.id, tool: s.tool, status: s.status, startedAt: s.startedAt, gitCommit: s.gitCommit, gitBranch: s.gitBranch,
      ...emptyKindCounts(),
      hotspots: emptyKindCounts(),
    });
  }
  for (const c of counts) {
    const row = rows.get(c.scanId)!;
    const r: KindHistoryCounts = c.kind === 'hotspot' ? row.hotspots : row;
    for (const k of ['open', 'new', 'reopened', 'fixed', 'suppressed'] as const) {
      r[k][c.severity] = c[k];
      r.totals[k] += c[k];
    }
  }
  return [...rows.values()];
}
