// Advisory matching against the team's own OSV fixtures, with PEP 440's orderings: pre- and
// post-releases, epochs, local versions, and specifiers (~=, !=) that merely allow a version.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOsv, type Advisory } from './advisory.js';
import { affectingVersion, allowedBySpecifier } from './match.js';
import { cvss3BaseScore } from './cvss.js';

const DIR = fileURLToPath(new URL('../../test/fixtures/osv/', import.meta.url));

function load(sub: string): Array<{ file: string; result: ReturnType<typeof parseOsv> }> {
  return readdirSync(DIR + sub)
    .sort()
    .map((file) => ({ file, result: parseOsv(JSON.parse(readFileSync(`${DIR}${sub}/${file}`, 'utf8'))) }));
}

const advisories: Advisory[] = load('records').map(({ file, result }) => {
  if (!('advisory' in result)) throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result.advisory;
});

const ids = (name: string, version: string) => affectingVersion(advisories, name, version).map((a) => a.advisory.id);

describe('OSV records', () => {
  it('parse into advisories: names normalised, severity from CVSS or the database rating', () => {
    const sql = advisories.find((a) => a.id === 'ASSAY-TEST-2024-0001')!;
    expect(sql).toMatchObject({ aliases: ['CVE-2099-0001', 'GHSA-aaaa-bbbb-cccc'], severity: 'critical', modified: '2026-11-20T10:00:00.000Z' });
    expect(sql.affected[0]!.name).toBe('django');
    expect(advisories.find((a) => a.id === 'ASSAY-TEST-2024-0002')!.severity).toBe('medium');
    expect(advisories.find((a) => a.id === 'ASSAY-TEST-2024-0003')!.severity).toBeNull();
    // Only the PyPI package of a multi-ecosystem record is kept.
    expect(advisories.find((a) => a.id === 'ASSAY-TEST-2024-0004')!.affected).toHaveLength(1);
  });

  it('refuses records that are not OSV or use an undefined range type, saying why', () => {
    expect(load('invalid').map(({ file, result }) => [file, 'error' in result ? result.error : 'accepted'])).toEqual([
      ['bad-range.json', 'affected[0] has a range of type "CALVER", which OSV does not define (ECOSYSTEM, SEMVER, GIT)'],
      ['not-osv.json', 'not an OSV record: id: Invalid input: expected string, received undefined'],
    ]);
  });

  it('computes CVSS 3.1 base scores', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
    expect(cvss3BaseScore('CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N')).toBe(0);
    expect(cvss3BaseScore('CVSS:4.0/AV:N')).toBeNull();
  });
});

describe('exact versions', () => {
  it('matches ranges with several introduced/fixed pairs and gives the first fixed version', () => {
    expect(ids('django', '4.2.7')).toEqual(['ASSAY-TEST-2024-0001']);
    expect(affectingVersion(advisories, 'django', '4.2.7')[0]!.fixed).toBe('4.2.8');
    expect(affectingVersion(advisories, 'django', '3.2.5')[0]!.fixed).toBe('3.2.23');
    expect(ids('django', '4.2.8')).toEqual([]);
    expect(ids('django', '4.1.0')).toEqual([]);
    expect(ids('django', '3.1.9')).toEqual([]);
    // 4.2 and 4.2.0 are the same version
    expect(ids('django', '4.2')).toEqual(['ASSAY-TEST-2024-0001']);
  });

  it('orders pre-releases before, and post-releases after, their release', () => {
    expect(ids('prerelease-pkg', '2.0b9')).toEqual([]);
    expect(ids('prerelease-pkg', '2.0rc1')).toEqual(['ASSAY-TEST-2024-0002']);
    expect(ids('prerelease-pkg', '2.0')).toEqual(['ASSAY-TEST-2024-0002']);
    expect(ids('prerelease-pkg', '2.0.post1')).toEqual(['ASSAY-TEST-2024-0002']);
    expect(ids('prerelease-pkg', '2.0.post2')).toEqual([]);
    expect(ids('prerelease-pkg', '2.0.1.dev1')).toEqual([]);
  });

  it('orders epochs above every version without one; last_affected is inclusive', () => {
    expect(ids('epoch-pkg', '9.0')).toEqual([]);
    expect(ids('epoch-pkg', '1!1.0')).toEqual(['ASSAY-TEST-2024-0003']);
    expect(ids('epoch-pkg', '1!1.5')).toEqual(['ASSAY-TEST-2024-0003']);
    expect(ids('epoch-pkg', '1!1.5.1')).toEqual([]);
    expect(affectingVersion(advisories, 'epoch-pkg', '1!1.2')[0]!.fixed).toBeNull();
  });

  it('matches listed versions by PEP 440 equality, local versions included', () => {
    expect(ids('listed-pkg', '1.1.0')).toEqual(['ASSAY-TEST-2024-0004']);
    expect(ids('listed-pkg', '1.2+ubuntu1')).toEqual(['ASSAY-TEST-2024-0004']);
    expect(ids('listed-pkg', '1.2')).toEqual([]);
    expect(ids('listed-pkg', '9.9.9')).toEqual([]);
  });

  it('local versions sort with their public version in ranges', () => {
    expect(ids('django', '4.2.7+corp.1')).toEqual(['ASSAY-TEST-2024-0001']);
    expect(ids('django', '4.2.8+corp.1')).toEqual([]);
  });

  it('an open-ended range affects every version and names no fix', () => {
    expect(affectingVersion(advisories, 'nofix-pkg', '0.1')).toMatchObject([{ fixed: null }]);
  });
});

describe('specifiers that allow affected versions', () => {
  const allowed = (name: string, spec: string) => allowedBySpecifier(advisories, name, spec).map((a) => [a.advisory.id, a.allowed[0], a.fixed]);

  it('~= admits the affected patch releases', () => {
    expect(allowed('django', '~=4.2')).toEqual([['ASSAY-TEST-2024-0001', '4.2', '4.2.8']]);
    expect(allowed('django', '~=4.2.8')).toEqual([]);
  });

  it('!= excluding one version does not exclude the range', () => {
    expect(allowed('django', '>=4.2,!=4.2.5,<5')).toEqual([['ASSAY-TEST-2024-0001', '4.2', '4.2.8']]);
    expect(allowed('django', '>=4.2.8,<5')).toEqual([]);
    expect(allowed('django', '>4.1,<4.2.1')).toEqual([['ASSAY-TEST-2024-0001', '4.2', '4.2.8']]);
  });

  it('a bare name allows everything; pre-release ranges count', () => {
    expect(allowed('prerelease-pkg', '')).toEqual([['ASSAY-TEST-2024-0002', '2.0rc1', '2.0.post2']]);
    expect(allowed('prerelease-pkg', '>=2.0.post2')).toEqual([]);
    expect(allowed('listed-pkg', '>=1.0,<1.2')).toEqual([['ASSAY-TEST-2024-0004', '1.1', null]]);
  });

  it('describes the affected range in words', () => {
    expect(allowedBySpecifier(advisories, 'django', '>=3.0')[0]!.range).toBe('3.2 to before 3.2.23, 4.2 to before 4.2.8');
  });
});
