// Two scans of one project compared: what is new, what was fixed, what is still there, what changed
// severity or status, and compliance per ASVS chapter then and now. A finding's status at a scan is
// the decision in force while that scan was the project's latest (until the next scan started, or
// now): a decision taken after the latest scan counts for it.
import { complianceRatio, zeroStatusCounts, type AsvsLevel, type AsvsVersion, type FindingKind, type RequirementStatus, type Severity, type TriageStatus } from '../../domain/index.js';
import type { StoreDb } from '../open-store.js';
import { StoreInputError } from '../errors.js';
import { getProject } from '../projects.js';

/** Where a finding stood at a scan: the decision in force, or suppressed in the source. */
export type DiffStatus = TriageStatus | 'suppressed';

export interface DiffScan {
  id: number;
  startedAt: string;
  status: string;
  gitCommit: string | null;
}

export interface DiffFinding {
  findingId: number;
  fingerprint: string;
  ruleId: string;
  title: string;
  kind: FindingKind;
  path: string;
  startLine: number;
  /** As the later scan saw it (the earlier one for fixed findings); the finding's latest when that scan did not record it. */
  severity: Severity;
  status: DiffStatus;
}

export interface DiffChange extends DiffFinding {
  from: { severity: Severity | null; status: DiffStatus };
  to: { severity: Severity | null; status: DiffStatus };
}

export interface ChapterComplianceChange {
  chapter: string;
  /** 0..1; null when that scan has no coverage snapshot for the chapter. */
  from: number | null;
  to: number | null;
}

export interface ScanDiff {
  projectId: number;
  from: DiffScan;
  to: DiffScan;
  counts: { new: number; fixed: number; stillOpen: number; changed: number };
  /** Set when the later scan did not finish: its "fixed" list only means "not seen". */
  warning: string | null;
  new: DiffFinding[];
  fixed: DiffFinding[];
  /** Present in both scans, and open or confirmed at the later one. */
  stillOpen: DiffFinding[];
  changed: DiffChange[];
  compliance: { version: AsvsVersion; level: AsvsLevel; total: { from: number | null; to: number | null }; chapters: ChapterComplianceChange[] };
}

export interface DiffOptions {
  /** Default: the project's second newest scan. */
  fromScanId?: number;
  /** Default: the newest scan. */
  toScanId?: number;
  /** The instant that closes the newest scan's reign (expiry of accepted risks); default now. */
  now?: string;
}

interface Sighting {
  findingId: number;
  fingerprint: string;
  ruleId: string;
  title: string;
  kind: FindingKind;
  path: string;
  startLine: number;
  severity: Severity | null;
  latestSeverity: Severity;
  suppressed: number;
  triage: TriageStatus | null;
  expiresAt: string | null;
}

const SIGHTINGS = `
SELECT f.id AS findingId, f.fingerprint, f.rule_id AS ruleId, f.title, f.kind, f.path, o.start_line AS startLine, o.severity, f.severity AS latestSeverity, o.suppressed,
  (SELECT t.status FROM triage_events t WHERE t.finding_id = f.id AND t.at <= @until ORDER BY t.at DESC, t.id DESC LIMIT 1) AS triage,
  (SELECT t.expires_at FROM triage_events t WHERE t.finding_id = f.id AND t.at <= @until ORDER BY t.at DESC, t.id DESC LIMIT 1) AS expiresAt
FROM occurrences o JOIN findings f ON f.id = o.finding_id
WHERE o.scan_id = @scan`;

function statusOf(s: Sighting, until: string): DiffStatus {
  if (s.suppressed) return 'suppressed';
  const t = s.triage ?? 'open';
  return t === 'accepted_risk' && s.expiresAt !== null && s.expiresAt <= until ? 'open' : t;
}

function scanRow(db: StoreDb, projectId: number, id: number, flag: string): DiffScan {
  const row = db.prepare('SELECT id, project_id AS projectId, started_at AS startedAt, status, git_commit AS gitCommit FROM scans WHERE id = ?').get(id) as (DiffScan & { projectId: number }) | undefined;
  if (!row || row.projectId !== projectId) throw new StoreInputError(`${flag}: scan #${id} is not a scan of this project. List them with \`assay history <path>\`.`);
  return { id: row.id, startedAt: row.startedAt, status: row.status, gitCommit: row.gitCommit };
}

/** The end of the scan's reign: when the project's next scan started, or `now`. */
function reignEnd(db: StoreDb, projectId: number, scanId: number, now: string): string {
  const next = db.prepare('SELECT started_at FROM scans WHERE project_id = ? AND id > ? ORDER BY id LIMIT 1').pluck().get(projectId, scanId) as string | undefined;
  return next ?? now;
}

function chapterCompliance(db: StoreDb, scanId: number, version: string, level: number): Map<string, number> {
  const rows = db
    .prepare('SELECT chapter, status, count(*) AS n FROM coverage_snapshots WHERE scan_id = ? AND asvs_version = ? AND level <= ? GROUP BY chapter, status')
    .all(scanId, version, level) as { chapter: string; status: RequirementStatus; n: number }[];
  const byChapter = new Map<string, Record<RequirementStatus, number>>();
  const total = zeroStatusCounts();
  for (const r of rows) {
    const counts = byChapter.get(r.chapter) ?? zeroStatusCounts();
    counts[r.status] += r.n;
    total[r.status] += r.n;
    byChapter.set(r.chapter, counts);
  }
  const out = new Map<string, number>();
  for (const [chapter, counts] of byChapter) out.set(chapter, complianceRatio(counts));
  if (rows.length) out.set('', complianceRatio(total));
  return out;
}

const chapterOrder = (a: string, b: string) => Number(a.replace(/\D/g, '')) - Number(b.replace(/\D/g, ''));
const byLocation = (a: DiffFinding, b: DiffFinding) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.startLine - b.startLine);

export function diffScans(db: StoreDb, projectId: number, options: DiffOptions = {}): ScanDiff {
  const project = getProject(db, projectId);
  const now = options.now ?? new Date().toISOString();
  const ids = db.prepare('SELECT id FROM scans WHERE project_id = ? ORDER BY id DESC LIMIT 2').pluck().all(projectId) as number[];
  const toId = options.toScanId ?? ids[0];
  const fromId = options.fromScanId ?? (options.toScanId === undefined ? ids[1] : (db.prepare('SELECT max(id) FROM scans WHERE project_id = ? AND id < ?').pluck().get(projectId, toId) as number | null) ?? undefined);
  if (toId === undefined || fromId === undefined) throw new StoreInputError('Comparing needs two scans of the project; scan it again first.');
  const from = scanRow(db, projectId, fromId, '--from');
  const to = scanRow(db, projectId, toId, '--to');
  const fromUntil = reignEnd(db, projectId, from.id, now);
  const toUntil = reignEnd(db, projectId, to.id, now);
  const read = (scan: number, until: string) => new Map((db.prepare(SIGHTINGS).all({ scan, until }) as Sighting[]).map((s) => [s.findingId, s]));
  const before = read(from.id, fromUntil);
  const after = read(to.id, toUntil);
  const plain = (s: Sighting, until: string): DiffFinding => ({
    findingId: s.findingId, fingerprint: s.fingerprint, ruleId: s.ruleId, title: s.title, kind: s.kind, path: s.path, startLine: s.startLine, severity: s.severity ?? s.latestSeverity, status: statusOf(s, until),
  });
  const added: DiffFinding[] = [];
  const still: DiffFinding[] = [];
  const changed: DiffChange[] = [];
  for (const [id, s] of after) {
    const old = before.get(id);
    if (!old) {
      added.push(plain(s, toUntil));
      continue;
    }
    const now2 = plain(s, toUntil);
    if (now2.status === 'open' || now2.status === 'confirmed') still.push(now2);
    const was = { severity: old.severity, status: statusOf(old, fromUntil) };
    // An unrecorded severity (scans before migration 6) is no evidence of a change.
    const severityChanged = was.severity !== null && s.severity !== null && was.severity !== s.severity;
    if (severityChanged || was.status !== now2.status) changed.push({ ...now2, from: was, to: { severity: s.severity, status: now2.status } });
  }
  const fixed = [...before].filter(([id]) => !after.has(id)).map(([, s]) => plain(s, fromUntil));
  const version = project.asvsVersion;
  const level = project.asvsLevel;
  const then = chapterCompliance(db, from.id, version, level);
  const nowC = chapterCompliance(db, to.id, version, level);
  const chapters = [...new Set([...then.keys(), ...nowC.keys()])].filter((c) => c !== '').sort(chapterOrder);
  return {
    projectId,
    from,
    to,
    warning: to.status === 'cancelled' || to.status === 'failed' ? `Scan #${to.id} ${to.status}: findings it did not reach are listed as fixed.` : null,
    counts: { new: added.length, fixed: fixed.length, stillOpen: still.length, changed: changed.length },
    new: added.sort(byLocation),
    fixed: fixed.sort(byLocation),
    stillOpen: still.sort(byLocation),
    changed: changed.sort(byLocation),
    compliance: {
      version,
      level,
      total: { from: then.get('') ?? null, to: nowC.get('') ?? null },
      chapters: chapters.map((chapter) => ({ chapter, from: then.get(chapter) ?? null, to: nowC.get(chapter) ?? null })),
    },
  };
}
