// Migration 016 on a database recorded before it: every finding's last_seen_scan_id becomes its
// newest sighting, the kept groups are recounted with it, and "seen by the latest scan" counted from
// the groups equals the count over the sightings.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from './index.js';
import { migrate } from '../migrate.js';
import { openStore } from '../open-store.js';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { recordTriage } from '../triage.js';
import { listFindings } from '../queries/findings.js';
import { day, manyFindings, scan } from '../testing/synthetic.js';
import { removeTempDirs, tempDbFile } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const GROUP = 'project_id, effective_kind, suppression_kind, severity_rank, state, triage_status, triage_expires_at, opened_at, rule_id, title, link_set_id, tool, confidence, last_seen_scan_id';

describe('migration 016', () => {
  it('sets each finding’s last sighting and recounts the groups with it', () => {
    const file = tempDbFile();
    const before = openStore(file);
    const p = ensureProject(before, { rootPath: '/srv/old' }).id;
    const pool = manyFindings(600);
    // Three scans seeing overlapping parts (a cancelled one fixes nothing), then a triage decision.
    recordScan(before, p, scan(pool.slice(0, 400), { startedAt: day(0) }), { now: day(0, 1) });
    recordScan(before, p, scan(pool.slice(200, 600), { startedAt: day(1) }), { now: day(1, 1) });
    recordScan(before, p, scan(pool.slice(100, 300), { startedAt: day(2), status: 'cancelled' }), { now: day(2, 1) });
    const someId = listFindings(before, p, { limit: 1, now: day(3) }).rows[0]!.id;
    recordTriage(before, { findingId: someId, status: 'false_positive', reason: 'test', at: day(3) });
    before.close();

    // The same history in a database from before 016 (its triggers fill the 015 groups as rows arrive).
    const oldFile = tempDbFile();
    const raw = new Database(oldFile);
    migrate(raw, oldFile, migrations.filter((m) => m.version < 16));
    raw.exec(`ATTACH '${file}' AS src`);
    for (const t of ['projects', 'scans', 'link_sets', 'link_set_cwes', 'link_set_asvs', 'findings', 'finding_details', 'occurrences', 'triage_events']) {
      const cols = (raw.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).join(', ');
      raw.exec(`INSERT INTO main.${t} (${cols}) SELECT ${cols} FROM src.${t}`);
    }
    raw.exec('DETACH src');
    raw.close();

    const db = openStore(oldFile);
    expect(db.prepare('SELECT count(*) FROM findings WHERE last_seen_scan_id IS NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM findings f WHERE f.last_seen_scan_id IS NOT (SELECT max(o.scan_id) FROM occurrences o WHERE o.finding_id = f.id)').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT ${GROUP}, n FROM finding_counts ORDER BY ${GROUP}`).all()).toEqual(db.prepare(`SELECT ${GROUP}, count(*) AS n FROM findings GROUP BY ${GROUP} ORDER BY ${GROUP}`).all());
    const latest = db.prepare('SELECT max(id) FROM scans').pluck().get() as number;
    const seen = db
      .prepare("SELECT count(*) FROM findings f WHERE f.kind = 'vulnerability' AND f.state <> 'fixed' AND f.triage_status IN ('open', 'confirmed') AND f.suppression_kind IS NULL AND EXISTS (SELECT 1 FROM occurrences o WHERE o.scan_id = ? AND o.finding_id = f.id)")
      .pluck()
      .get(latest) as number;
    expect(seen).toBeGreaterThan(150);
    expect(listFindings(db, p, { filter: { scanId: latest }, now: day(4) }).total).toBe(seen);
    db.close();
  });
});
