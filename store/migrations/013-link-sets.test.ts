// Migration 013 on a database recorded before it: every finding keeps exactly its CWE and ASVS
// links (read through the finding_cwes / finding_asvs views and the queries), findings with the
// same links share one set, and a scan recorded afterwards reuses the migrated sets (the SQL key
// and linkSetKey() agree).
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { migrate } from '../migrate.js';
import { openStore } from '../open-store.js';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { getFinding, listFindings } from '../queries/findings.js';
import { topCwes } from '../queries/dashboard.js';
import { findingFacets } from '../queries/facets.js';
import { linkSetKey } from '../link-sets.js';
import { day, finding, manyFindings, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempDbFile } from '../testing/temp-db.js';

afterAll(removeTempDirs);

describe('migration 013', () => {
  it('moves the links of existing findings into shared sets without changing what any finding says', () => {
    const file = tempDbFile();
    const before = openStore(file);
    const p = ensureProject(before, { rootPath: '/srv/old' }).id;
    const findings = [
      ...manyFindings(1_000),
      { ...finding({ fingerprint: 'no-links', cwe: [] }), asvs: { '5.0.0': [], '4.0.3': [] } },
      { ...finding({ fingerprint: 'unsorted', cwe: [918, 20, 20] }), asvs: { '5.0.0': ['V2.2.1', 'V1.10.1', 'V1.2.4'], '4.0.3': [] } },
    ];
    recordScan(before, p, scan(findings, { startedAt: day(0) }), { now: day(0, 1) });
    before.close();

    // The same history as a database from before 013: links as rows per finding, no link sets.
    const oldFile = tempDbFile();
    const raw = new Database(oldFile);
    migrate(raw, oldFile, migrations.filter((m) => m.version < 13));
    raw.exec(`ATTACH '${file}' AS src`);
    const copied = ['projects', 'scans', 'findings', 'finding_details', 'occurrences'];
    for (const t of copied) {
      const cols = (raw.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).join(', ');
      raw.exec(`INSERT INTO main.${t} (${cols}) SELECT ${cols} FROM src.${t}`);
    }
    raw.exec(`INSERT INTO main.finding_cwes (finding_id, cwe) SELECT finding_id, cwe FROM src.finding_cwes;
      INSERT INTO main.finding_asvs (finding_id, asvs_version, requirement_id, chapter) SELECT finding_id, asvs_version, requirement_id, chapter FROM src.finding_asvs;`);
    const rowsBefore = {
      cwes: raw.prepare('SELECT finding_id, cwe FROM finding_cwes ORDER BY 1, 2').all(),
      asvs: raw.prepare('SELECT finding_id, asvs_version, requirement_id, chapter FROM finding_asvs ORDER BY 1, 2, 3').all(),
    };
    expect(rowsBefore.asvs.length).toBeGreaterThan(1_000);
    raw.exec('DETACH src');
    raw.close();

    const db = openStore(oldFile);
    expect(db.prepare('SELECT finding_id, cwe FROM finding_cwes ORDER BY 1, 2').all()).toEqual(rowsBefore.cwes);
    expect(db.prepare('SELECT finding_id, asvs_version, requirement_id, chapter FROM finding_asvs ORDER BY 1, 2, 3').all()).toEqual(rowsBefore.asvs);
    expect(db.prepare('SELECT count(*) FROM findings WHERE link_set_id IS NULL').pluck().get()).toBe(0);
    const sets = db.prepare('SELECT count(*) FROM link_sets').pluck().get() as number;
    const distinct = new Set(findings.map(linkSetKey)).size;
    expect(sets).toBe(distinct);
    expect(sets).toBeLessThan(findings.length / 2);
    // The migrated keys are the writer's: recording the same findings again creates no set.
    const keys = db.prepare('SELECT key FROM link_sets').pluck().all() as string[];
    expect(new Set(keys)).toEqual(new Set(findings.map(linkSetKey)));
    const unsorted = db.prepare("SELECT id FROM findings WHERE fingerprint = 'unsorted'").pluck().get() as number;
    expect(getFinding(db, unsorted, day(1))).toMatchObject({ cwe: [20, 918], asvs: ['V1.10.1', 'V1.2.4', 'V2.2.1'] });
    recordScan(db, p, scan([...findings, { ...finding({ fingerprint: 'fresh', cwe: [611] }), asvs: { '5.0.0': ['V1.5.1'], '4.0.3': ['V5.5.2'] } }], { startedAt: day(2) }), { now: day(2, 1) });
    expect(db.prepare('SELECT count(*) FROM link_sets').pluck().get()).toBe(sets + 1);
    // What the pages show is read from the sets.
    expect(listFindings(db, p, { filter: { cwe: [611] }, now: day(3) }).rows.map((r) => r.fingerprint)).toEqual(['fresh']);
    const facets = findingFacets(db, p);
    expect(facets.cwes.find((c) => c.cwe === 918)?.count).toBe(1);
    expect(topCwes(db, p, 50, day(3)).reduce((n, c) => n + c.count, 0)).toBe(
      db.prepare("SELECT count(*) FROM finding_cwes c JOIN findings f ON f.id = c.finding_id WHERE f.kind = 'vulnerability' AND f.suppression_kind IS NULL").pluck().get(),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
