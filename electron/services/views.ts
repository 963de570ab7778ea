// Store rows → the shapes of the IPC contract. Both spell every status as domain/ does.
import type { FindingRow as StoreFindingRow, ScanRow } from '../../store/index.js';
import type { FindingRow, ScanSummary } from '../ipc-contract.js';

export function scanView(s: ScanRow): ScanSummary {
  return {
    id: s.id,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    status: s.status === 'imported' ? 'complete' : s.status,
    commit: s.gitCommit,
    branch: s.gitBranch,
    dirty: s.gitDirty,
    filesScanned: s.filesScanned,
    filesSkipped: s.filesSkipped,
    durationMs: s.durationMs,
    analyzerVersion: s.analyzerVersion,
    rulesetVersion: s.rulesetVersion,
  };
}

export function findingView(f: StoreFindingRow): FindingRow {
  return {
    id: f.id,
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    asvs: f.asvs,
    path: f.path,
    line: f.startLine,
    message: f.message,
    triage: f.triage,
    lifecycle: f.lifecycle,
    firstSeenAt: f.firstSeenAt,
    suppressed: f.suppression !== null,
  };
}
