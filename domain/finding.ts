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

/** Web frameworks the analyzer models (each one folder under analyzer/frameworks/). */
export const FRAMEWORKS = ['django', 'drf', 'flask', 'fastapi'] as const;
export type Framework = (typeof FRAMEWORKS)[number];
