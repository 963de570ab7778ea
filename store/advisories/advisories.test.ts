// Offline advisory import on real database files: a record, a folder, osv.dev-style zips, and the
// hostile cases (zip-slip names, bombs, a "zip" that is not one), where nothing is stored.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir, tempStore } from '../testing/temp-db.js';
import { importAdvisories } from './import-advisories.js';
import { advisoriesFor, advisoryStatus } from './advisory-queries.js';
import { AdvisoryImportError } from './read-sources.js';

afterAll(removeTempDirs);

const OSV = fileURLToPath(new URL('../../test/fixtures/osv/', import.meta.url));
const RECORDS = readdirSync(OSV + 'records').sort();
const count = (db: ReturnType<typeof tempStore>['db']) => db.prepare('SELECT count(*) FROM advisories').pluck().get();

function zipOf(entries: Record<string, string | Uint8Array>): string {
  const file = join(tempDir(), 'all.zip');
  writeFileSync(file, zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]))));
  return file;
}

describe('assay advisories import', () => {
  it('imports one OSV file, and reads it back whole for matching', () => {
    const { db } = tempStore();
    const out = importAdvisories(db, OSV + 'records/ASSAY-TEST-2024-0001.json', '2026-12-01T00:00:00Z');
    expect(out).toMatchObject({ source: 'file', read: 1, added: 1, replaced: 0, unchanged: 0, invalid: [] });
    const [a] = advisoriesFor(db, ['django']);
    expect(a).toMatchObject({ id: 'ASSAY-TEST-2024-0001', aliases: ['CVE-2099-0001', 'GHSA-aaaa-bbbb-cccc'], severity: 'critical' });
    expect(a!.affected[0]!.ranges[0]!.events).toEqual([{ introduced: '3.2' }, { fixed: '3.2.23' }, { introduced: '4.2' }, { fixed: '4.2.8' }]);
    expect(advisoriesFor(db, ['flask'])).toEqual([]);
  });

  it('imports a folder, reporting the records that are not OSV by name while the rest import', () => {
    const { db } = tempStore();
    const dir = tempDir();
    mkdirSync(join(dir, 'nested'));
    for (const f of RECORDS) copyFileSync(OSV + 'records/' + f, join(dir, 'nested', f));
    copyFileSync(OSV + 'invalid/bad-range.json', join(dir, 'bad-range.json'));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const out = importAdvisories(db, dir);
    expect(out.added).toBe(RECORDS.length);
    expect(out.invalid.map((i) => [i.name.slice(dir.length + 1), i.reason.split(' (')[0]])).toEqual([
      ['bad-range.json', 'affected[0] has a range of type "CALVER", which OSV does not define'],
      ['broken.json', 'not JSON'],
    ]);
  });

  it("imports osv.dev's zip layout and replaces older copies by id, keeping newer ones", () => {
    const { db } = tempStore();
    const entries = Object.fromEntries(RECORDS.map((f) => [f, readFileSync(OSV + 'records/' + f, 'utf8')]));
    expect(importAdvisories(db, zipOf(entries))).toMatchObject({ source: 'zip', added: RECORDS.length });
    const newer = JSON.parse(entries['ASSAY-TEST-2024-0001.json']!);
    newer.modified = '2026-11-30T00:00:00Z';
    newer.summary = 'updated summary';
    const older = JSON.parse(entries['ASSAY-TEST-2024-0002.json']!);
    older.modified = '2020-01-01T00:00:00Z';
    older.summary = 'stale copy';
    const out = importAdvisories(db, zipOf({ 'a.json': JSON.stringify(newer), 'b.json': JSON.stringify(older) }));
    expect(out).toMatchObject({ added: 0, replaced: 1, unchanged: 1 });
    expect(count(db)).toBe(RECORDS.length);
    expect(advisoriesFor(db, ['django'])[0]!.summary).toBe('updated summary');
    expect(advisoriesFor(db, ['prerelease-pkg'])[0]!.summary).not.toBe('stale copy');
  });

  it('refuses a zip-slip entry name, a bomb and a file that is not a zip, storing nothing', () => {
    const { db } = tempStore();
    const good = readFileSync(OSV + 'records/ASSAY-TEST-2024-0001.json', 'utf8');
    const slip = zipOf({ 'ok.json': good, '../../etc/evil.json': good });
    expect(() => importAdvisories(db, slip)).toThrow(AdvisoryImportError);
    expect(() => importAdvisories(db, slip)).toThrow(/all\.zip holds an entry named "\.\.\/\.\.\/etc\/evil\.json".*zip-slip/);
    const bomb = zipOf({ 'ok.json': good, 'bomb.json': new Uint8Array(8 * 1024 * 1024).fill(0x20) });
    expect(() => importAdvisories(db, bomb)).toThrow(/bomb/);
    const fake = join(tempDir(), 'osv.zip');
    writeFileSync(fake, 'this is plain text, not an archive');
    expect(() => importAdvisories(db, fake)).toThrow(/osv\.zip is not a zip archive/);
    expect(() => importAdvisories(db, join(tempDir(), 'missing.json'))).toThrow(/does not exist/);
    expect(() => importAdvisories(db, OSV + 'invalid/not-osv.json')).toThrow(/holds no valid OSV record.*not-osv\.json: not an OSV record/);
    expect(count(db)).toBe(0);
  });

  it('reports status: count, newest modified, and staleness past 30 days', () => {
    const { db } = tempStore();
    expect(advisoryStatus(db, '2026-12-01T00:00:00Z')).toMatchObject({ count: 0, newestModified: null, ageDays: null, stale: false });
    importAdvisories(db, OSV + 'records');
    expect(advisoryStatus(db, '2026-12-01T00:00:00Z')).toMatchObject({ count: RECORDS.length, newestModified: '2026-11-25T00:00:00.000Z', ageDays: 6, stale: false });
    expect(advisoryStatus(db, '2027-01-10T00:00:00Z')).toMatchObject({ ageDays: 46, stale: true });
  });
});
