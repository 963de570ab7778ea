// The shapes of the standard. The words (versions, levels, statuses) come from domain/.
import type { AsvsLevel, AsvsVersion, Automatability } from '../domain/index.js';

export { ASVS_VERSIONS, REQUIREMENT_STATUSES, AUTOMATABILITIES } from '../domain/index.js';
export type { AsvsVersion, AsvsRefs, RequirementStatus, Automatability, AttestationStatus, StatusCounts } from '../domain/index.js';

export type Level = AsvsLevel;

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
