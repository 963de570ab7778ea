// The dependency inventory's shapes. Like analyzer/types.ts they cross into the store, reports and
// the desktop app, so they are plain data and change additively.
import type { DependencySource, ManifestKind } from '../../domain/index.js';

export interface Dependency {
  /** PEP 503 normalised: lower case, runs of `-`, `_`, `.` folded to one `-`. */
  name: string;
  /** The name as the file spells it. */
  declaredName: string;
  /** The version specifier exactly as written ('' when none; Poetry's `^1.2` stays `^1.2`). */
  specifier: string;
  extras: string[];
  /** The environment marker as written (never evaluated: the target environment is unknown). */
  marker: string | null;
  /** The version installed, when a lock file or an exact pin (`==`, `===`, Poetry's bare version) says it. */
  version: string | null;
  source: DependencySource;
  /** Direct URL, VCS URL or path, when the source is not the registry. */
  url: string | null;
  /** VCS revision (commit, tag or branch) after `@` or from rev/tag/branch keys. */
  vcsRef: string | null;
  editable: boolean;
  /** `algorithm:hex`, from --hash options or lock files. */
  hashes: string[];
  /** File (relative to the scan root, POSIX) and 1-based line where it is declared or locked. */
  path: string;
  line: number;
  /** False for packages that only a lock file lists (pulled in by something else). */
  direct: boolean;
  /** 'main', extras names, dev/test groups. */
  groups: string[];
  /** Names (PEP 503) this package depends on, from lock files; empty when unknown. */
  dependsOn: string[];
  /** The lock file that resolved the version, when one did. */
  lockedBy: string | null;
}

export interface Manifest {
  path: string;
  kind: ManifestKind;
  /** Declarations (or lock entries) read from it. */
  count: number;
}

/** A package index or find-links location a manifest names (checked for plain http). */
export interface PackageIndex {
  url: string;
  path: string;
  line: number;
}

/** A line or file that could not be read; the rest of the inventory stands. */
export interface InventoryProblem {
  path: string;
  /** 1-based, or null for the whole file. */
  line: number | null;
  message: string;
}

export interface DependencyInventory {
  manifests: Manifest[];
  dependencies: Dependency[];
  indexes: PackageIndex[];
  problems: InventoryProblem[];
}

/** A manifest's text, given to the readers (which never touch the file system themselves). */
export interface ManifestText {
  path: string;
  text: string;
}

/** What one reader returns for one file. */
export interface ReadOutcome {
  dependencies: Dependency[];
  indexes?: PackageIndex[];
  problems: InventoryProblem[];
}

export function emptyInventory(): DependencyInventory {
  return { manifests: [], dependencies: [], indexes: [], problems: [] };
}
