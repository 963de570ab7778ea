// What the project's Django settings say about every route: the root URLconf, the middleware (CSRF,
// login required), DRF's defaults and installed lockout apps. Settings modules are the ones that
// assign ROOT_URLCONF, MIDDLEWARE, INSTALLED_APPS or REST_FRAMEWORK; a test settings module counts
// only when no other exists.
import type { ProjectIndex } from './project.js';
import { listOf, strOf, type Val } from './values.js';
import type { FileEndpointFacts } from './file-facts.js';

export interface ProjectSettings {
  rootUrlconfs: string[];
  /** null: no settings module seen. */
  middleware: string[] | null;
  restFramework: Map<string, Val> | null;
  /** The settings module REST_FRAMEWORK was read from. */
  restFrameworkFile: string | null;
  installedApps: string[];
  authenticationBackends: string[];
}

const KEYS = ['ROOT_URLCONF', 'MIDDLEWARE', 'MIDDLEWARE_CLASSES', 'INSTALLED_APPS', 'REST_FRAMEWORK'];

function isTestModule(f: FileEndpointFacts): boolean {
  return /(^|\/)(tests?|testing)(\/|_|\.)|test_settings|settings_test/.test(f.path);
}

function names(v: Val | undefined): string[] {
  return listOf(v).flatMap((x) => (x.k === 'str' ? [x.v] : x.k === 'ref' ? [x.q] : []));
}

export function projectSettings(index: ProjectIndex): ProjectSettings {
  const modules = index.files.filter((f) => KEYS.some((k) => f.assigns[`${f.module}.${k}`]));
  const main = modules.filter((f) => !isTestModule(f));
  // One settings module: the one named `settings` first (a production profile beside it is another
  // deployment, not more of the same settings), else the first that is not for tests.
  const named = main.filter((f) => /(^|\.)settings$/.test(f.module));
  const use = (named.length > 0 ? named : main.length > 0 ? main : modules).slice(0, 1);
  const out: ProjectSettings = { rootUrlconfs: [], middleware: null, restFramework: null, restFrameworkFile: null, installedApps: [], authenticationBackends: [] };
  for (const f of use) {
    const get = (k: string) => f.assigns[`${f.module}.${k}`];
    const root = strOf(get('ROOT_URLCONF'));
    if (root && !out.rootUrlconfs.includes(root)) out.rootUrlconfs.push(root);
    const mw = get('MIDDLEWARE') ?? get('MIDDLEWARE_CLASSES');
    if (mw?.k === 'list') out.middleware = [...(out.middleware ?? []), ...names(mw)];
    const rf = get('REST_FRAMEWORK');
    if (rf?.k === 'dict' && !out.restFramework) {
      out.restFramework = new Map(rf.entries);
      out.restFrameworkFile = f.path;
    }
    out.installedApps.push(...names(get('INSTALLED_APPS')));
    out.authenticationBackends.push(...names(get('AUTHENTICATION_BACKENDS')));
  }
  return out;
}

export function hasMiddleware(s: ProjectSettings, ...candidates: string[]): boolean {
  return !!s.middleware?.some((m) => candidates.includes(m));
}
