// The store at 100,000 findings, second step (issues 10 and 13).
// - effective_kind: the kind a finding counts as (a hotspot a reviewer confirmed is a vulnerability).
//   It used to be a CASE evaluated on every row of every list and count; as a column it leads the
//   open-findings index. New rows get it from the writer; a trigger keeps it right whenever kind or
//   triage_status changes, whoever changes them.
// - findings_open is ordered for what the pages ask: the equality filters (project, effective kind,
//   suppressed or not) first, then severity, path and line — the default sort, so page 1 reads 100
//   index entries instead of sorting every open finding — and the columns the remaining filters
//   test (lifecycle, triage and its expiry, age, rule), so counts never read the wide rows.
// - finding_search becomes contentless: it kept a second copy of every message and snippet that
//   only MATCH ever read (ids are all the queries take); the texts live in finding_details.
import type { Database } from 'better-sqlite3';

export const version = 11;
export const name = 'store at scale: effective kind column, list-ordered open index, contentless search';

export const sql = `
ALTER TABLE findings ADD COLUMN effective_kind TEXT NOT NULL DEFAULT 'vulnerability' CHECK (effective_kind IN ('vulnerability', 'hotspot'));
UPDATE findings SET effective_kind = CASE WHEN kind = 'hotspot' AND triage_status = 'confirmed' THEN 'vulnerability' ELSE kind END;
CREATE TRIGGER findings_effective_kind AFTER UPDATE OF kind, triage_status ON findings
  BEGIN
    UPDATE findings SET effective_kind = CASE WHEN NEW.kind = 'hotspot' AND NEW.triage_status = 'confirmed' THEN 'vulnerability' ELSE NEW.kind END
    WHERE id = NEW.id;
  END;

DROP INDEX IF EXISTS findings_open;
CREATE INDEX findings_open ON findings(project_id, effective_kind, suppression_kind, severity_rank, path, start_line, state, triage_status, triage_expires_at, opened_at, rule_id);

DROP TRIGGER IF EXISTS finding_search_forget;
DROP TABLE IF EXISTS finding_search;
CREATE VIRTUAL TABLE finding_search USING fts5(message, path, rule, title, cwe, snippet, content = '', contentless_delete = 1, tokenize = 'unicode61');
INSERT INTO finding_search (rowid, message, path, rule, title, cwe, snippet)
  SELECT f.id, d.message, f.path, f.rule_id, f.title,
    coalesce((SELECT group_concat('CWE-' || c.cwe, ' ') FROM finding_cwes c WHERE c.finding_id = f.id), ''), d.snippet
  FROM findings f JOIN finding_details d ON d.finding_id = f.id;
CREATE TRIGGER finding_search_forget AFTER DELETE ON findings
  BEGIN DELETE FROM finding_search WHERE rowid = OLD.id; END;
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM pragma_table_info('findings') WHERE name = 'effective_kind'").pluck().get() === 1;
}
