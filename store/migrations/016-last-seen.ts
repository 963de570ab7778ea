// The store at 100,000 findings, fifth step (issue 13): the scan that last saw each finding.
// - findings.last_seen_scan_id: the highest scan with a sighting of the finding (the recording sets
//   it for every finding it sees). Because scan ids only grow, a finding was seen by the newest
//   scan that saw anything of its project exactly when last_seen_scan_id is that scan — so "seen by
//   the latest scan" (the Findings page from the dashboard) is an equality on a column, not a probe
//   of the sightings of every open finding.
// - finding_counts groups by it too (and its triggers watch it), so the total of that page, with
//   the triage in force, is read from the kept groups like every other count.
import type { Database } from 'better-sqlite3';
import { findingCountTriggers } from '../finding-counts-triggers.js';

export const version = 16;
export const name = 'store at scale: the scan that last saw each finding, in the kept counts';

const GROUP: readonly string[] = [
  'project_id', 'effective_kind', 'suppression_kind', 'severity_rank', 'state', 'triage_status', 'triage_expires_at', 'opened_at', 'rule_id', 'title', 'link_set_id', 'tool', 'confidence', 'last_seen_scan_id',
];

export const sql = `
ALTER TABLE findings ADD COLUMN last_seen_scan_id INTEGER;
UPDATE findings SET last_seen_scan_id = (SELECT max(o.scan_id) FROM occurrences o WHERE o.finding_id = findings.id);

DROP TRIGGER finding_counts_insert;
DROP TRIGGER finding_counts_delete;
DROP TRIGGER finding_counts_update;
ALTER TABLE finding_counts ADD COLUMN last_seen_scan_id INTEGER;
DROP INDEX finding_counts_by_group;
CREATE INDEX finding_counts_by_group ON finding_counts(${GROUP.join(', ')});
${findingCountTriggers(GROUP)}
DELETE FROM finding_counts;
INSERT INTO finding_counts (${GROUP.join(', ')}, n, latest_id)
  SELECT ${GROUP.join(', ')}, count(*), max(id) FROM findings GROUP BY ${GROUP.join(', ')};
`;

export function present(db: Database): boolean {
  return (db.prepare("SELECT count(*) FROM pragma_table_info('findings') WHERE name = 'last_seen_scan_id'").pluck().get() as number) === 1;
}
