// The store at 100,000 findings, third step (issues 10 and 13): a finding's CWE and ASVS links are
// a property of its rule (and its version of the mapping), so 100,000 findings share a handful of
// distinct link sets. Each set is stored once (link_sets, with its rows in link_set_cwes and
// link_set_asvs) and a finding points at it (findings.link_set_id): recording a scan of 100,000
// findings no longer pays ~340,000 link rows and ~930,000 b-tree inserts for them.
// finding_cwes and finding_asvs stay readable under their old names as views, so a query written
// against them still answers the same; the hot queries read the sets directly.
// findings_open gains link_set_id (last, so the list order is unchanged): counts by CWE or ASVS
// chapter over the open findings read the index only.
// A set's `key` is its canonical text (see store/link-sets.ts: CWEs ascending, then per ASVS
// version its requirement ids ascending); the same key here and in the writer means one set each.
import type { Database } from 'better-sqlite3';

export const version = 13;
export const name = 'store at scale: shared CWE/ASVS link sets';

export const sql = `
CREATE TABLE link_sets (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE
) STRICT;
CREATE TABLE link_set_cwes (
  set_id  INTEGER NOT NULL REFERENCES link_sets(id) ON DELETE CASCADE,
  cwe     INTEGER NOT NULL,
  PRIMARY KEY (set_id, cwe)
) STRICT, WITHOUT ROWID;
CREATE INDEX link_set_cwes_by_cwe ON link_set_cwes(cwe, set_id);
CREATE TABLE link_set_asvs (
  set_id          INTEGER NOT NULL REFERENCES link_sets(id) ON DELETE CASCADE,
  asvs_version    TEXT NOT NULL,
  requirement_id  TEXT NOT NULL,
  chapter         TEXT NOT NULL,
  PRIMARY KEY (set_id, asvs_version, requirement_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX link_set_asvs_by_requirement ON link_set_asvs(asvs_version, requirement_id, set_id);
CREATE INDEX link_set_asvs_by_chapter ON link_set_asvs(asvs_version, chapter, set_id);

ALTER TABLE findings ADD COLUMN link_set_id INTEGER REFERENCES link_sets(id);

-- Existing findings: the canonical key of each one's links, then one set per distinct key.
CREATE TEMP TABLE finding_link_keys AS
  SELECT f.id AS finding_id,
    'cwe:' || coalesce((SELECT group_concat(c.cwe, ',' ORDER BY c.cwe) FROM finding_cwes c WHERE c.finding_id = f.id), '') ||
    coalesce((SELECT group_concat(v.part, '' ORDER BY v.asvs_version) FROM (
      SELECT a.asvs_version, ';' || a.asvs_version || ':' || group_concat(a.requirement_id, ',' ORDER BY a.requirement_id) AS part
      FROM finding_asvs a WHERE a.finding_id = f.id GROUP BY a.asvs_version) v), '') AS key
  FROM findings f;
INSERT INTO link_sets (key) SELECT DISTINCT key FROM finding_link_keys ORDER BY key;
INSERT INTO link_set_cwes (set_id, cwe)
  SELECT DISTINCT s.id, c.cwe FROM finding_link_keys k JOIN link_sets s ON s.key = k.key JOIN finding_cwes c ON c.finding_id = k.finding_id;
INSERT INTO link_set_asvs (set_id, asvs_version, requirement_id, chapter)
  SELECT DISTINCT s.id, a.asvs_version, a.requirement_id, a.chapter FROM finding_link_keys k JOIN link_sets s ON s.key = k.key JOIN finding_asvs a ON a.finding_id = k.finding_id;
UPDATE findings SET link_set_id = (SELECT s.id FROM finding_link_keys k JOIN link_sets s ON s.key = k.key WHERE k.finding_id = findings.id);
DROP TABLE finding_link_keys;

DROP TABLE finding_cwes;
DROP TABLE finding_asvs;
CREATE VIEW finding_cwes AS
  SELECT f.id AS finding_id, c.cwe FROM findings f JOIN link_set_cwes c ON c.set_id = f.link_set_id;
CREATE VIEW finding_asvs AS
  SELECT f.id AS finding_id, a.asvs_version, a.requirement_id, a.chapter FROM findings f JOIN link_set_asvs a ON a.set_id = f.link_set_id;

DROP INDEX IF EXISTS findings_open;
CREATE INDEX findings_open ON findings(project_id, effective_kind, suppression_kind, severity_rank, path, start_line, state, triage_status, triage_expires_at, opened_at, rule_id, link_set_id);
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'link_sets'").pluck().get() === 1;
}
