// The findings writer recordScan used before batching: one statement per row, ids chosen by
// SQLite. Kept as the reference the batched writer must match row for row (record-scan-batched.test.ts);
// both run through writeFindingsThrough and differ only in how rows reach SQLite.
import { searchIndexWriter } from '../finding-search.js';
import { FINDING_COLUMNS, FINDING_COLUMN_COUNT, OCCURRENCE_COLUMNS, findingTexts, newFindingValues, writeFindingsThrough, type FindingsWriter } from '../findings-writer.js';

export const writeFindingsRowByRow: FindingsWriter = (ctx) => {
  const { db, projectId, scanId, seenAt } = ctx;
  const insFinding = db.prepare(`INSERT INTO findings (${FINDING_COLUMNS}) VALUES (${Array(FINDING_COLUMN_COUNT).fill('?').join(', ')})`);
  const index = searchIndexWriter(db);
  const insDetails = db.prepare('INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json, suppression_reason) VALUES (?, ?, ?, ?, ?, ?)');
  const insOccurrence = db.prepare(`INSERT INTO occurrences (${OCCURRENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  return writeFindingsThrough(ctx, {
    insertNew(f, revision, linkSetId) {
      const id = Number(insFinding.run(...newFindingValues(projectId, scanId, seenAt, f, revision, linkSetId)).lastInsertRowid);
      insDetails.run(id, ...findingTexts(f));
      index(id, f);
      return id;
    },
    sighting: (id, f, lifecycle) => void insOccurrence.run(scanId, id, f.range.start.line, f.range.end.line, f.suppression ? 1 : 0, lifecycle, f.severity),
    flush() {},
  });
};
