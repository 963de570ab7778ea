// The parts of a finding the list query leaves out (trace, fix, ASVS ids of both versions, triage
// events, where the scan saw it), for every finding of one scan in four set-based queries.
// getFinding() gives the same per finding, but costs several statement compilations each: 24 s
// for 10,000 findings against well under one this way (the reports read every finding of a scan).
import type { TraceStep } from '../../analyzer/types.js';
import type { StoreDb } from '../open-store.js';
import type { AsvsVersion, Lifecycle, TriageEventRow } from '../types.js';

export interface FindingExtras {
  fix: string;
  trace: TraceStep[];
  suppressionReason: string | null;
  asvsAll: { version: AsvsVersion; requirementId: string }[];
  triageHistory: TriageEventRow[];
  /** The sighting in this scan. */
  startLine: number;
  endLine: number;
  lifecycle: Exclude<Lifecycle, 'fixed'>;
}

export function scanFindingExtras(db: StoreDb, scanId: number): Map<number, FindingExtras> {
  const out = new Map<number, FindingExtras>();
  const base = db
    .prepare(
      `SELECT d.finding_id AS id, d.fix, d.trace_json AS traceJson, d.suppression_reason AS suppressionReason, o.start_line AS startLine, o.end_line AS endLine, o.lifecycle
       FROM occurrences o JOIN finding_details d ON d.finding_id = o.finding_id WHERE o.scan_id = ?`,
    )
    .all(scanId) as { id: number; fix: string; traceJson: string; suppressionReason: string | null; startLine: number; endLine: number; lifecycle: FindingExtras['lifecycle'] }[];
  for (const r of base) {
    out.set(r.id, { fix: r.fix, trace: JSON.parse(r.traceJson) as TraceStep[], suppressionReason: r.suppressionReason, asvsAll: [], triageHistory: [], startLine: r.startLine, endLine: r.endLine, lifecycle: r.lifecycle });
  }
  const asvs = db
    .prepare(
      `SELECT a.finding_id AS id, a.asvs_version AS version, a.requirement_id AS requirementId
       FROM occurrences o JOIN finding_asvs a ON a.finding_id = o.finding_id WHERE o.scan_id = ? ORDER BY a.asvs_version DESC, a.requirement_id`,
    )
    .all(scanId) as { id: number; version: AsvsVersion; requirementId: string }[];
  for (const a of asvs) out.get(a.id)?.asvsAll.push({ version: a.version, requirementId: a.requirementId });
  const events = db
    .prepare(
      `SELECT t.id, t.finding_id AS findingId, t.status, t.reason, t.expires_at AS expiresAt, t.actor, t.at
       FROM occurrences o JOIN triage_events t ON t.finding_id = o.finding_id WHERE o.scan_id = ? ORDER BY t.at, t.id`,
    )
    .all(scanId) as TriageEventRow[];
  for (const e of events) out.get(e.findingId)?.triageHistory.push(e);
  return out;
}
