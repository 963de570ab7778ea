// What a scan saw of each finding's severity, so comparing two scans can say "high → critical"
// (the findings row keeps only the latest). Sightings recorded before this migration carry NULL:
// their severity then was not kept, and a comparison says so rather than guessing.
import type { Database } from 'better-sqlite3';

export const version = 6;
export const name = 'workflow';

export const sql = `
ALTER TABLE occurrences ADD COLUMN severity TEXT CHECK (severity IS NULL OR severity IN ('critical', 'high', 'medium', 'low', 'info'));
`;

export function present(db: Database): boolean {
  return db.prepare("SELECT count(*) FROM pragma_table_info('occurrences') WHERE name = 'severity'").pluck().get() === 1;
}
