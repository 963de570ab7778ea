// What a dependency rule sees: the project's inventory, the imports of its Python files, the advisory
// data the scan was given, and the widely used package names. Rules report at a manifest's file and
// line (or an import's); the runner fills in identity, snippet and fingerprint.
import type { FindingKind, Severity, Confidence } from '../../domain/index.js';
import type { Advisory } from './advisory.js';
import type { DependencyInventory } from './model.js';
import type { ImportUse } from './imports.js';
import type { PackageNames } from './near-miss.js';

export interface DependencyReport {
  path: string;
  line: number;
  /** 1-based columns of the flagged text; the whole line when absent. */
  column?: number;
  endColumn?: number;
  message: string;
  /** What the finding is about, stable across edits (package name, advisory id): its fingerprint. */
  key: string;
  severity?: Severity;
  confidence?: Confidence;
  kind?: FindingKind;
  fix?: string;
}

export interface ProjectImport {
  path: string;
  use: ImportUse;
}

export interface DependencyRuleContext {
  readonly inventory: DependencyInventory;
  readonly imports: readonly ProjectImport[];
  /** Module names spelled in module-level settings strings (INSTALLED_APPS, MIDDLEWARE …). */
  readonly stringModules: ReadonlySet<string>;
  /** Top-level module names the project itself defines (its own packages and modules). */
  readonly localModules: ReadonlySet<string>;
  /** Advisories for the inventory's packages; empty when none were imported. */
  readonly advisories: readonly Advisory[];
  /** Known and widely used PyPI names (the shipped list plus the project's known-packages). */
  readonly packageNames: PackageNames;
  /** True when the manifest declares an installable library, whose ranges are meant to stay open. */
  isLibraryManifest(path: string): boolean;
  report(r: DependencyReport): void;
}
