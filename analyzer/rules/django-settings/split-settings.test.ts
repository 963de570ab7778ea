// Split settings (settings/base.py + production.py + local.py): absence findings belong to the
// module that defines the project, at low confidence, never to the overriding modules, and
// development or test modules are not judged as deployments.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';
import { allRules } from '../index.js';

const base = `from pathlib import Path

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
INSTALLED_APPS = ['django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions', 'shop']
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]
`;

const production = `import environ

from .base import *  # noqa: F403

env = environ.Env()
SECRET_KEY = env('DJANGO_SECRET_KEY')
DEBUG = True
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
]
`;

const local = `from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = 'local-only'
ALLOWED_HOSTS = ['*']
SESSION_COOKIE_SECURE = False
`;

const settingsRules = allRules.filter((r) => r.id.startsWith('PY-DJANGO-'));

function run() {
  return analyzeSources(
    [
      { path: 'shop/settings/base.py', source: base },
      { path: 'shop/settings/production.py', source: production },
      { path: 'shop/settings/local.py', source: local },
    ],
    settingsRules,
  ).findings;
}

describe('split Django settings', () => {
  const findings = run();
  const at = (path: string) => findings.filter((f) => f.path === path).map((f) => `${f.ruleId}:${f.range.start.line}:${f.confidence}`).sort();

  it('reports absence in the base module only, at low confidence', () => {
    const absent = findings.filter((f) => f.path === 'shop/settings/base.py');
    expect(absent.map((f) => f.ruleId).sort()).toEqual([
      'PY-DJANGO-CSRF-COOKIE-SECURE',
      'PY-DJANGO-HSTS',
      'PY-DJANGO-PASSWORD-VALIDATORS',
      'PY-DJANGO-SESSION-COOKIE-SECURE',
      'PY-DJANGO-SSL-REDIRECT',
    ]);
    expect(absent.every((f) => f.confidence === 'low')).toBe(true);
  });

  it('judges what the production module sets, not what it leaves to base', () => {
    expect(at('shop/settings/production.py')).toEqual([
      'PY-DJANGO-CLICKJACKING:8:high',
      'PY-DJANGO-CSRF-MIDDLEWARE:8:medium',
      'PY-DJANGO-DEBUG:7:high',
    ]);
  });

  it('keeps development settings out of deploy checks but still notes the committed key', () => {
    const local = findings.filter((f) => f.path === 'shop/settings/local.py');
    expect(local.map((f) => [f.ruleId, f.severity])).toEqual([['PY-DJANGO-SECRET-KEY', 'low']]);
  });
});
