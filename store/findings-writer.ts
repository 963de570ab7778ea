// Writes the findings of one scan being recorded (inside recordScan's transaction): new findings
// with their texts and the id of their CWE/ASVS link set (store/link-sets.ts), updates of known ones whose details changed, reopenings,
// and one sighting per finding. New findings get their ids here (what SQLite would have chosen:
// max + 1, the transaction holds the write lock) so every row goes out in multi-row INSERTs.
import { hash } from 'node:crypto';
import type { Finding } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import type { Lifecycle } from './types.js';
import { severityRank } from './severity.js';
import { linkSetResolver } from './link-sets.js';
import { BatchInsert } from './batch-insert.js';
import { indexNewFindings, searchIndexWriter } from './finding-search.js';
import { withoutSchemaObjects } from './deferred-schema.js';
import type { FreshCounts } from './fresh-counts.js';

export interface KnownFinding {
  id: number;
  tool: string;
  state: Lifecycle;
  openedAt: string;
  revision: string;
}

export interface FindingsWriteContext {
  db: StoreDb;
  projectId: number;
  scanId: number;
  /** When the scan saw them: first-seen and reopen times. */
  seenAt: string;
  findings: readonly Finding[];
  knownFinding(fingerprint: string): KnownFinding | undefined;
  onProgress?: (done: number, total: number) => void;
  progressEvery: number;
  /** Given when the project has no findings yet: the new ones are counted into it as they are written. */
  freshCounts?: FreshCounts;
}

export interface FindingsWritten {
  newFindings: number;
  persisting: number;
  reopened: number;
  duplicates: number;
  /** Fingerprints the scan saw (first occurrence kept). */
  seen: Set<string>;
}

export type FindingsWriter = (ctx: FindingsWriteContext) => FindingsWritten;

export const FINDING_COLUMNS = `project_id, fingerprint, tool, rule_id, title, severity, severity_rank, confidence, kind, path,
  start_line, start_column, end_line, end_column, suppression_kind, revision, state, first_seen_scan_id, first_seen_at, opened_at, effective_kind, link_set_id, last_seen_scan_id`;
export const FINDING_COLUMN_COUNT = 23;
export const OCCURRENCE_COLUMNS = 'scan_id, finding_id, start_line, end_line, suppressed, lifecycle, severity';

/** The mutable columns of a finding, in FINDING_COLUMNS order from tool to suppression_kind. */
export function findingDetails(f: Finding): unknown[] {
  return [
    f.tool, f.ruleId, f.title, f.severity, severityRank(f.severity), f.confidence, f.kind, f.path,
    f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.suppression?.kind ?? null,
  ];
}

/**
 * A new finding's row for the batched writer, `id` first: its own values bound, those of the scan
 * named (@project, @scan, @seenAt); the same columns as newFindingValues, which the reference writes.
 */
const NEW_FINDING_ROW = `(?, @project, ?, ${Array(13).fill('?').join(', ')}, ?, 'new', @scan, @seenAt, @seenAt, ?, ?, @scan)`;
const NEW_FINDING_WIDTH = 18;

/** A new finding's values in FINDING_COLUMNS order: not triaged yet, so its effective kind is its kind. */
export function newFindingValues(projectId: number, scanId: number, seenAt: string, f: Finding, revision: string, linkSetId: number): unknown[] {
  return [projectId, f.fingerprint, ...findingDetails(f), revision, 'new', scanId, seenAt, seenAt, f.kind, linkSetId, scanId];
}

/** message, snippet, fix, trace_json, suppression_reason. */
export function findingTexts(f: Finding): unknown[] {
  return [f.message, f.snippet, f.fix, JSON.stringify(f.trace), f.suppression?.justification ?? null];
}

/** Hash of everything about a finding that may change while its identity stays. */
export function revisionOf(f: Finding): string {
  // Plain concatenation with control-character separators: much cheaper than JSON for 100k findings.
  const r = f.range;
  let text = `${f.tool}\u0001${f.ruleId}\u0001${f.title}\u0001${f.severity}\u0001${f.confidence}\u0001${f.kind}\u0001${f.path}\u0001${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}\u0001${f.message}\u0001${f.snippet}\u0001${f.fix}\u0001${f.suppression ? `${f.suppression.kind}:${f.suppression.line}:${f.suppression.justification ?? ''}` : ''}\u0001${f.cwe.join(',')}\u0001${f.asvs['5.0.0'].join(',')}\u0001${f.asvs['4.0.3'].join(',')}`;
  for (const t of f.trace) {
    text += `\u0002${t.kind}\u0001${t.path}\u0001${t.range.start.line}:${t.range.start.column}-${t.range.end.line}:${t.range.end.column}\u0001${t.message}\u0001${t.snippet}`;
  }
  return hash('sha1', text, 'base64');
}

/**
 * How the rows of new findings and the sightings reach SQLite: the recording path
 * batches them (below); the reference in store/testing/ writes one statement per row. Everything
 * else — repeated fingerprints, revisions, known findings changed or reopened — is shared.
 */
export interface FindingRowSink {
  /** A new finding's row (pointing at link set `linkSetId`), texts and search entry; returns its id. */
  insertNew(f: Finding, revision: string, linkSetId: number): number;
  sighting(findingId: number, f: Finding, lifecycle: Exclude<Lifecycle, 'fixed'>): void;
  /** Writes what is still held (before anything reads the tables). */
  flush(): void;
}

/** Runs the findings of a scan through `sink`, updating known findings in place. */
export function writeFindingsThrough(ctx: FindingsWriteContext, sink: FindingRowSink): FindingsWritten {
  const { db, seenAt } = ctx;
  const reindex = searchIndexWriter(db);
  const linkSet = linkSetResolver(db);
  // effective_kind follows kind by the trigger of migration 011.
  const updDetails = db.prepare(
    `UPDATE findings SET tool = ?, rule_id = ?, title = ?, severity = ?, severity_rank = ?, confidence = ?, kind = ?, path = ?,
       start_line = ?, start_column = ?, end_line = ?, end_column = ?, suppression_kind = ?, revision = ?, link_set_id = ? WHERE id = ?`,
  );
  const updTexts = db.prepare('UPDATE finding_details SET message = ?, snippet = ?, fix = ?, trace_json = ?, suppression_reason = ? WHERE finding_id = ?');
  const updReopen = db.prepare(
    `UPDATE findings SET state = 'reopened', fixed_in_scan_id = NULL, fixed_at = NULL,
       opened_at = ?, reopen_count = reopen_count + 1, last_seen_scan_id = ? WHERE id = ?`,
  );

  const out: FindingsWritten = { newFindings: 0, persisting: 0, reopened: 0, duplicates: 0, seen: new Set() };
  const total = ctx.findings.length;
  let done = 0;
  for (const f of ctx.findings) {
    if (ctx.onProgress && done % ctx.progressEvery === 0) ctx.onProgress(done, total);
    done++;
    if (out.seen.has(f.fingerprint)) {
      out.duplicates++;
      continue;
    }
    out.seen.add(f.fingerprint);
    const revision = revisionOf(f);
    const k = ctx.knownFinding(f.fingerprint);
    let lifecycle: Exclude<Lifecycle, 'fixed'>;
    let id: number;
    if (!k) {
      const linkSetId = linkSet(f);
      id = sink.insertNew(f, revision, linkSetId);
      ctx.freshCounts?.add(id, f, linkSetId);
      lifecycle = 'new';
      out.newFindings++;
    } else {
      id = k.id;
      if (k.revision !== revision) {
        updDetails.run(...findingDetails(f), revision, linkSet(f), id);
        updTexts.run(...findingTexts(f), id);
        reindex(id, f);
      }
      if (k.state === 'fixed') {
        updReopen.run(seenAt, ctx.scanId, id);
        lifecycle = 'reopened';
        out.reopened++;
      } else {
        lifecycle = 'persisting';
        out.persisting++;
      }
    }
    sink.sighting(id, f, lifecycle);
  }
  sink.flush();
  ctx.onProgress?.(done, total);
  return out;
}

/** The recording path: multi-row INSERTs for new findings and sightings. */
export const writeFindingsBatched: FindingsWriter = (ctx) => {
  const { db, projectId, scanId, seenAt } = ctx;
  // Sightings of a batch may reach SQLite before the finding rows they point at.
  db.pragma('defer_foreign_keys = ON');
  // What every new finding of the scan shares is bound once per statement (newFindingValues has the
  // same row in full): 18 values a finding instead of 24, 6 a sighting instead of 7.
  const shared = { project: projectId, scan: scanId, seenAt };
  const findings = new BatchInsert(db, `INSERT INTO findings (id, ${FINDING_COLUMNS})`, NEW_FINDING_WIDTH, 300, { row: NEW_FINDING_ROW, shared });
  const details = new BatchInsert(db, 'INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json, suppression_reason)', 6, 500);
  const sightings = new BatchInsert(db, `INSERT INTO occurrences (${OCCURRENCE_COLUMNS})`, 6, 1000, { row: '(@scan, ?, ?, ?, ?, ?, ?)', shared });
  let nextId = (db.prepare('SELECT coalesce(max(id), 0) FROM findings').pluck().get() as number) + 1;
  const firstNewId = nextId;
  return withoutSchemaObjects(db, bulkIndexesFor(ctx), () => writeFindingsThrough(ctx, {
    insertNew(f, revision, linkSetId) {
      const id = nextId++;
      findings.add(id, f.fingerprint, ...findingDetails(f), revision, f.kind, linkSetId);
      details.add(id, ...findingTexts(f));
      return id;
    },
    sighting: (id, f, lifecycle) => sightings.add(id, f.range.start.line, f.range.end.line, f.suppression ? 1 : 0, lifecycle, f.severity),
    flush() {
      findings.flush();
      details.flush();
      sightings.flush();
      // The new findings' search entries in one statement from the rows just written, instead of
      // binding their texts a second time (searchValues says what each column holds).
      if (nextId > firstNewId) indexNewFindings(db, firstNewId, nextId);
    },
  }));
};

/** The wide indexes of findings the recording itself never reads (the page order, the path order). */
const BULK_INDEXES = ['findings_open', 'findings_by_path'];
/** (project_id, fingerprint), unique (migration 017). */
const IDENTITY_INDEX = 'findings_fingerprint';
/** Below this many new findings, row-by-row index upkeep costs too little to matter. */
const BULK_MIN_NEW = 10_000;

/**
 * The indexes to build once after the write instead of row by row: when the scan brings at least
 * as many new findings as the table already holds (a first scan, an import into a new database),
 * rebuilding them over the whole table costs less than inserting every new finding into them.
 */
function bulkIndexesFor(ctx: FindingsWriteContext): string[] {
  if (ctx.findings.length < BULK_MIN_NEW) return [];
  const held = ctx.db.prepare('SELECT count(*) FROM findings').pluck().get() as number;
  // Counting the fresh ones walks every fingerprint (~0.2 s at 100,000): not needed when the scan
  // could not bring enough of them, nor into an empty table, where all are fresh (a repeated
  // fingerprint or two cannot tip the choice, which only decides how the same indexes are built).
  if (ctx.findings.length < held) return [];
  // Into an empty table the identity index goes too: nothing is looked up by fingerprint (all are
  // new, repeats within the scan are dropped before the write) and rebuilding it checks uniqueness.
  if (held === 0) return [...BULK_INDEXES, IDENTITY_INDEX];
  const fresh = new Set<string>();
  for (const f of ctx.findings) if (!ctx.knownFinding(f.fingerprint)) fresh.add(f.fingerprint);
  if (fresh.size < BULK_MIN_NEW) return [];
  return fresh.size >= held ? BULK_INDEXES : [];
}
