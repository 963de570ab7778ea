// Two tiers of result: a vulnerability Assay has seen, and a hotspot a person reviews. Every finding
// recorded before this migration was reported as a vulnerability, so that is the default. The
// per-scan counts are kept per kind so the history and trends can show the two apart; the table is
// rebuilt because the kind joins its primary key (old rows become vulnerability counts).
import type { Database } from 'better-sqlite3';

export const version = 3;
export const name = 'finding kinds';

export const sql = `
ALTER TABLE findings ADD COLUMN kind TEXT NOT NULL DEFAULT 'vulnerability' CHECK (kind IN ('vulnerability', 'hotspot'));

-- The open-findings filter gains the kind right after the state it is always combined with.
DROP INDEX findings_open;
CREATE INDEX findings_open ON findings(project_id, state, kind, triage_status, suppression_kind, severity_rank, path, start_line, triage_expires_at, opened_at, rule_id);

CREATE TABLE scan_counts_by_kind (
  scan_id     INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('vulnerability', 'hotspot')),
  severity    TEXT NOT NULL,
  seen        INTEGER NOT NULL,
  open        INTEGER NOT NULL,
  new         INTEGER NOT NULL,
  reopened    INTEGER NOT NULL,
  fixed       INTEGER NOT NULL,
  suppressed  INTEGER NOT NULL,
  PRIMARY KEY (scan_id, kind, severity)
) STRICT, WITHOUT ROWID;
INSERT INTO scan_counts_by_kind (scan_id, kind, severity, seen, open, new, reopened, fixed, suppressed)
  SELECT scan_id, 'vulnerability', severity, seen, open, new, reopened, fixed, suppressed FROM scan_counts;
DROP TABLE scan_counts;
ALTER TABLE scan_counts_by_kind RENAME TO scan_counts;
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM pragma_table_info('findings') WHERE name = 'kind'").pluck().get() === 1;
}
