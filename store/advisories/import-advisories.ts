// `assay advisories import`: validate every record first, then store them all in one transaction,
// each replacing an older copy of the same id (a copy modified later is kept). A record that is not
// OSV is reported by name and the rest import; input that cannot be read at all imports nothing.
import type { StoreDb } from '../open-store.js';
import { parseOsv, type Advisory } from '../../analyzer/dependencies/advisory.js';
import { AdvisoryImportError, readAdvisorySources } from './read-sources.js';

export interface AdvisoryImportOutcome {
  source: 'file' | 'folder' | 'zip';
  /** Records read (valid or not). */
  read: number;
  added: number;
  replaced: number;
  /** Same id already stored with the same or a later modified time. */
  unchanged: number;
  /** Valid OSV naming no PyPI package. */
  otherEcosystems: number;
  invalid: Array<{ name: string; reason: string }>;
}

export function parseRecords(records: Array<{ name: string; text: string }>): { advisories: Advisory[]; invalid: AdvisoryImportOutcome['invalid']; other: number } {
  const advisories = new Map<string, Advisory>();
  const invalid: AdvisoryImportOutcome['invalid'] = [];
  let other = 0;
  for (const r of records) {
    let doc: unknown;
    try {
      doc = JSON.parse(r.text);
    } catch (e) {
      invalid.push({ name: r.name, reason: `not JSON (${(e as Error).message})` });
      continue;
    }
    const parsed = parseOsv(doc);
    if ('error' in parsed) invalid.push({ name: r.name, reason: parsed.error });
    else if ('ignored' in parsed) other++;
    else {
      const prev = advisories.get(parsed.advisory.id);
      if (!prev || prev.modified < parsed.advisory.modified) advisories.set(parsed.advisory.id, parsed.advisory);
    }
  }
  return { advisories: [...advisories.values()], invalid, other };
}

export function storeAdvisories(db: StoreDb, advisories: readonly Advisory[], sourceFile: string, now: string): { added: number; replaced: number; unchanged: number } {
  const existing = db.prepare('SELECT modified FROM advisories WHERE id = ?').pluck();
  const del = db.prepare('DELETE FROM advisories WHERE id = ?');
  const ins = db.prepare(
    `INSERT INTO advisories (id, summary, details, severity, severity_vectors, modified, published, withdrawn, references_json, source_file, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insAlias = db.prepare('INSERT OR IGNORE INTO advisory_aliases (advisory_id, alias) VALUES (?, ?)');
  const insPkg = db.prepare('INSERT INTO advisory_packages (advisory_id, ordinal, package, ranges_json, versions_json) VALUES (?, ?, ?, ?, ?)');
  const counts = { added: 0, replaced: 0, unchanged: 0 };
  db.transaction(() => {
    for (const a of advisories) {
      const stored = existing.get(a.id) as string | undefined;
      if (stored !== undefined && stored >= a.modified) {
        counts.unchanged++;
        continue;
      }
      if (stored !== undefined) {
        del.run(a.id);
        counts.replaced++;
      } else counts.added++;
      ins.run(a.id, a.summary, a.details, a.severity, JSON.stringify(a.severityVectors), a.modified, a.published, a.withdrawn, JSON.stringify(a.references), sourceFile, now);
      for (const alias of a.aliases) insAlias.run(a.id, alias);
      a.affected.forEach((p, i) => insPkg.run(a.id, i, p.name, JSON.stringify(p.ranges), JSON.stringify(p.versions)));
    }
  }).immediate();
  return counts;
}

export function importAdvisories(db: StoreDb, path: string, now: string = new Date().toISOString()): AdvisoryImportOutcome {
  const { kind, records } = readAdvisorySources(path);
  const { advisories, invalid, other } = parseRecords(records);
  if (advisories.length === 0 && other === 0) {
    const why = invalid.length ? `: ${invalid.slice(0, 3).map((i) => `${i.name}: ${i.reason}`).join('; ')}` : '';
    throw new AdvisoryImportError(`${path} holds no valid OSV record${why}. Give OSV JSON (osv.dev's PyPI all.zip, or records in the OSV schema).`);
  }
  const counts = storeAdvisories(db, advisories, path, now);
  return { source: kind, read: records.length, ...counts, otherEcosystems: other, invalid };
}
