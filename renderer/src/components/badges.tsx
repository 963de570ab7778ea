// Small labelled chips. Colour is never the only signal: each chip carries its text.
import type { RequirementStatus, Severity, TriageStatus } from '../../../electron/ipc-contract.js';
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
