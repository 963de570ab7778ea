// Records one scan — its findings, sightings, skips and the lifecycle changes it implies — in a
// single transaction: a crash part-way leaves the database exactly as it was before the scan.
import { FINDING_KINDS, SEVERITIES, type FindingKind, type Severity } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import type { ScanInput } from './scan-input.js';
import type { Lifecycle, ProjectRow } from './types.js';
import { getProject } from './projects.js';
import { writeScanFacts } from './scan-facts.js';
import { writeScanEndpoints } from './endpoints.js';
import { writeSecurityLogs } from './security-logs.js';
import { severityRank } from './severity.js';
import { EFFECTIVE_KIND_SQL } from './hotspot-reviews.js';
import { writeCoverageSnapshot, type CoverageProvider } from './coverage-snapshot.js';
import { writeFindingsBatched, type FindingsWriter, type KnownFinding } from './findings-writer.js';
import { writeScanDependencies } from './dependencies.js';
import { writeScanStandings } from './scan-standings.js';
import { inRecordingTransaction } from './recording-transaction.js';
import { markFindingCountsPending, rebuildFindingCounts } from './finding-counts.js';
import { FINDING_COUNT_TRIGGERS } from './finding-counts-triggers.js';
import { withoutSchemaObjects } from './deferred-schema.js';
import { FreshCounts } from './fresh-counts.js';

export interface RecordOptions {
  /** When the scan is recorded (defaults to now); lifecycle times come from the scan itself. */
  now?: string;
  /** Computes the per-requirement snapshot inside the same transaction (see coverage-snapshot.ts). */
  coverage?: CoverageProvider | null;
  /** Called while writing findings (inside the transaction), every `progressEvery` findings. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export interface RecordOutcome {
  scanId: number;
  newFindings: number;
  persisting: number;
  reopened: number;
  fixed: number;
  /** Findings whose fingerprint repeated within the scan; only the first is kept. */
  duplicates: number;
}

type Known = KnownFinding;

/** Fixing applies only to scans that looked at everything they could. */
const FIXING_STATUSES = new Set(['complete', 'imported']);

export function recordScan(db: StoreDb, projectId: number, scan: ScanInput, options: RecordOptions = {}): RecordOutcome {
  return recordScanWith(writeFindingsBatched, db, projectId, scan, options);
}

/** recordScan with another findings writer: the tests compare the batched one with a row-by-row reference. */
export function recordScanWith(writer: FindingsWriter, db: StoreDb, projectId: number, scan: ScanInput, options: RecordOptions = {}): RecordOutcome {
  const project = getProject(db, projectId);
  const outcome = inRecordingTransaction(db, () => write(db, project, scan, options, writer));
  // Keeps the planner's statistics current as the tables grow (cheap: SQLite limits the analysis).
  db.pragma('optimize');
  return outcome;
}

function write(db: StoreDb, project: ProjectRow, scan: ScanInput, options: RecordOptions, writer: FindingsWriter): RecordOutcome {
  const now = options.now ?? new Date().toISOString();
  const seenAt = scan.startedAt;
  const scanId = Number(
    db
      .prepare(
        `INSERT INTO scans (project_id, tool, status, started_at, finished_at, git_commit, git_branch, git_dirty,
           analyzer_version, ruleset_version, files_scanned, files_skipped, lines_scanned, duration_ms, source_file, error, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        project.id, scan.tool, scan.status, scan.startedAt, scan.finishedAt, scan.git.commit, scan.git.branch,
        scan.git.dirty === null ? null : Number(scan.git.dirty), scan.analyzerVersion, scan.rulesetVersion,
        scan.filesScanned, scan.filesSkipped, scan.linesScanned, Math.round(scan.durationMs), scan.sourceFile ?? null,
        scan.error ?? null, now,
      ).lastInsertRowid,
  );

  // The kept counts are rebuilt once, before the triggers come back, instead of by a trigger per
  // row written: the project is pending (migration 015) and the triggers are out altogether while
  // this project's findings are written (a skipped trigger still cost ~12 µs a row).
  const outcome = withoutSchemaObjects(db, FINDING_COUNT_TRIGGERS, () => {
    markFindingCountsPending(db, project.id);
    const counted: Counted = {};
    const written = writeScanRows(db, project, scanId, scan, seenAt, options, writer, counted);
    if (counted.fresh) counted.fresh.write(db, project.id, scanId, seenAt);
    else rebuildFindingCounts(db, project.id);
    return written;
  });
  writeScanCounts(db, scanId, now);
  if (options.coverage) writeCoverageSnapshot(db, scanId, options.coverage({ db, scanId, project, now }));
  return outcome;
}

/** Set by writeScanRows when the project had no findings before the scan: its kept counts, as counted while writing. */
interface Counted {
  fresh?: FreshCounts;
}

/** Everything of one scan but its frozen counts: only `project`'s findings change here. */
function writeScanRows(db: StoreDb, project: ProjectRow, scanId: number, scan: ScanInput, seenAt: string, options: RecordOptions, writer: FindingsWriter, counted: Counted): RecordOutcome {
  const insFramework = db.prepare('INSERT OR IGNORE INTO scan_frameworks (scan_id, framework) VALUES (?, ?)');
  for (const f of scan.frameworks) insFramework.run(scanId, f);
  const insRule = db.prepare('INSERT OR IGNORE INTO scan_rules (scan_id, rule_id) VALUES (?, ?)');
  for (const r of scan.rulesRun) insRule.run(scanId, r);
  const insSkip = db.prepare('INSERT INTO skipped_files (scan_id, path, reason, detail) VALUES (?, ?, ?, ?)');
  for (const s of scan.skipped) insSkip.run(scanId, s.path, s.reason, s.detail);
  if (scan.facts) writeScanFacts(db, scanId, scan.facts);
  if (scan.endpoints) writeScanEndpoints(db, scanId, scan.endpoints, scan.findings);
  if (scan.securityLogging) writeSecurityLogs(db, scanId, scan.securityLogging);
  writeScanDependencies(db, scanId, scan.dependencies, scan.advisoryData);

  // Only findings that can still be fixed are loaded (as arrays): fixed ones pile up over the years
  // and are looked up one by one (UNIQUE project_id, fingerprint) when seen again.
  const known = new Map<string, Known>();
  const openRows = db
    .prepare("SELECT fingerprint, id, tool, state, opened_at, revision FROM findings WHERE project_id = ? AND state <> 'fixed'")
    .raw()
    .all(project.id) as [string, number, string, Lifecycle, string, string][];
  for (const [fingerprint, id, tool, state, openedAt, revision] of openRows) known.set(fingerprint, { id, tool, state, openedAt, revision });
  const fixedFingerprints = new Set(
    db.prepare("SELECT fingerprint FROM findings WHERE project_id = ? AND state = 'fixed'").pluck().all(project.id) as string[],
  );
  const lookup = db.prepare('SELECT id, tool, state, opened_at AS openedAt, revision FROM findings WHERE project_id = ? AND fingerprint = ?');
  const knownFinding = (fingerprint: string): Known | undefined =>
    known.get(fingerprint) ?? (fixedFingerprints.has(fingerprint) ? (lookup.get(project.id, fingerprint) as Known) : undefined);

  // Nothing known, fixed or not: every finding of the project after this scan is one it writes now.
  if (known.size === 0 && fixedFingerprints.size === 0) counted.fresh = new FreshCounts();
  const { seen: seenNow, ...written } = writer({
    db, projectId: project.id, scanId, seenAt, findings: scan.findings, knownFinding, onProgress: options.onProgress, progressEvery: options.progressEvery ?? 1000,
    freshCounts: counted.fresh,
  });
  writeScanStandings(db, scanId, scan.findings);
  const outcome: RecordOutcome = { scanId, newFindings: written.newFindings, persisting: written.persisting, reopened: written.reopened, fixed: 0, duplicates: written.duplicates };

  // Set-based: a finding seen again becomes persisting and this scan is the last to have seen it
  // (new and reopened ones got both when written).
  db.prepare(
    `UPDATE findings SET state = CASE WHEN state IN ('new', 'reopened') THEN 'persisting' ELSE state END, last_seen_scan_id = @scan
       WHERE id IN (SELECT finding_id FROM occurrences WHERE scan_id = @scan AND lifecycle = 'persisting')`,
  ).run({ scan: scanId });
  if (FIXING_STATUSES.has(scan.status)) {
    const insFix = db.prepare('INSERT INTO fixes (scan_id, finding_id, opened_at, fixed_at) VALUES (?, ?, ?, ?)');
    const updFixed = db.prepare("UPDATE findings SET state = 'fixed', fixed_in_scan_id = ?, fixed_at = ? WHERE id = ?");
    for (const [fingerprint, k] of known) {
      if (k.tool !== scan.tool || k.state === 'fixed' || seenNow.has(fingerprint)) continue;
      insFix.run(scanId, k.id, k.openedAt, seenAt);
      updFixed.run(scanId, seenAt, k.id);
      outcome.fixed++;
    }
  }

  return outcome;
}

/** Freezes the per-kind, per-severity counts of the scan; triage is taken as it stands when the scan is recorded. */
function writeScanCounts(db: StoreDb, scanId: number, now: string): void {
  const triageThen = `CASE WHEN f.triage_at IS NULL THEN 'open' ELSE coalesce((
      SELECT CASE WHEN t.status = 'accepted_risk' AND t.expires_at <= @now THEN 'open' ELSE t.status END
      FROM triage_events t WHERE t.finding_id = f.id AND t.at <= @now ORDER BY t.at DESC, t.id DESC LIMIT 1), 'open') END`;
  const seen = db
    .prepare(
      `SELECT ${EFFECTIVE_KIND_SQL} AS kind, f.severity_rank AS rank, count(*) AS seen,
         sum(o.suppressed = 0 AND (${triageThen}) IN ('open', 'confirmed')) AS open,
         sum(o.lifecycle = 'new') AS new, sum(o.lifecycle = 'reopened') AS reopened, sum(o.suppressed) AS suppressed
       FROM occurrences o JOIN findings f ON f.id = o.finding_id WHERE o.scan_id = @scan GROUP BY 1, f.severity_rank`,
    )
    .all({ scan: scanId, now }) as { kind: FindingKind; rank: number; seen: number; open: number; new: number; reopened: number; suppressed: number }[];
  const fixed = db
    .prepare(`SELECT ${EFFECTIVE_KIND_SQL} AS kind, f.severity, count(*) AS n FROM fixes x JOIN findings f ON f.id = x.finding_id WHERE x.scan_id = ? GROUP BY 1, f.severity`)
    .all(scanId) as { kind: FindingKind; severity: Severity; n: number }[];
  const ins = db.prepare('INSERT INTO scan_counts (scan_id, kind, severity, seen, open, new, reopened, fixed, suppressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const kind of FINDING_KINDS) {
    for (const sev of SEVERITIES) {
      const s = seen.find((r) => r.kind === kind && r.rank === severityRank(sev));
      const nFixed = fixed.find((r) => r.kind === kind && r.severity === sev)?.n ?? 0;
      ins.run(scanId, kind, sev, s?.seen ?? 0, s?.open ?? 0, s?.new ?? 0, s?.reopened ?? 0, nFixed, s?.suppressed ?? 0);
    }
  }
}
