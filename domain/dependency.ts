// Words of the dependency inventory, advisories and SBOM: one spelling for every room.

/** The files the inventory reads. Lock files resolve versions; the rest declare. */
export const MANIFEST_KINDS = [
  'requirements',
  'constraints',
  'pyproject',
  'poetry-lock',
  'pipfile',
  'pipfile-lock',
  'uv-lock',
  'pdm-lock',
  'setup-cfg',
  'setup-py',
] as const;
export type ManifestKind = (typeof MANIFEST_KINDS)[number];

export const LOCK_KINDS: readonly ManifestKind[] = ['poetry-lock', 'pipfile-lock', 'uv-lock', 'pdm-lock'];

/** Where a dependency is installed from. */
export const DEPENDENCY_SOURCES = ['registry', 'url', 'vcs', 'path'] as const;
export type DependencySource = (typeof DEPENDENCY_SOURCES)[number];

/** The group name of dependencies every install gets (no extra, no dev/test group). */
export const MAIN_GROUP = 'main';

/**
 * CycloneDX 1.6 impact-analysis states (VEX), the words an SBOM uses for a triage decision.
 * https://cyclonedx.org/docs/1.6/json/#vulnerabilities_items_analysis_state
 */
export const VEX_STATES = ['resolved', 'resolved_with_pedigree', 'exploitable', 'in_triage', 'false_positive', 'not_affected'] as const;
export type VexState = (typeof VEX_STATES)[number];

/** Advisory data older than this many days does not earn a pass for the component requirements. */
export const ADVISORY_MAX_AGE_DAYS = 30;
