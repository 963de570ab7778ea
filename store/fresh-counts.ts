// The kept counts of a project whose every finding is new in the scan being recorded (its first
// scan, an import into a new database): the groups are counted while the rows are written, and
// the recount of the whole table that rebuildFindingCounts does (a sort of 100,000 rows on 14
// columns, ~0.4 s) is not needed. What is written is what that recount would write, rows in the
// same order: every column a group holds is a value bound for the new row (effective_kind is the
// kind of a finding not yet triaged; state, triage and the scan's columns are the same for all).
// The path list is still recounted in SQL: two columns sort cheaply, and a project can have as
// many (path, rule) pairs as findings.
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { severityRank } from './severity.js';
import { BatchInsert } from './batch-insert.js';
import { rebuildFindingPaths } from './finding-counts.js';

interface Group {
  kind: string;
  suppressionKind: string | null;
  rank: number;
  ruleId: string;
  title: string;
  linkSetId: number;
  tool: string;
  confidence: string;
  n: number;
  latestId: number;
}

/** SQLite's order for BINARY text: the bytes of the UTF-8 encoding. */
const byBytes = (a: string, b: string) => (a === b ? 0 : Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
/** ORDER BY's NULLs first. */
const nullsFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : byBytes(a, b));

/** The order of rebuildFindingCounts' insert (its GROUP), for the columns that differ within one fresh project. */
function groupOrder(a: Group, b: Group): number {
  return byBytes(a.kind, b.kind) || nullsFirst(a.suppressionKind, b.suppressionKind) || a.rank - b.rank || byBytes(a.ruleId, b.ruleId)
    || byBytes(a.title, b.title) || a.linkSetId - b.linkSetId || byBytes(a.tool, b.tool) || byBytes(a.confidence, b.confidence);
}

export class FreshCounts {
  /** By link set and rule, then the few groups there told apart field by field: no key text is built per finding. */
  private readonly groups = new Map<number, Map<string, Group[]>>();

  /** One new finding, as written with id `id` and link set `linkSetId`. */
  add(id: number, f: Finding, linkSetId: number): void {
    let byRule = this.groups.get(linkSetId);
    if (!byRule) this.groups.set(linkSetId, (byRule = new Map()));
    let candidates = byRule.get(f.ruleId);
    if (!candidates) byRule.set(f.ruleId, (candidates = []));
    const suppressionKind = f.suppression?.kind ?? null;
    const rank = severityRank(f.severity);
    for (const g of candidates) {
      if (g.rank === rank && g.kind === f.kind && g.suppressionKind === suppressionKind && g.title === f.title && g.tool === f.tool && g.confidence === f.confidence) {
        g.n++;
        if (id > g.latestId) g.latestId = id;
        return;
      }
    }
    candidates.push({ kind: f.kind, suppressionKind, rank, ruleId: f.ruleId, title: f.title, linkSetId, tool: f.tool, confidence: f.confidence, n: 1, latestId: id });
  }

  /**
   * Writes the project's groups and path list (scanId: the scan that saw them all, first and last;
   * openedAt: when) and lets the triggers keep them again; only for a project with no other findings.
   */
  write(db: StoreDb, projectId: number, scanId: number, openedAt: string): void {
    db.prepare('DELETE FROM finding_counts WHERE project_id = ?').run(projectId);
    db.prepare('DELETE FROM finding_paths WHERE project_id = ?').run(projectId);
    const counts = new BatchInsert(
      db,
      'INSERT INTO finding_counts (project_id, effective_kind, suppression_kind, severity_rank, state, triage_status, triage_expires_at, opened_at, rule_id, title, link_set_id, tool, confidence, last_seen_scan_id, n, latest_id)',
      10,
      200,
      { row: "(@project, ?, ?, ?, 'new', 'open', NULL, @openedAt, ?, ?, ?, ?, ?, @scan, ?, ?)", shared: { project: projectId, scan: scanId, openedAt } },
    );
    const all = [...this.groups.values()].flatMap((byRule) => [...byRule.values()].flat());
    for (const g of all.sort(groupOrder)) counts.add(g.kind, g.suppressionKind, g.rank, g.ruleId, g.title, g.linkSetId, g.tool, g.confidence, g.n, g.latestId);
    counts.flush();
    rebuildFindingPaths(db, projectId);
    db.prepare('DELETE FROM finding_counts_pending WHERE project_id = ?').run(projectId);
  }
}
