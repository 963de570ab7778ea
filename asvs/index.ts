// The public face of asvs/: other rooms import from here (or from the single modules directly).
export * from './types.js';
export { getCatalogue, findRequirement, isRequirementId, requirementsInScope, isAsvsVersion, parseLevel } from './catalogue.js';
export { crosswalkEntry, crosswalkEntries, mapRequirementId, mapRequirementIds, mapStatuses, compareIds } from './crosswalk.js';
export type { CrosswalkEntry, CrosswalkLink, CrosswalkLinkKind, DeletionReason, MappedStatus } from './crosswalk.js';
export { asvsForCwe, asvsForCwes, cwesForRequirement, mappedCwes, parseCweTag } from './cwe-map.js';
export { computeCoverage, coverageSummary, currentAttestation, emptyCounts, refsFor } from './coverage.js';
export type {
  ChapterSummary,
  CoverageAttestation,
  CoverageFinding,
  CoverageInput,
  CoverageReport,
  CoverageRollup,
  CoverageRule,
  CoverageSummary,
  RequirementCoverage,
} from './coverage.js';
export { parseOfficialExport, checkAgainstCatalogue, OfficialExportError } from './official-import.js';
export type { OfficialExport, CatalogueCheck } from './official-import.js';
