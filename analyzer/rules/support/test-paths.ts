// Test code: credentials there are fixtures for a local database or a mocked service, by design.

export function isTestPath(path: string): boolean {
  const p = path.replace(/\\/g, '/').toLowerCase();
  const file = p.slice(p.lastIndexOf('/') + 1);
  if (file === 'conftest.py' || /^test_.*\.py$/.test(file) || /_tests?\.py$/.test(file) || file === 'tests.py') return true;
  return /(^|\/)(tests?|testing|fixtures)\//.test(p);
}
