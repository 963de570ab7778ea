// Which frameworks a project uses, read from import lines before parsing so that rules gated on a
// framework know the answer while the files are still being parsed in parallel. The modules that
// mean each framework are declared in its folder (WebFramework.modules).
import type { Framework } from '../types.js';
import type { WebFramework } from './api.js';
import { WEB_FRAMEWORKS } from './registry.js';

const BY_MODULE = new Map<string, Framework>(WEB_FRAMEWORKS.flatMap((f) => f.modules.map((m): [string, Framework] => [m, f.id])));
// Longest first, so `flask_restful` is tried before `flask`.
const MODULES = [...BY_MODULE.keys()].sort((a, b) => b.length - a.length);
const IMPORT_LINE = new RegExp(`^[ \\t]*(?:from|import)[ \\t]+(${MODULES.map((m) => m.replace(/\./g, '\\.')).join('|')})\\b`, 'gm');

// `from aiohttp import web`: the module is the package plus one imported name.
const FROM_IMPORT = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w, \t]+)/gm;
const BY_TEXT = WEB_FRAMEWORKS.filter((f) => f.detectText);

function detectedByText(f: WebFramework, text: string): boolean {
  if (f.detectNeeds && !f.detectNeeds.some((s) => text.includes(s))) return false;
  return f.detectText!.test(text);
}

export function frameworksInText(text: string): Set<Framework> {
  const found = new Set<Framework>();
  for (const m of text.matchAll(IMPORT_LINE)) {
    const fw = BY_MODULE.get(m[1]!);
    if (fw) found.add(fw);
  }
  for (const m of text.matchAll(FROM_IMPORT)) {
    if (frameworkOfModule(m[1]!)) continue;
    for (const name of m[2]!.split(',')) {
      const fw = frameworkOfModule(`${m[1]}.${name.trim().split(/[ \t]/)[0]}`);
      if (fw) found.add(fw);
    }
  }
  for (const f of BY_TEXT) if (detectedByText(f, text)) found.add(f.id);
  return found;
}

/** The frameworks one parsed file uses: by its imports (fully qualified), else by its text. */
export function frameworksOfFile(modules: Iterable<string>, text: string): Set<Framework> {
  const found = frameworksOfModules(modules);
  for (const f of BY_TEXT) if (detectedByText(f, text)) found.add(f.id);
  return found;
}

/** The framework an imported module belongs to (`rest_framework.views` → drf). */
export function frameworkOfModule(mod: string): Framework | undefined {
  for (const m of MODULES) if (mod === m || mod.startsWith(m + '.')) return BY_MODULE.get(m);
  return undefined;
}

export function frameworksOfModules(modules: Iterable<string>): Set<Framework> {
  const found = new Set<Framework>();
  for (const mod of modules) {
    const fw = frameworkOfModule(mod);
    if (fw) found.add(fw);
  }
  return found;
}
