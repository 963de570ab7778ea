// The real-world corpus: Django and Flask applications (and the frameworks themselves) as Debian
// packages them. Each app is one Python package directory, located through `dpkg -L` so the scan
// reads exactly what the package installed, and pinned to the version dpkg reports.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Framework } from '../../domain/index.js';

export interface CorpusApp {
  /** The ledger's name for the app. */
  app: string;
  /** The Debian package that ships the code (dpkg -L is asked about it). */
  pkg: string;
  /** The package `.ci/run` installs to get it (an application package may ship its code in a library). */
  install: string;
  /** The top-level Python package scanned as the app's root. */
  module: string;
  framework: Framework;
  what: string;
}

export const CORPUS: readonly CorpusApp[] = [
  { app: 'graphite-web', pkg: 'graphite-web', install: 'graphite-web', module: 'graphite', framework: 'django', what: 'Graphite metrics storage web UI and render API' },
  { app: 'openstack-dashboard', pkg: 'python3-django-horizon', install: 'openstack-dashboard', module: 'openstack_dashboard', framework: 'django', what: 'OpenStack Horizon dashboard (the application)' },
  { app: 'horizon', pkg: 'python3-django-horizon', install: 'openstack-dashboard', module: 'horizon', framework: 'django', what: 'OpenStack Horizon framework library under the dashboard' },
  { app: 'hyperkitty', pkg: 'python3-django-hyperkitty', install: 'python3-django-hyperkitty', module: 'hyperkitty', framework: 'django', what: 'GNU Mailman 3 mailing-list archiver' },
  { app: 'postorius', pkg: 'python3-django-postorius', install: 'python3-django-postorius', module: 'postorius', framework: 'django', what: 'GNU Mailman 3 list administration UI' },
  { app: 'allauth', pkg: 'python3-django-allauth', install: 'python3-django-allauth', module: 'allauth', framework: 'django', what: 'django-allauth: accounts and social login' },
  { app: 'oauth-toolkit', pkg: 'python3-django-oauth-toolkit', install: 'python3-django-oauth-toolkit', module: 'oauth2_provider', framework: 'django', what: 'django-oauth-toolkit: OAuth2 provider' },
  { app: 'keystone', pkg: 'python3-keystone', install: 'python3-keystone', module: 'keystone', framework: 'flask', what: 'OpenStack Keystone identity service (Flask API)' },
  { app: 'django', pkg: 'python3-django', install: 'python3-django', module: 'django', framework: 'django', what: 'Django web framework' },
  { app: 'drf', pkg: 'python3-djangorestframework', install: 'python3-djangorestframework', module: 'rest_framework', framework: 'drf', what: 'Django REST framework' },
  { app: 'flask', pkg: 'python3-flask', install: 'python3-flask', module: 'flask', framework: 'flask', what: 'Flask web framework' },
];

export interface Located {
  app: CorpusApp;
  root: string;
  version: string;
}

export type Location = Located | { app: CorpusApp; missing: string };

function dpkg(args: string[]): string | null {
  try {
    return execFileSync(args[0]!, args.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

/** Where the package installed the app's module, and its version; or why it cannot be scanned. */
export function locate(app: CorpusApp): Location {
  const version = dpkg(['dpkg-query', '-W', '-f', '${db:Status-Status} ${Version}', app.pkg]);
  if (!version?.startsWith('installed ')) return { app, missing: `${app.pkg} is not installed (run .ci/run, or apt-get install ${app.install})` };
  const files = dpkg(['dpkg', '-L', app.pkg]) ?? '';
  const init = files.split('\n').find((f) => f.endsWith(`/${app.module}/__init__.py`) && f.includes('-packages/'));
  if (!init || !existsSync(init)) return { app, missing: `${app.pkg} does not list ${app.module}/__init__.py (dpkg -L ${app.pkg})` };
  return { app, root: dirname(init), version: version.slice('installed '.length).trim() };
}

export function isLocated(l: Location): l is Located {
  return 'root' in l;
}
