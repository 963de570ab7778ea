import { describe, expect, it } from 'vitest';
import { nearMiss, oneEditApart } from './near-miss.js';
import { POPULAR_PACKAGES } from './data/popular-packages.js';
import { analyzeSources } from '../analyze-source.js';

describe('near-miss names', () => {
  it('tells the kinds of one edit apart', () => {
    expect(['requets', 'requestss', 'requestz', 'reqeusts', 'requests'].map((n) => oneEditApart(n, 'requests'))).toEqual(['delete', 'double', 'substitute', 'swap', null]);
    expect(oneEditApart('requsts', 'requests')).toBe('delete');
    expect(oneEditApart('reqxests', 'requests')).toBe('substitute');
    expect(oneEditApart('abc', 'xyz')).toBeNull();
  });

  it('finds separator and prefix confusions, and leaves widely used and unrelated names alone', () => {
    expect(nearMiss('django-restframework', POPULAR_PACKAGES)?.target).toBe('djangorestframework');
    expect(nearMiss('python-flask', POPULAR_PACKAGES)?.target).toBe('flask');
    expect(nearMiss('pyrequests', POPULAR_PACKAGES)?.target).toBe('requests');
    expect(nearMiss('dateutil', POPULAR_PACKAGES)?.target).toBe('python-dateutil');
    for (const real of ['django', 'flask-login', 'python-dateutil', 'pyjwt', 'jwt', 'pyyaml', 'typing-extensions', 'psycopg2-binary']) expect(nearMiss(real, POPULAR_PACKAGES)).toBeNull();
    expect(nearMiss('acme-billing-core', POPULAR_PACKAGES)).toBeNull();
    // Short names are compared by separators and prefixes only.
    expect(nearMiss('sx', POPULAR_PACKAGES)).toBeNull();
  });

  it('a name the project lists in known-packages is not reported', () => {
    const sources = [{ path: 'requirements.txt', source: 'djangoo==1.0\n' }];
    expect(analyzeSources(sources).findings.filter((f) => f.ruleId === 'PY-DEP-TYPOSQUAT')).toHaveLength(1);
    expect(analyzeSources(sources, undefined, { knownPackages: ['Djangoo'] }).findings.filter((f) => f.ruleId === 'PY-DEP-TYPOSQUAT')).toHaveLength(0);
  });
});
