// The findings writer recordScan used before batching: one statement per row, ids chosen by
// SQLite. Kept as the reference the batched writer must match row for row (record-scan-batched.test.ts).
import type { Finding } from '../../analyzer/types.js';
import type { Lifecycle } from '../types.js';
import { asvsChapter } from '../asvs-ids.js';
import { searchIndexWriter } from '../finding-search.js';
import { FINDING_COLUMNS, OCCURRENCE_COLUMNS, findingDetails, findingTexts, revisionOf, type FindingsWriter, type FindingsWritten } from '../findings-writer.js';

export const writeFindingsRowByRow: FindingsWriter = (ctx) => {
  const { db, projectId, scanId, seenAt } = ctx;
  const insFinding = db.prepare(`INSERT INTO findings (${FINDING_COLUMNS}) VALUES (${Array(20).fill('?').join(', ')})`);
  const reindex = searchIndexWriter(db);
  const insDetails = db.prepare('INSERT INTO finding_details (finding_id, message, snippet, fix, trace_json, suppression_reason) VALUES (?, ?, ?, ?, ?, ?)');
  const updTexts = db.prepare('UPDATE finding_details SET message = ?, snippet = ?, fix = ?, trace_json = ?, suppression_reason = ? WHERE finding_id = ?');
  const updDetails = db.prepare(
    `UPDATE findings SET tool = ?, rule_id = ?, title = ?, severity = ?, severity_rank = ?, confidence = ?, kind = ?, path = ?,
       start_line = ?, start_column = ?, end_line = ?, end_column = ?, suppression_kind = ?, revision = ? WHERE id = ?`,
  );
  const updReopen = db.prepare(
    `UPDATE findings SET state = 'reopened', fixed_in_scan_id = NULL, fixed_at = NULL, opened_at = ?, reopen_count = reopen_count + 1 WHERE id = ?`,
  );
  const delCwes = db.prepare('DELETE FROM finding_cwes WHERE finding_id = ?');
  const delAsvs = db.prepare('DELETE FROM finding_asvs WHERE finding_id = ?');
  const insCwe = db.prepare('INSERT OR IGNORE INTO finding_cwes (finding_id, cwe) VALUES (?, ?)');
  const insAsvs = db.prepare('INSERT OR IGNORE INTO finding_asvs (finding_id, asvs_version, requirement_id, chapter) VALUES (?, ?, ?, ?)');
  const insOccurrence = db.prepare(`INSERT INTO occurrences (${OCCURRENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const links = (id: number, f: Finding): void => {
    for (const c of f.cwe) insCwe.run(id, c);
    for (const [version, ids] of Object.entries(f.asvs)) for (const r of ids) insAsvs.run(id, version, r, asvsChapter(r));
  };
  const out: FindingsWritten = { newFindings: 0, persisting: 0, reopened: 0, duplicates: 0, seen: new Set() };
  for (const f of ctx.findings) {
    if (out.seen.has(f.fingerprint)) {
      out.duplicates++;
      continue;
    }
    out.seen.add(f.fingerprint);
    const revision = revisionOf(f);
    const k = ctx.knownFinding(f.fingerprint);
    let lifecycle: Exclude<Lifecycle, 'fixed'>;
    let id: number;
    if (!k) {
      id = Number(insFinding.run(projectId, f.fingerprint, ...findingDetails(f), revision, 'new', scanId, seenAt, seenAt).lastInsertRowid);
      insDetails.run(id, ...findingTexts(f));
      reindex(id, f);
      links(id, f);
      lifecycle = 'new';
      out.newFindings++;
    } else {
      id = k.id;
      if (k.revision !== revision) {
        updDetails.run(...findingDetails(f), revision, id);
        updTexts.run(...findingTexts(f), id);
        delCwes.run(id);
        delAsvs.run(id);
        reindex(id, f);
        links(id, f);
      }
      if (k.state === 'fixed') {
        updReopen.run(seenAt, id);
        lifecycle = 'reopened';
        out.reopened++;
      } else {
        lifecycle = 'persisting';
        out.persisting++;
      }
    }
    insOccurrence.run(scanId, id, f.range.start.line, f.range.end.line, f.suppression ? 1 : 0, lifecycle, f.severity);
  }
  return out;
};
