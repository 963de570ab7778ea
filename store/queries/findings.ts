// The findings list behind the Findings page and `assay findings`: filters, sorting, paging and
// the total, plus the detail of one finding. Defaults describe "open findings": not fixed, not
// suppressed, and no false-positive or unexpired accepted-risk decision in force.
import { findingStanding } from '../../domain/index.js';
import type { Confidence, FindingKind, Severity, TraceStep } from '../../analyzer/types.js';
import type { StoreDb } from '../open-store.js';
import { TRIAGE_STATUSES, type FindingDetail, type FindingRow, type Lifecycle, type TriageStatus } from '../types.js';
import { getProject } from '../projects.js';
import { severityRank } from '../severity.js';
import { triageHistory } from '../triage.js';
import { asvsChapter } from '../asvs-ids.js';
import { EFFECTIVE_KIND_SQL } from '../hotspot-reviews.js';
import { SEARCH_CLAUSE, searchExpression } from '../finding-search.js';
import { countSource, findingsFrom, scanSeenLast } from '../finding-counts.js';

export interface FindingFilter {
  /**
   * Default: vulnerabilities only (hotspots are the To review queue; pass both kinds for everything).
   * A hotspot a reviewer confirmed ("needs fix") counts as a vulnerability.
   */
  kind?: readonly FindingKind[];
  severity?: readonly Severity[];
  confidence?: readonly Confidence[];
  cwe?: readonly number[];
  /** Chapters ('V1') of the project's target ASVS version. */
  asvsChapter?: readonly string[];
  /** Requirement ids ('V1.2.4') of the project's target ASVS version. */
  asvsRequirement?: readonly string[];
  ruleId?: readonly string[];
  tool?: readonly string[];
  /** Exact file paths. */
  path?: readonly string[];
  /** Case-insensitive text in the path or rule id. */
  text?: string;
  /** Default: everything but 'fixed'. */
  lifecycle?: readonly Lifecycle[];
  /** The decision in force (expired acceptance = 'open'). Default: open and confirmed. */
  triage?: readonly TriageStatus[];
  /** Default false: suppressed findings (nosec, assay: ignore) are left out. 'any' shows both. */
  suppressed?: boolean | 'any';
  /** Only findings seen by this scan. */
  scanId?: number;
  /** Free text: every word (or word prefix) in the message, path, rule, title, CWE or snippet. */
  search?: string;
  /** Assigned to one of these people; null in the list stands for unassigned. */
  assignee?: readonly (string | null)[];
}

export const FINDING_SORTS = ['severity', 'confidence', 'path', 'rule', 'firstSeen', 'age', 'lifecycle', 'triage'] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export interface FindingQuery {
  filter?: FindingFilter;
  sort?: FindingSort;
  direction?: 'asc' | 'desc';
  offset?: number;
  /** At most 1000. Default 100. */
  limit?: number;
  /** The instant against which risk-acceptance expiry is judged. */
  now?: string;
}

export interface FindingPage {
  total: number;
  offset: number;
  rows: FindingRow[];
}

const SORT_SQL: Record<FindingSort, string> = {
  severity: 'f.severity_rank',
  confidence: "CASE f.confidence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
  path: 'f.path',
  rule: 'f.rule_id',
  firstSeen: 'f.first_seen_at',
  age: 'f.opened_at',
  lifecycle: 'f.state',
  triage: 'f.triage_status',
};

/** Directions that read naturally: "severity asc" means worst first. */
const SECONDARY: Partial<Record<FindingSort, string>> = { severity: 'f.path, f.start_line', path: 'f.start_line', rule: 'f.severity_rank, f.path' };

const ROW_SELECT = `f.id, f.project_id AS projectId, f.fingerprint, f.tool, f.rule_id AS ruleId, f.title, f.severity, f.confidence, f.kind, f.path,
  f.start_line AS startLine, f.start_column AS startColumn, f.end_line AS endLine, f.end_column AS endColumn, d.message, d.snippet,
  f.state AS lifecycle, CASE WHEN f.triage_status = 'accepted_risk' AND f.triage_expires_at <= @now THEN 'open' ELSE f.triage_status END AS triage,
  f.triage_status AS triageRecorded, f.triage_expires_at AS triageExpiresAt, f.suppression_kind AS suppression,
  (length(trim(coalesce(d.suppression_reason, ''))) > 0) AS suppressionJustified,
  (SELECT group_concat(cwe) FROM link_set_cwes c WHERE c.set_id = f.link_set_id) AS cwe,
  (SELECT group_concat(requirement_id, ' ') FROM link_set_asvs a WHERE a.set_id = f.link_set_id AND a.asvs_version = @version) AS asvs,
  f.assignee, f.first_seen_at AS firstSeenAt, f.opened_at AS openedAt, f.fixed_at AS fixedAt, f.first_seen_scan_id AS firstSeenScanId,
  f.last_seen_scan_id AS lastSeenScanId, f.fixed_in_scan_id AS fixedInScanId`;

type RawFindingRow = Omit<FindingRow, 'cwe' | 'asvs' | 'standing'> & { cwe: string | null; asvs: string | null; suppressionJustified: number };

export function toFindingRow(raw: RawFindingRow): FindingRow {
  const { suppressionJustified, ...r } = raw;
  const standing = findingStanding({ kind: r.kind, triage: r.triage, suppressed: r.suppression !== null, suppressionJustified: suppressionJustified === 1 });
  return { ...r, standing, cwe: r.cwe ? r.cwe.split(',').map(Number).sort((a, b) => a - b) : [], asvs: r.asvs ? r.asvs.split(' ').sort() : [] };
}

interface Where {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The decision in force is one of `wanted` (an accepted risk past its expiry reads as open), said
 * without a CASE so SQLite tests the indexed triage_status directly. Only constant spellings from
 * TRIAGE_STATUSES reach the SQL; unknown words match nothing.
 */
function triageInForce(wanted: readonly TriageStatus[]): string {
  const alternatives: string[] = [];
  const plain = TRIAGE_STATUSES.filter((s) => s !== 'accepted_risk' && wanted.includes(s));
  if (plain.length) alternatives.push(`f.triage_status IN (${plain.map((s) => `'${s}'`).join(', ')})`);
  if (wanted.includes('accepted_risk')) alternatives.push("(f.triage_status = 'accepted_risk' AND NOT coalesce(f.triage_expires_at <= @now, 0))");
  if (wanted.includes('open')) alternatives.push("(f.triage_status = 'accepted_risk' AND f.triage_expires_at <= @now)");
  return alternatives.length ? `(${alternatives.join(' OR ')})` : '0';
}

/**
 * Builds the WHERE clause; every value is bound, never spliced. `scanSeenLast` (from
 * scanSeenLast() in finding-counts.ts) says filter.scanId is the newest scan with sightings in the
 * project, so "seen by it" is "last seen by it" (migration 016).
 */
export function findingWhere(projectId: number, version: string, filter: FindingFilter, now: string, scanSeenLast = false): Where {
  const params: Record<string, unknown> = { project: projectId, version, now };
  const clauses = ['f.project_id = @project'];
  const list = (name: string, values: readonly unknown[], column: string): void => {
    const names = values.map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    clauses.push(names.length ? `${column} IN (${names.join(', ')})` : '0');
  };
  list('kind', filter.kind ?? ['vulnerability'], EFFECTIVE_KIND_SQL);
  if (filter.severity) list('sev', filter.severity.map(severityRank), 'f.severity_rank');
  if (filter.confidence) list('conf', filter.confidence, 'f.confidence');
  if (filter.ruleId) list('rule', filter.ruleId, 'f.rule_id');
  if (filter.tool) list('tool', filter.tool, 'f.tool');
  if (filter.path) list('path', filter.path, 'f.path');
  list('state', filter.lifecycle ?? ['new', 'persisting', 'reopened'], 'f.state');
  clauses.push(triageInForce(filter.triage ?? ['open', 'confirmed']));
  const suppressed = filter.suppressed ?? false;
  if (suppressed !== 'any') clauses.push(suppressed ? 'f.suppression_kind IS NOT NULL' : 'f.suppression_kind IS NULL');
  if (filter.cwe) {
    const inner: string[] = [];
    filter.cwe.forEach((c, i) => {
      params[`cwe${i}`] = c;
      inner.push(`@cwe${i}`);
    });
    // The few link sets holding the CWE; link_set_id is in findings_open, so this stays index-only.
    clauses.push(inner.length ? `f.link_set_id IN (SELECT c.set_id FROM link_set_cwes c WHERE c.cwe IN (${inner.join(', ')}))` : '0');
  }
  const asvsFilter = (name: string, values: readonly string[], column: string): void => {
    const names = values.map((v, i) => {
      params[`${name}${i}`] = v;
      return `@${name}${i}`;
    });
    clauses.push(names.length ? `f.link_set_id IN (SELECT a.set_id FROM link_set_asvs a WHERE a.asvs_version = @version AND a.${column} IN (${names.join(', ')}))` : '0');
  };
  if (filter.asvsChapter) asvsFilter('chap', filter.asvsChapter.map(asvsChapter), 'chapter');
  if (filter.asvsRequirement) asvsFilter('req', filter.asvsRequirement, 'requirement_id');
  if (filter.text?.trim()) {
    params.text = `%${filter.text.trim().toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    // The candidate paths come from finding_paths (a project's distinct path and rule pairs), so
    // the findings are reached by seeking those paths in findings_by_path instead of testing every
    // open finding; the row test stays, as a matching rule id does not make all of a path match.
    // LIKE already ignores ASCII case, the only case SQLite's lower() folds: no lower() per row.
    const like = (column: string) => `${column} LIKE @text ESCAPE '\\'`;
    clauses.push(
      `f.path IN (SELECT p.path FROM finding_paths p WHERE p.project_id = @project AND (${like('p.path')} OR ${like('p.rule_id')}))`,
      `(${like('f.path')} OR ${like('f.rule_id')})`,
    );
  }
  const search = filter.search ? searchExpression(filter.search) : null;
  if (search) {
    params.search = search;
    clauses.push(SEARCH_CLAUSE);
  }
  if (filter.assignee) {
    const named = filter.assignee.filter((a): a is string => a !== null);
    const parts: string[] = named.map((a, i) => {
      params[`who${i}`] = a;
      return `@who${i}`;
    });
    const alternatives = [parts.length ? `f.assignee IN (${parts.join(', ')})` : null, filter.assignee.includes(null) ? 'f.assignee IS NULL' : null].filter(Boolean);
    clauses.push(alternatives.length ? `(${alternatives.join(' OR ')})` : '0');
  }
  if (filter.scanId !== undefined) {
    params.scan = filter.scanId;
    clauses.push(scanSeenLast ? 'f.last_seen_scan_id = @scan' : 'EXISTS (SELECT 1 FROM occurrences o WHERE o.scan_id = @scan AND o.finding_id = f.id)');
  }
  return { sql: clauses.join(' AND '), params };
}

export function listFindings(db: StoreDb, projectId: number, query: FindingQuery = {}): FindingPage {
  const project = getProject(db, projectId);
  const now = query.now ?? new Date().toISOString();
  const seenLast = scanSeenLast(db, projectId, query.filter ?? {});
  const where = findingWhere(projectId, project.asvsVersion, query.filter ?? {}, now, seenLast);
  const source = countSource(query.filter ?? {}, seenLast);
  const total = db.prepare(`SELECT ${source.count} FROM ${source.from} WHERE ${where.sql}`).pluck().get(where.params) as number;
  const sort = query.sort ?? 'severity';
  const dir = query.direction === 'desc' ? 'DESC' : 'ASC';
  const secondary = SECONDARY[sort] ? `, ${SECONDARY[sort]}` : '';
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  const limit = Math.min(1000, Math.max(1, Math.trunc(query.limit ?? 100)));
  // Two steps: order and page over the narrow table (index-only where possible), then read the
  // page's rows with their texts — sorting 100,000 full rows to show 100 would dominate.
  // Past the total there is nothing to page: the counts answer without walking an index to its end.
  const ids = offset >= total ? [] : (db
    .prepare(`SELECT f.id FROM ${findingsFrom(query.filter ?? {}, sort)} WHERE ${where.sql} ORDER BY ${SORT_SQL[sort]} ${dir}${secondary}, f.id LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...where.params, limit, offset }) as number[]);
  const byId = new Map(
    (db
      .prepare(`SELECT ${ROW_SELECT} FROM findings f JOIN finding_details d ON d.finding_id = f.id WHERE f.id IN (SELECT value FROM json_each(@ids))`)
      .all({ ids: JSON.stringify(ids), now, version: project.asvsVersion }) as RawFindingRow[]).map((r) => [r.id, r]),
  );
  const rows = ids.map((id) => byId.get(id)!);
  return { total, offset, rows: rows.map(toFindingRow) };
}

export function getFinding(db: StoreDb, findingId: number, now: string = new Date().toISOString()): FindingDetail | undefined {
  const base = db.prepare('SELECT f.project_id AS projectId FROM findings f WHERE f.id = ?').get(findingId) as { projectId: number } | undefined;
  if (!base) return undefined;
  const project = getProject(db, base.projectId);
  const raw = db
    .prepare(`SELECT ${ROW_SELECT}, d.fix, d.trace_json AS traceJson, d.suppression_reason AS suppressionReason FROM findings f JOIN finding_details d ON d.finding_id = f.id WHERE f.id = @id`)
    .get({ id: findingId, now, version: project.asvsVersion }) as RawFindingRow & { fix: string; traceJson: string; suppressionReason: string | null };
  const { traceJson, ...rest } = raw;
  return {
    ...toFindingRow(rest),
    fix: raw.fix,
    trace: JSON.parse(traceJson) as TraceStep[],
    suppressionReason: raw.suppressionReason,
    asvsAll: db
      .prepare('SELECT a.asvs_version AS version, a.requirement_id AS requirementId FROM findings f JOIN link_set_asvs a ON a.set_id = f.link_set_id WHERE f.id = ? ORDER BY a.asvs_version DESC, a.requirement_id')
      .all(findingId) as FindingDetail['asvsAll'],
    triageHistory: triageHistory(db, findingId),
    sightings: db
      .prepare('SELECT scan_id AS scanId, start_line AS startLine, lifecycle FROM occurrences WHERE finding_id = ? ORDER BY scan_id')
      .all(findingId) as FindingDetail['sightings'],
  };
}
