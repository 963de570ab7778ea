// Search, assignees, notes and the security logging evidence of a scan. The search index is a full-text table (FTS5) keyed by finding id:
// message, path, rule, title, CWE and snippet, written by record-scan whenever a finding's texts
// change (never by triggers: a trigger per CWE link row would cost every scan of 100,000 findings
// a re-index per link). Assignment and notes are append-only like triage: the events are the
// record, and findings.assignee caches the latest assignment in the same transaction.
export const version = 9;
export const name = 'search, assignees, notes, security logging evidence';

export const sql = `
CREATE VIRTUAL TABLE finding_search USING fts5(message, path, rule, title, cwe, snippet, tokenize = 'unicode61');
INSERT INTO finding_search (rowid, message, path, rule, title, cwe, snippet)
  SELECT f.id, d.message, f.path, f.rule_id, f.title,
    coalesce((SELECT group_concat('CWE-' || c.cwe, ' ') FROM finding_cwes c WHERE c.finding_id = f.id), ''), d.snippet
  FROM findings f JOIN finding_details d ON d.finding_id = f.id;
CREATE TRIGGER finding_search_forget AFTER DELETE ON findings
  BEGIN DELETE FROM finding_search WHERE rowid = OLD.id; END;

ALTER TABLE findings ADD COLUMN assignee TEXT;

CREATE TABLE assignment_events (
  id          INTEGER PRIMARY KEY,
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  -- NULL: unassigned.
  assignee    TEXT CHECK (assignee IS NULL OR length(trim(assignee)) > 0),
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX assignment_by_finding ON assignment_events(finding_id, at, id);
CREATE TRIGGER assignment_events_no_update BEFORE UPDATE ON assignment_events
  BEGIN SELECT RAISE(ABORT, 'assignment_events is append-only'); END;
CREATE TRIGGER assignment_events_no_delete BEFORE DELETE ON assignment_events
  WHEN (SELECT count(*) FROM findings WHERE id = OLD.finding_id) > 0
  BEGIN SELECT RAISE(ABORT, 'assignment_events is append-only'); END;

CREATE TABLE finding_notes (
  id          INTEGER PRIMARY KEY,
  finding_id  INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
  body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_finding ON finding_notes(finding_id, at, id);
CREATE TRIGGER finding_notes_no_update BEFORE UPDATE ON finding_notes
  BEGIN SELECT RAISE(ABORT, 'finding_notes is append-only'); END;
CREATE TRIGGER finding_notes_no_delete BEFORE DELETE ON finding_notes
  WHEN (SELECT count(*) FROM findings WHERE id = OLD.finding_id) > 0
  BEGIN SELECT RAISE(ABORT, 'finding_notes is append-only'); END;

-- Where the scanned application logs its security events (analyzer/facts/security-logging.ts):
-- the list behind the logging requirements' evidence; scan_facts keeps only the counts.
CREATE TABLE scan_security_logs (
  scan_id  INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
  event    TEXT NOT NULL,
  path     TEXT NOT NULL,
  line     INTEGER NOT NULL,
  handler  TEXT NOT NULL,
  call     TEXT NOT NULL
) STRICT;
CREATE INDEX security_logs_by_scan ON scan_security_logs(scan_id, event);
`;
