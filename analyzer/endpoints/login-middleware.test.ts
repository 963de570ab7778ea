// Django 5.1's LoginRequiredMiddleware in the inventory: every view the project does not open with
// login_not_required (decorator, URLconf wrapper, method_decorator on dispatch) requires a login, and
// an opened view that writes is reported against the project-wide rule.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';

const ROOT = fileURLToPath(new URL('../../test/fixtures/endpoints/django-login-middleware/', import.meta.url));

function sources(dir: string): Array<{ path: string; source: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.py'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((p) => ({ path: relative(ROOT, p).replace(/\\/g, '/'), source: readFileSync(p, 'utf8') }));
}

describe('LoginRequiredMiddleware', () => {
  const result = analyzeSources(sources(ROOT));

  it('guards every view not marked login_not_required', () => {
    expect(result.endpoints.map((e) => `${e.methods.join(',')} ${e.path} ${e.authentication} ${e.guards.map((g) => g.name.split('.').pop()).join('+') || '-'}`)).toEqual([
      // Django's own LoginView, routed as shipped: open by design, whatever the middleware.
      'GET,POST /accounts/login/ none -',
      'GET /kiosk/ none -',
      'GET /status/ none -',
      'GET /timesheets/ required LoginRequiredMiddleware',
      'GET /timesheets/{pk}/ required LoginRequiredMiddleware',
      'POST /timesheets/{pk}/approve/ none -',
    ]);
  });

  it('reports the opened write as a vulnerability: the project requires a login everywhere else', () => {
    const writes = result.findings.filter((f) => f.ruleId === 'PY-AUTH-UNAUTHENTICATED-WRITE');
    expect(writes.map((f) => [f.endpoint, f.kind])).toEqual([['POST /timesheets/{pk}/approve/', 'vulnerability']]);
    expect(writes[0]!.message).toContain('LoginRequiredMiddleware');
  });
});
