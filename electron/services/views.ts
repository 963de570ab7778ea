// Store rows → the shapes of the IPC contract. Both spell every status as domain/ does.
import { reviewStateOf, type FindingRow as StoreFindingRow, type ScanRow } from '../../store/index.js';
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
    standing: f.standing,
    assignee: f.assignee,
    ...kindAndReview(f),
  };
}

/** The row's kind as it counts (a confirmed hotspot is a vulnerability) and, for hotspots, the review. */
function kindAndReview(f: StoreFindingRow): Pick<FindingRow, 'kind' | 'review'> {
  const review = reviewStateOf(f.kind, f.triage);
  if (review === null) return { kind: 'vulnerability', review: null };
  return { kind: review === 'needs_fix' ? 'vulnerability' : 'hotspot', review: review === 'needs_fix' ? 'needs_fix' : review };
}
