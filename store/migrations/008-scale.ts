// The store at 100,000 findings (issues 10 and 13). findings_identity goes: it repeated the
// UNIQUE (project_id, fingerprint) index with four more columns, and every new finding paid a
// second random b-tree insert for it; recording a scan now reads those columns from the table.
// scan_standings freezes, per scan, how many of its findings weigh on each requirement (by rule,
// kind, suppression and whether the suppression gave a reason): live coverage reads these few
// hundred rows and corrects only for findings someone triaged (findings_triaged), instead of
// joining every sighting of the scan on each dashboard view. Existing scans are filled in here.
import type { Database } from 'better-sqlite3';

export const version = 8;
export const name = 'store at scale: frozen standings per scan, triaged-findings index';

export const sql = `
DROP INDEX IF EXISTS findings_identity;
CREATE INDEX findings_triaged ON findings(project_id) WHERE triage_at IS NOT NULL;
CREATE TABLE scan_standings (
  scan_id         INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL,
  rule_id         TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('vulnerability', 'hotspot')),
  suppressed      INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
  justified       INTEGER NOT NULL CHECK (justified IN (0, 1)),
  n               INTEGER NOT NULL CHECK (n > 0),
  PRIMARY KEY (scan_id, asvs_version, rule_id, requirement_id, kind, suppressed, justified)
) STRICT, WITHOUT ROWID;
INSERT INTO scan_standings (scan_id, asvs_version, rule_id, requirement_id, kind, suppressed, justified, n)
  SELECT o.scan_id, a.asvs_version, f.rule_id, a.requirement_id, f.kind, o.suppressed,
         (length(trim(coalesce(d.suppression_reason, ''))) > 0), count(*)
  FROM occurrences o JOIN findings f ON f.id = o.finding_id
  JOIN finding_asvs a ON a.finding_id = f.id
  LEFT JOIN finding_details d ON d.finding_id = f.id
  GROUP BY 1, 2, 3, 4, 5, 6, 7;
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'scan_standings'").pluck().get() === 1;
}
