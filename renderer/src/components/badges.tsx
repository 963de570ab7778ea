// Small labelled chips. Colour is never the only signal: each chip carries its text.
import type { HotspotReviewState, RequirementStatus, Severity, TriageStatus } from '../../../electron/ipc-contract.js';
import { STATUS_LABELS, TRIAGE_LABELS } from '../format.js';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev-${severity}`}>{severity}</span>;
}

export function StatusChip({ status }: { status: RequirementStatus }) {
  return <span className={`chip status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function TriageBadge({ status }: { status: TriageStatus }) {
  return <span className={`chip triage-${status}`}>{TRIAGE_LABELS[status]}</span>;
}

const REVIEW_LABELS: Record<HotspotReviewState, string> = { unreviewed: 'Not reviewed', safe: 'Reviewed safe', 'needs_fix': 'Needs fix' };

/** A hotspot's review state, in place of the triage status a vulnerability shows. */
export function ReviewBadge({ review }: { review: HotspotReviewState }) {
  return <span className={`chip review-${review}`}>{REVIEW_LABELS[review]}</span>;
}
