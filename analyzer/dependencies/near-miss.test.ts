import { describe, expect, it } from 'vitest';
import { nearMiss, oneEditApart, packageNames } from './near-miss.js';
import { DEBIAN_PACKAGES, KNOWN_PACKAGES, POPULAR_PACKAGES, RANKED_PACKAGES } from './data/popular-packages.js';
import { analyzeSources } from '../analyze-source.js';

const shipped = packageNames(KNOWN_PACKAGES, POPULAR_PACKAGES);

describe('near-miss names', () => {
  it('tells the kinds of one edit apart', () => {
    expect(['requets', 'requestss', 'requestz', 'reqeusts', 'requests'].map((n) => oneEditApart(n, 'requests'))).toEqual(['delete', 'double', 'substitute', 'swap', null]);
    expect(oneEditApart('requsts', 'requests')).toBe('delete');
    expect(oneEditApart('reqxests', 'requests')).toBe('substitute');
    expect(oneEditApart('abc', 'xyz')).toBeNull();
  });

  it('finds separator and prefix confusions, and leaves widely used and unrelated names alone', () => {
    expect(nearMiss('django-restframework', shipped)?.target).toBe('djangorestframework');
    expect(nearMiss('python-flask', shipped)?.target).toBe('flask');
    expect(nearMiss('pyrequests', shipped)?.target).toBe('requests');
    expect(nearMiss('dateutil', shipped)?.target).toBe('python-dateutil');
    for (const real of ['django', 'flask-login', 'python-dateutil', 'pyjwt', 'jwt', 'pyyaml', 'typing-extensions', 'psycopg2-binary']) expect(nearMiss(real, shipped)).toBeNull();
    expect(nearMiss('acme-billing-core', shipped)).toBeNull();
    // Short names are compared by separators and prefixes only.
    expect(nearMiss('sx', shipped)).toBeNull();
  });

  it('reports look-alikes that were really published to imitate popular packages', () => {
    // Typosquats reported and removed from PyPI over the years (none is in the shipped list).
    const squats: Record<string, string> = {
      colourama: 'colorama',
      'python3-dateutil': 'python-dateutil',
      jeilyfish: 'jellyfish',
      urlib3: 'urllib3',
      djanga: 'django',
      reqeusts: 'requests',
      'setup-tools': 'setuptools',
      'python-mysql': 'pymysql',
    };
    for (const [squat, target] of Object.entries(squats)) expect([squat, nearMiss(squat, shipped)?.target]).toEqual([squat, target]);
  });

  it('ships a few thousand targets and knows far more names, each PEP 503', () => {
    expect(POPULAR_PACKAGES.size).toBeGreaterThan(5000);
    expect(KNOWN_PACKAGES.size).toBe(POPULAR_PACKAGES.size + RANKED_PACKAGES.size + DEBIAN_PACKAGES.size);
    for (const n of KNOWN_PACKAGES) expect(n).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
    // A known name that is not a target is never reported, though it is one step from a target.
    const ranked = [...RANKED_PACKAGES].find((n) => n.length >= 5 && [...POPULAR_PACKAGES].some((t) => oneEditApart(n, t)));
    expect(ranked).toBeDefined();
    expect(nearMiss(ranked!, shipped)).toBeNull();
    expect(nearMiss(ranked!, packageNames(POPULAR_PACKAGES, POPULAR_PACKAGES))).not.toBeNull();
  });

  it('a name the project lists in known-packages is not reported', () => {
    const sources = [{ path: 'requirements.txt', source: 'djangoo==1.0\n' }];
    expect(analyzeSources(sources).findings.filter((f) => f.ruleId === 'PY-DEP-TYPOSQUAT')).toHaveLength(1);
    expect(analyzeSources(sources, undefined, { knownPackages: ['Djangoo'] }).findings.filter((f) => f.ruleId === 'PY-DEP-TYPOSQUAT')).toHaveLength(0);
  });
});
