// The shapes of the standard. asvs/ imports nothing of ours, so the version type is declared here;
// it is structurally the same as analyzer/types.ts AsvsVersion, so values pass between rooms freely.

export const ASVS_VERSIONS = ['5.0.0', '4.0.3'] as const;
export type AsvsVersion = (typeof ASVS_VERSIONS)[number];

export type Level = 1 | 2 | 3;
export const LEVELS: readonly Level[] = [1, 2, 3];

/** Requirement ids per version, as rules and findings carry them. */
export type AsvsRefs = Readonly<Record<AsvsVersion, readonly string[]>>;

export interface Chapter {
  /** `V1` … */
  id: string;
  name: string;
}

export interface Section {
  /** `V1.2` … */
  id: string;
  chapterId: string;
  name: string;
}

export type Automatability = 'automatable' | 'partial' | 'manual';

export interface Requirement {
  /** `V1.2.5`: the official Shortcode. */
  id: string;
  chapterId: string;
  sectionId: string;
  /** The minimum level; levels are cumulative, so a level-1 requirement is in scope at 2 and 3 too. */
  level: Level;
  /** Our own one-line wording. The official text is CC BY-SA and is only shown once the user imports it. */
  summary: string;
  /** 4.0.3's CWE column (empty for 5.0.0, which has none; see cwe-map.ts for the derived table). */
  cwe: readonly number[];
  automatable: Automatability;
  automatableReason: string;
}

export interface Catalogue {
  version: AsvsVersion;
  chapters: readonly Chapter[];
  sections: readonly Section[];
  requirements: readonly Requirement[];
}

/** Status of one requirement for a project at a scan (see coverage.ts for how it is decided). */
export const REQUIREMENT_STATUSES = ['failing', 'passing-automated', 'passing-attested', 'not-applicable', 'not-verified'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
