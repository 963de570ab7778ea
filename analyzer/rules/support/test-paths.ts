// Test code: credentials there are fixtures for a local database or a mocked service, by design, and
// nothing in it is deployed (analyzer/finding.ts makes any finding there a hotspot at most).

// Rules ask for every string and call of a file: remember the answer for the last few paths.
const known = new Map<string, boolean>();

export function isTestPath(path: string): boolean {
  let answer = known.get(path);
  if (answer === undefined) {
    if (known.size > 64) known.clear();
    known.set(path, (answer = testPath(path)));
  }
  return answer;
}

function testPath(path: string): boolean {
  const p = path.replace(/\\/g, '/').toLowerCase();
  const file = p.slice(p.lastIndexOf('/') + 1);
  if (file === 'conftest.py' || /^test_.*\.py$/.test(file) || /_tests?\.py$/.test(file) || file === 'tests.py') return true;
  // A folder named like a test: tests/, testing/, fixtures/, unit_tests/, test_utils/, jasmine/ (JS specs).
  return /(^|\/)(tests?|testing|fixtures|[a-z0-9]+_tests?|tests?_[a-z0-9_]+|unittests?|jasmine)\//.test(p);
}
