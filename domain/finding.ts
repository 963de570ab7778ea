// What a finding is and what can happen to it.

/**
 * vulnerability: Assay has seen the flaw (a dataflow, or a use insecure wherever it appears).
 * hotspot: security-sensitive code whose safety depends on context Assay cannot see; a person reviews it.
 */
export const FINDING_KINDS = ['vulnerability', 'hotspot'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A person's decision about a finding. */
export const TRIAGE_STATUSES = ['open', 'confirmed', 'false_positive', 'accepted_risk'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/** Where a finding stands across scans of one project. */
export const LIFECYCLES = ['new', 'persisting', 'fixed', 'reopened'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const SCAN_STATUSES = ['complete', 'cancelled', 'failed', 'imported'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/**
 * A scan whose results cover the whole project: run here to the end, or imported from a run that
 * ended elsewhere (CI's `assay scan --format json`). A cancelled or failed scan's are partial.
 */
export function isWholeRun(status: ScanStatus): boolean {
  return status === 'complete' || status === 'imported';
}

/** Web frameworks the analyzer models (each one folder under analyzer/frameworks/). */
export const FRAMEWORKS = ['django', 'drf', 'flask', 'fastapi', 'starlette', 'aiohttp', 'tornado', 'http_server', 'wsgi', 'asgi', 'flask_restful', 'flask_restx', 'falcon', 'bottle', 'graphql', 'connexion'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/**
 * How a finding a scan saw weighs on the requirements it maps to. findingStanding() below is the
 * one rule; the store gathers the facts it needs, asvs/coverage.ts weighs the result.
 * open, suppressed_without_reason — the requirement fails (a suppression with no reason closes nothing);
 * risk_accepted, suppressed_with_reason — an unexpired accepted risk, or a suppression in code with a
 *   reason: the requirement is failing_risk_accepted;
 * unreviewed_hotspot — security-sensitive code nobody has reviewed yet: the requirement is not verified;
 * false_positive, reviewed_safe — closed by a person; listed as evidence.
 */
export const FINDING_STANDINGS = ['open', 'suppressed_without_reason', 'risk_accepted', 'suppressed_with_reason', 'unreviewed_hotspot', 'false_positive', 'reviewed_safe'] as const;
export type FindingStanding = (typeof FINDING_STANDINGS)[number];

export interface StandingFacts {
  kind: FindingKind;
  /** The decision in force: an expired accepted risk is 'open' again. */
  triage: TriageStatus;
  suppressed: boolean;
  /** A reason is written beside the suppression (`# nosec B608 -- constant table name`). */
  suppressionJustified: boolean;
}

export function findingStanding(f: StandingFacts): FindingStanding {
  if (f.triage === 'false_positive') return f.kind === 'hotspot' ? 'reviewed_safe' : 'false_positive';
  if (f.triage === 'accepted_risk') return 'risk_accepted';
  if (f.suppressed) {
    if (f.suppressionJustified) return 'suppressed_with_reason';
    return f.kind === 'hotspot' && f.triage !== 'confirmed' ? 'unreviewed_hotspot' : 'suppressed_without_reason';
  }
  if (f.kind === 'hotspot' && f.triage !== 'confirmed') return 'unreviewed_hotspot';
  return 'open';
}

/** Where a hotspot stands: nobody looked yet, a person judged it safe, or it needs a fix. */
export const HOTSPOT_REVIEW_STATES = ['unreviewed', 'safe', 'needs_fix'] as const;
export type HotspotReviewState = (typeof HOTSPOT_REVIEW_STATES)[number];
