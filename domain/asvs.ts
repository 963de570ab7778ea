// ASVS versions, levels and the statuses a requirement or an attestation can have.

export const ASVS_VERSIONS = ['5.0.0', '4.0.3'] as const;
export type AsvsVersion = (typeof ASVS_VERSIONS)[number];
export const DEFAULT_ASVS_VERSION: AsvsVersion = '5.0.0';

export const ASVS_LEVELS = [1, 2, 3] as const;
export type AsvsLevel = (typeof ASVS_LEVELS)[number];

/** How far static analysis can speak to a requirement. */
export const AUTOMATABILITIES = ['automatable', 'partial', 'manual'] as const;
export type Automatability = (typeof AUTOMATABILITIES)[number];

/** Requirement ids per ASVS version, e.g. { '5.0.0': ['V1.2.4'], '4.0.3': ['V5.3.4'] }. */
export type AsvsRefs = Readonly<Record<AsvsVersion, readonly string[]>>;

/** What a person can attest for a requirement. */
export const ATTESTATION_STATUSES = ['pass', 'fail', 'not_applicable'] as const;
export type AttestationStatus = (typeof ATTESTATION_STATUSES)[number];

/**
 * A requirement's status for one scan, in the order reports list them.
 * Only passing_automated, passing_attested and not_applicable count towards compliance.
 */
export const REQUIREMENT_STATUSES = [
  'failing',
  'failing_risk_accepted',
  'passing_automated',
  'passing_attested',
  'not_applicable',
  'not_applicable_suggested',
  'not_verified',
] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const COMPLIANT_STATUSES: readonly RequirementStatus[] = ['passing_automated', 'passing_attested', 'not_applicable'];

export type StatusCounts = Record<RequirementStatus, number>;

export function zeroStatusCounts(): StatusCounts {
  return Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** (passing_automated + passing_attested + not_applicable) / in scope; 0 when nothing is in scope. */
export function complianceRatio(counts: StatusCounts): number {
  const total = REQUIREMENT_STATUSES.reduce((n, s) => n + counts[s], 0);
  return total === 0 ? 0 : COMPLIANT_STATUSES.reduce((n, s) => n + counts[s], 0) / total;
}
