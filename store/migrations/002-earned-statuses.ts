// Earned statuses (issue 11). Requirement statuses gain failing_risk_accepted and
// not_applicable_suggested, and each frozen status keeps the reason it was given, so the history
// reads the same words as the day it was recorded. A scan records what the analyzer examined
// (scan_facts), which a pass must rest on. An attestation may override open findings (a conflict,
// kept with its justification), and carries evidence files stored once by content hash.
// The CHECK lists come from domain/, so the schema cannot disagree with the code's words.
import type { Database } from 'better-sqlite3';
import { REQUIREMENT_STATUSES } from '../../domain/index.js';

export const version = 2;
export const name = 'earned statuses: reasons, scan facts, attestation conflicts and evidence files';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Largest evidence file accepted; the CLI and the app say so when a file is larger. */
export const EVIDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;

export const sql = `
CREATE TABLE coverage_snapshots_v2 (
  scan_id         INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  level           INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
  chapter         TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN (${list(REQUIREMENT_STATUSES)})),
  reason          TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (scan_id, asvs_version, requirement_id)
) STRICT, WITHOUT ROWID;
INSERT INTO coverage_snapshots_v2 (scan_id, asvs_version, requirement_id, level, chapter, status)
  SELECT scan_id, asvs_version, requirement_id, level, chapter, status FROM coverage_snapshots;
DROP TABLE coverage_snapshots;
ALTER TABLE coverage_snapshots_v2 RENAME TO coverage_snapshots;
CREATE INDEX coverage_by_level ON coverage_snapshots(scan_id, asvs_version, level, status);

-- What the analyzer saw in a scan ('handlers:django' = 38, 'unmodelled:aiohttp' = 3 files,
-- 'db_calls' = 112, 'api:ldap' = 2 files …). No row means it saw none. Scans recorded before
-- this migration have no facts: their dataflow passes were never earned and read as not verified.
CREATE TABLE scan_facts (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  fact     TEXT NOT NULL,
  count    INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (scan_id, fact)
) STRICT, WITHOUT ROWID;

-- A pass attested over open findings: the justification and how many findings it overrode.
ALTER TABLE attestations ADD COLUMN override_reason TEXT;
ALTER TABLE attestations ADD COLUMN overridden_findings INTEGER NOT NULL DEFAULT 0;

-- Evidence files, content-addressed: the same file attached twice is stored once.
CREATE TABLE evidence_blobs (
  sha256   TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size     INTEGER NOT NULL CHECK (size BETWEEN 0 AND ${EVIDENCE_FILE_MAX_BYTES}),
  content  BLOB NOT NULL CHECK (length(content) = size)
) STRICT;
CREATE TABLE attestation_files (
  attestation_id  INTEGER NOT NULL REFERENCES attestations(id) ON DELETE CASCADE,
  name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  sha256          TEXT NOT NULL REFERENCES evidence_blobs(sha256),
  PRIMARY KEY (attestation_id, name)
) STRICT, WITHOUT ROWID;
CREATE INDEX attestation_files_by_blob ON attestation_files(sha256);
CREATE TRIGGER attestation_files_no_update BEFORE UPDATE ON attestation_files
  BEGIN SELECT RAISE(ABORT, 'attestation_files is append-only'); END;
CREATE TRIGGER evidence_blobs_no_update BEFORE UPDATE ON evidence_blobs
  BEGIN SELECT RAISE(ABORT, 'evidence_blobs is append-only'); END;
`;

/** Databases before the migrations ledger: 002 merged after 003 had run on some of them. */
export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scan_facts'").pluck().get() === 1;
}
