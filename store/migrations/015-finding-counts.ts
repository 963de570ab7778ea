// The store at 100,000 findings, fourth step (issue 13): counts kept instead of counted.
// - finding_counts: a project's findings grouped by every column the dashboard's counts filter or
//   group by (kind as it counts, suppression, severity, lifecycle, the recorded triage and its
//   expiry, opening time, rule and its title, link set, tool, confidence) with how many are in each
//   group. Totals, counts per severity, top CWEs, ageing, SLA counts and the facet lists read these
//   few rows with the same WHERE clause they used on findings — the triage in force is still judged
//   against the caller's instant, from triage_expires_at, so an acceptance expiring needs no write.
//   latest_id is the highest finding id that entered a group (the facets' "title of the latest").
// - Triggers keep it exact whoever changes findings (recording, triage, hotspot review, bulk triage,
//   a cascade from a deleted project, a test's raw INSERT): each finding is in exactly one group.
//   While a scan is being recorded its project is listed in finding_counts_pending and the triggers
//   skip its rows; the recording rebuilds that project's groups from its findings before it commits
//   (one grouped pass instead of a trigger per new, persisting, fixed and reopened row).
// - findings_by_path: the Findings page sorted by path walks this index (in page order: path, line,
//   id, after the kind and suppression the page asks for) instead of sorting every open finding;
//   and a path text search seeks the few paths that match (finding_paths) instead of testing every
//   open finding's path.
// - finding_paths: each project's distinct (path, rule) pairs with how many findings have them, kept
//   by the same triggers; a text search finds its candidate paths here.
import type { Database } from 'better-sqlite3';
import { PATH_COLUMNS, findingCountTriggers } from '../finding-counts-triggers.js';

export const version = 15;
export const name = 'store at scale: finding counts, paths, path index';

const GROUP: readonly string[] = ['project_id', 'effective_kind', 'suppression_kind', 'severity_rank', 'state', 'triage_status', 'triage_expires_at', 'opened_at', 'rule_id', 'title', 'link_set_id', 'tool', 'confidence'];
const PATH = PATH_COLUMNS;

export const sql = `
CREATE TABLE finding_counts (
  project_id         INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  effective_kind     TEXT NOT NULL,
  suppression_kind   TEXT,
  severity_rank      INTEGER NOT NULL,
  state              TEXT NOT NULL,
  triage_status      TEXT NOT NULL,
  triage_expires_at  TEXT,
  opened_at          TEXT NOT NULL,
  rule_id            TEXT NOT NULL,
  title              TEXT NOT NULL,
  link_set_id        INTEGER,
  tool               TEXT NOT NULL,
  confidence         TEXT NOT NULL,
  n                  INTEGER NOT NULL CHECK (n >= 0),
  latest_id          INTEGER NOT NULL
) STRICT;
CREATE INDEX finding_counts_by_group ON finding_counts(${GROUP.join(', ')});

CREATE TABLE finding_paths (
  project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  path        TEXT NOT NULL,
  rule_id     TEXT NOT NULL,
  n           INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (project_id, path, rule_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE finding_counts_pending (
  project_id  INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE
) STRICT;
${findingCountTriggers(GROUP)}
INSERT INTO finding_counts (${GROUP.join(', ')}, n, latest_id)
  SELECT ${GROUP.join(', ')}, count(*), max(id) FROM findings GROUP BY ${GROUP.join(', ')};
INSERT INTO finding_paths (${PATH.join(', ')}, n) SELECT ${PATH.join(', ')}, count(*) FROM findings GROUP BY ${PATH.join(', ')};

CREATE INDEX findings_by_path ON findings(project_id, effective_kind, suppression_kind, path, start_line, id, state, triage_status, triage_expires_at, rule_id);
ANALYZE findings;
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'finding_counts'").pluck().get() === 1;
}
