// Free-text search over findings (FTS5): what the index holds for a finding, and how a person's
// words become a MATCH expression. Their text is never FTS syntax: each word is a quoted phrase
// with a prefix star, so `orders.py`, `CWE-89` or a stray quote search for what was typed.
import type { StoreDb } from './open-store.js';

export interface SearchableFinding {
  message: string;
  path: string;
  ruleId: string;
  title: string;
  cwe: readonly number[];
  snippet: string;
}

export const SEARCH_COLUMNS = 'rowid, message, path, rule, title, cwe, snippet';

/** The indexed texts of a finding, in SEARCH_COLUMNS order after the rowid (new findings are batch-inserted). */
export function searchValues(f: SearchableFinding): unknown[] {
  return [f.message, f.path, f.ruleId, f.title, f.cwe.map((c) => `CWE-${c}`).join(' '), f.snippet];
}

/**
 * Indexes the findings with ids in [from, to), from their rows: the columns of searchValues, the
 * CWEs from the finding's link set (each once, ascending; only MATCH reads them, never a rank).
 */
export function indexNewFindings(db: StoreDb, from: number, to: number): void {
  db.prepare(
    `INSERT INTO finding_search (${SEARCH_COLUMNS})
     SELECT f.id, d.message, f.path, f.rule_id, f.title,
       coalesce((SELECT group_concat('CWE-' || c.cwe, ' ') FROM (SELECT cwe FROM link_set_cwes WHERE set_id = f.link_set_id ORDER BY cwe) c), ''), d.snippet
     FROM findings f JOIN finding_details d ON d.finding_id = f.id WHERE f.id >= ? AND f.id < ?`,
  ).run(from, to);
}

/** Replaces one finding's row in the index (a known finding whose texts changed). */
export function searchIndexWriter(db: StoreDb): (findingId: number, f: SearchableFinding) => void {
  const del = db.prepare('DELETE FROM finding_search WHERE rowid = ?');
  const ins = db.prepare(`INSERT INTO finding_search (${SEARCH_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  return (findingId, f) => {
    del.run(findingId);
    ins.run(findingId, ...searchValues(f));
  };
}

/** The MATCH expression for what a person typed; null when there is nothing to search for. */
export function searchExpression(text: string): string | null {
  const words = text
    .split(/\s+/)
    // unicode61 drops punctuation, so a word of punctuation only would match nothing useful.
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/** SQL (bound to @search) that keeps findings matching every word. */
export const SEARCH_CLAUSE = 'f.id IN (SELECT rowid FROM finding_search WHERE finding_search MATCH @search)';
