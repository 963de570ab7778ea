// Advisories imported for offline matching (OSV records, replaced by id when a newer copy arrives),
// and each scan's dependency inventory with the advisory data it was matched against. What is
// queried (package names, ids, aliases, scan, path) is in typed columns; event lists that are only
// evaluated in code (ranges, listed versions, references) are JSON text.
import type { Database } from 'better-sqlite3';

export const version = 5;
export const name = 'advisories and dependency inventory';

export const sql = `
CREATE TABLE advisories (
  id           TEXT PRIMARY KEY,
  summary      TEXT NOT NULL,
  details      TEXT NOT NULL,
  severity     TEXT CHECK (severity IS NULL OR severity IN ('critical', 'high', 'medium', 'low', 'info')),
  severity_vectors TEXT NOT NULL DEFAULT '[]',
  modified     TEXT NOT NULL,
  published    TEXT,
  withdrawn    TEXT,
  references_json TEXT NOT NULL DEFAULT '[]',
  source_file  TEXT NOT NULL,
  imported_at  TEXT NOT NULL
) STRICT;
CREATE INDEX advisories_by_modified ON advisories(modified);

CREATE TABLE advisory_aliases (
  advisory_id  TEXT NOT NULL REFERENCES advisories(id) ON DELETE CASCADE,
  alias        TEXT NOT NULL,
  PRIMARY KEY (advisory_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX advisory_aliases_by_alias ON advisory_aliases(alias);

CREATE TABLE advisory_packages (
  advisory_id  TEXT NOT NULL REFERENCES advisories(id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  package      TEXT NOT NULL,
  ranges_json  TEXT NOT NULL,
  versions_json TEXT NOT NULL,
  PRIMARY KEY (advisory_id, ordinal)
) STRICT;
CREATE INDEX advisory_packages_by_package ON advisory_packages(package);

CREATE TABLE scan_dependencies (
  scan_id       INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  name          TEXT NOT NULL,
  declared_name TEXT NOT NULL,
  specifier     TEXT NOT NULL,
  version       TEXT,
  source        TEXT NOT NULL CHECK (source IN ('registry', 'url', 'vcs', 'path')),
  url           TEXT,
  vcs_ref       TEXT,
  editable      INTEGER NOT NULL CHECK (editable IN (0, 1)),
  path          TEXT NOT NULL,
  line          INTEGER NOT NULL,
  direct        INTEGER NOT NULL CHECK (direct IN (0, 1)),
  groups_json   TEXT NOT NULL,
  extras_json   TEXT NOT NULL,
  marker        TEXT,
  hashes_json   TEXT NOT NULL,
  depends_on_json TEXT NOT NULL,
  locked_by     TEXT,
  PRIMARY KEY (scan_id, ordinal)
) STRICT;
CREATE INDEX scan_dependencies_by_name ON scan_dependencies(scan_id, name);

CREATE TABLE scan_manifests (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  path     TEXT NOT NULL,
  kind     TEXT NOT NULL,
  count    INTEGER NOT NULL,
  PRIMARY KEY (scan_id, path)
) STRICT, WITHOUT ROWID;

CREATE TABLE scan_dependency_problems (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  path     TEXT NOT NULL,
  line     INTEGER,
  message  TEXT NOT NULL
) STRICT;
CREATE INDEX scan_dependency_problems_by_scan ON scan_dependency_problems(scan_id);

-- One row per scan that read dependencies: how much advisory data it matched against, and its age.
CREATE TABLE scan_advisory_data (
  scan_id          INTEGER PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
  advisory_count   INTEGER NOT NULL,
  newest_modified  TEXT,
  age_days         INTEGER
) STRICT;
`;

/** Databases before the migrations ledger: 005 merged after 006 had run on them. */
export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'advisories'").pluck().get() === 1;
}
