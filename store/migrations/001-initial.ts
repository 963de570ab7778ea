// The first schema. Everything the dashboard filters or groups by is a typed column or a link
// table; only what is merely displayed (a finding's trace, an attestation's links) is JSON text.
// Append-only tables refuse UPDATE and DELETE with triggers, so the audit trail cannot be edited
// even by a careless caller.
export const version = 1;
export const name = 'initial schema';

export const sql = `
CREATE TABLE projects (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  root_path     TEXT NOT NULL UNIQUE,
  asvs_version  TEXT NOT NULL DEFAULT '5.0.0' CHECK (asvs_version IN ('5.0.0', '4.0.3')),
  asvs_level    INTEGER NOT NULL DEFAULT 2 CHECK (asvs_level BETWEEN 1 AND 3),
  created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE scans (
  id               INTEGER PRIMARY KEY,
  project_id       INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  tool             TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('complete', 'cancelled', 'failed', 'imported')),
  started_at       TEXT NOT NULL,
  finished_at      TEXT NOT NULL,
  git_commit       TEXT,
  git_branch       TEXT,
  git_dirty        INTEGER CHECK (git_dirty IN (0, 1)),
  analyzer_version TEXT NOT NULL,
  ruleset_version  TEXT NOT NULL,
  files_scanned    INTEGER NOT NULL,
  files_skipped    INTEGER NOT NULL,
  lines_scanned    INTEGER NOT NULL,
  duration_ms      INTEGER NOT NULL,
  source_file      TEXT,
  error            TEXT,
  recorded_at      TEXT NOT NULL
) STRICT;
CREATE INDEX scans_by_project ON scans(project_id, id);

CREATE TABLE scan_frameworks (
  scan_id    INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  framework  TEXT NOT NULL,
  PRIMARY KEY (scan_id, framework)
) STRICT, WITHOUT ROWID;

CREATE TABLE scan_rules (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  rule_id  TEXT NOT NULL,
  PRIMARY KEY (scan_id, rule_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE skipped_files (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  path     TEXT NOT NULL,
  reason   TEXT NOT NULL,
  detail   TEXT NOT NULL
) STRICT;
CREATE INDEX skipped_by_scan ON skipped_files(scan_id);

-- One row per distinct finding of a project, kept narrow (long texts live in finding_details) so
-- that counting and filtering 100,000 findings reads little. The location columns hold the latest
-- sighting; 'revision' hashes everything mutable so an unchanged finding costs no UPDATE on rescans.
CREATE TABLE findings (
  id                  INTEGER PRIMARY KEY,
  project_id          INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  fingerprint         TEXT NOT NULL,
  tool                TEXT NOT NULL,
  rule_id             TEXT NOT NULL,
  title               TEXT NOT NULL,
  severity            TEXT NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low', 'info')),
  severity_rank       INTEGER NOT NULL,
  confidence          TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  path                TEXT NOT NULL,
  start_line          INTEGER NOT NULL,
  start_column        INTEGER NOT NULL,
  end_line            INTEGER NOT NULL,
  end_column          INTEGER NOT NULL,
  suppression_kind    TEXT CHECK (suppression_kind IN ('nosec', 'assay-ignore', 'config')),
  revision            TEXT NOT NULL,
  state               TEXT NOT NULL CHECK (state IN ('new', 'persisting', 'fixed', 'reopened')),
  first_seen_scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  fixed_in_scan_id    INTEGER REFERENCES scans(id) ON DELETE SET NULL,
  first_seen_at       TEXT NOT NULL,
  opened_at           TEXT NOT NULL,
  fixed_at            TEXT,
  reopen_count        INTEGER NOT NULL DEFAULT 0,
  -- Cache of the latest triage event (the events table is the truth), kept in the same
  -- transaction as the event insert so list queries need no per-row subquery.
  triage_status       TEXT NOT NULL DEFAULT 'open' CHECK (triage_status IN ('open', 'confirmed', 'false_positive', 'accepted_risk')),
  triage_expires_at   TEXT,
  triage_at           TEXT,
  UNIQUE (project_id, fingerprint)
) STRICT;
-- Covers what recording a scan reads about every known finding of the project.
CREATE INDEX findings_identity ON findings(project_id, fingerprint, tool, state, opened_at, revision);
-- Covers the default "open findings" filter, counts per severity and the severity sort.
CREATE INDEX findings_open ON findings(project_id, state, triage_status, suppression_kind, severity_rank, path, start_line, triage_expires_at, opened_at, rule_id);
-- No more indexes on findings: each one costs every new finding a b-tree insert, and a scan of
-- findings_open (rule, path) answers the rarer filters in a few milliseconds at 100,000 rows.

-- What a finding says, shown on its page; the trace is JSON because it is only ever displayed.
CREATE TABLE finding_details (
  finding_id          INTEGER PRIMARY KEY REFERENCES findings(id) ON DELETE CASCADE,
  message             TEXT NOT NULL,
  snippet             TEXT NOT NULL,
  fix                 TEXT NOT NULL,
  trace_json          TEXT NOT NULL,
  suppression_reason  TEXT
) STRICT;

CREATE TABLE finding_cwes (
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  cwe         INTEGER NOT NULL,
  PRIMARY KEY (finding_id, cwe)
) STRICT, WITHOUT ROWID;
CREATE INDEX finding_cwes_by_cwe ON finding_cwes(cwe, finding_id);

CREATE TABLE finding_asvs (
  finding_id      INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  chapter         TEXT NOT NULL,
  PRIMARY KEY (finding_id, asvs_version, requirement_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX finding_asvs_by_requirement ON finding_asvs(asvs_version, requirement_id, finding_id);
CREATE INDEX finding_asvs_by_chapter ON finding_asvs(asvs_version, chapter, finding_id);

-- A finding seen by a scan. 'lifecycle' is what the sighting meant at that scan.
CREATE TABLE occurrences (
  scan_id     INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  start_line  INTEGER NOT NULL,
  end_line    INTEGER NOT NULL,
  suppressed  INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
  lifecycle   TEXT NOT NULL CHECK (lifecycle IN ('new', 'persisting', 'reopened')),
  PRIMARY KEY (scan_id, finding_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX occurrences_by_finding ON occurrences(finding_id, scan_id);

-- Each time a complete scan stops seeing an open finding: the remediation record behind
-- "fixed per scan" and mean time to remediate (a finding fixed twice appears twice).
CREATE TABLE fixes (
  scan_id     INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  opened_at   TEXT NOT NULL,
  fixed_at    TEXT NOT NULL,
  PRIMARY KEY (scan_id, finding_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX fixes_by_finding ON fixes(finding_id);

-- Counts per severity frozen when a scan is recorded: the history chart reads 50 rows per scan
-- instead of re-deriving them from every sighting. 'open' excludes suppressed findings and those
-- whose triage decision in force at the scan was false positive or an unexpired accepted risk.
CREATE TABLE scan_counts (
  scan_id     INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  severity    TEXT NOT NULL,
  seen        INTEGER NOT NULL,
  open        INTEGER NOT NULL,
  new         INTEGER NOT NULL,
  reopened    INTEGER NOT NULL,
  fixed       INTEGER NOT NULL,
  suppressed  INTEGER NOT NULL,
  PRIMARY KEY (scan_id, severity)
) STRICT, WITHOUT ROWID;

CREATE TABLE triage_events (
  id          INTEGER PRIMARY KEY,
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  status      TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'false_positive', 'accepted_risk')),
  reason      TEXT NOT NULL,
  expires_at  TEXT,
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL,
  CHECK (status NOT IN ('false_positive', 'accepted_risk') OR length(trim(reason)) > 0),
  CHECK (status = 'accepted_risk' OR expires_at IS NULL),
  CHECK (status <> 'accepted_risk' OR expires_at IS NOT NULL)
) STRICT;
CREATE INDEX triage_by_finding ON triage_events(finding_id, at, id);
CREATE TRIGGER triage_events_no_update BEFORE UPDATE ON triage_events
  BEGIN SELECT RAISE(ABORT, 'triage_events is append-only'); END;
CREATE TRIGGER triage_events_no_delete BEFORE DELETE ON triage_events
  WHEN (SELECT count(*) FROM findings WHERE id = OLD.finding_id) > 0
  BEGIN SELECT RAISE(ABORT, 'triage_events is append-only'); END;

CREATE TABLE attestations (
  id              INTEGER PRIMARY KEY,
  project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL CHECK (asvs_version IN ('5.0.0', '4.0.3')),
  requirement_id  TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'not_applicable')),
  evidence        TEXT NOT NULL CHECK (length(trim(evidence)) > 0),
  links_json      TEXT NOT NULL DEFAULT '[]',
  actor           TEXT NOT NULL,
  at              TEXT NOT NULL,
  expires_at      TEXT
) STRICT;
CREATE INDEX attestations_by_requirement ON attestations(project_id, asvs_version, requirement_id, at, id);
CREATE TRIGGER attestations_no_update BEFORE UPDATE ON attestations
  BEGIN SELECT RAISE(ABORT, 'attestations is append-only'); END;
CREATE TRIGGER attestations_no_delete BEFORE DELETE ON attestations
  WHEN (SELECT count(*) FROM projects WHERE id = OLD.project_id) > 0
  BEGIN SELECT RAISE(ABORT, 'attestations is append-only'); END;

-- Per requirement status at a scan, for the project's target version; level kept so compliance
-- can be rolled up for every level from one snapshot.
CREATE TABLE coverage_snapshots (
  scan_id         INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
  chapter         TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('failing', 'passing_automated', 'passing_attested', 'not_applicable', 'not_verified')),
  PRIMARY KEY (scan_id, asvs_version, requirement_id)
) STRICT, WITHOUT ROWID;
-- Compliance per level per scan is a count in this order: no sorting at read time.
CREATE INDEX coverage_by_level ON coverage_snapshots(scan_id, asvs_version, level, status);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
) STRICT;
`;
