// The part of SARIF 2.1.0 Assay writes (names as in the OASIS spec). Loose where the spec is open
// (property bags), so extensions can add fields without a type change here.

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}

export interface SarifLocation {
  physicalLocation?: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
  message?: SarifMessage;
}

export interface SarifReportingDescriptorReference {
  id: string;
  index?: number;
  guid?: string;
  toolComponent?: { name?: string; index?: number; guid?: string };
}

export interface SarifRelationship {
  target: SarifReportingDescriptorReference;
  kinds?: string[];
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  guid?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level?: SarifLevel; enabled?: boolean };
  relationships?: SarifRelationship[];
  properties?: Record<string, unknown>;
}

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';
/** SARIF result.kind: what Assay reports is either a failure it saw or code for a person to review. */
export type SarifKind = 'fail' | 'review';

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status?: 'accepted' | 'underReview' | 'rejected';
  justification?: string;
  location?: SarifLocation;
  properties?: Record<string, unknown>;
}

export interface SarifThreadFlowLocation {
  location: SarifLocation;
  kinds?: string[];
  nestingLevel?: number;
}

export interface SarifCodeFlow {
  message?: SarifMessage;
  threadFlows: Array<{ locations: SarifThreadFlowLocation[] }>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  kind: SarifKind;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  codeFlows?: SarifCodeFlow[];
  relatedLocations?: SarifLocation[];
  suppressions?: SarifSuppression[];
  taxa?: SarifReportingDescriptorReference[];
  properties?: Record<string, unknown>;
}

/** A tool component: the driver, or a taxonomy such as CWE or ASVS (run.taxonomies). */
export interface SarifToolComponent {
  name: string;
  version?: string;
  semanticVersion?: string;
  guid?: string;
  organization?: string;
  informationUri?: string;
  shortDescription?: SarifMessage;
  rules?: SarifReportingDescriptor[];
  taxa?: SarifReportingDescriptor[];
  supportedTaxonomies?: Array<{ name: string; index?: number; guid?: string }>;
  isComprehensive?: boolean;
  properties?: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  associatedRule?: SarifReportingDescriptorReference;
}

export interface SarifRun {
  tool: { driver: SarifToolComponent };
  originalUriBaseIds?: Record<string, { uri: string; description?: SarifMessage }>;
  invocations?: Array<{
    executionSuccessful: boolean;
    startTimeUtc?: string;
    endTimeUtc?: string;
    toolExecutionNotifications?: SarifNotification[];
  }>;
  taxonomies?: SarifToolComponent[];
  results: SarifResult[];
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
