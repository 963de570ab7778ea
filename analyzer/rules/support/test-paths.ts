// Test code: credentials there are fixtures for a local database or a mocked service, by design, and
// nothing in it is deployed (analyzer/finding.ts makes any finding there a hotspot at most).

export function isTestPath(path: string): boolean {
  const p = path.replace(/\\/g, '/').toLowerCase();
  const file = p.slice(p.lastIndexOf('/') + 1);
  if (file === 'conftest.py' || /^test_.*\.py$/.test(file) || /_tests?\.py$/.test(file) || file === 'tests.py') return true;
  // A folder named like a test: tests/, testing/, fixtures/, unit_tests/, test_utils/, jasmine/ (JS specs).
  return /(^|\/)(tests?|testing|fixtures|[a-z0-9]+_tests?|tests?_[a-z0-9_]+|unittests?|jasmine)\//.test(p);
}
