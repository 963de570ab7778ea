// Which frameworks a project uses, read from import lines before parsing so that rules gated on a
// framework know the answer while the files are still being parsed in parallel.
import type { Framework } from '../types.js';

const IMPORT_LINE = /^[ \t]*(?:from|import)[ \t]+(django|rest_framework|flask|fastapi|starlette)\b/gm;

const BY_MODULE: Record<string, Framework> = {
  django: 'django',
  rest_framework: 'drf',
  flask: 'flask',
  fastapi: 'fastapi',
  starlette: 'fastapi',
};

export function frameworksInText(text: string): Set<Framework> {
  const found = new Set<Framework>();
  for (const m of text.matchAll(IMPORT_LINE)) {
    const fw = BY_MODULE[m[1]!];
    if (fw) found.add(fw);
  }
  return found;
}

export function frameworksOfModules(modules: Iterable<string>): Set<Framework> {
  const found = new Set<Framework>();
  for (const mod of modules) {
    const fw = BY_MODULE[mod.split('.')[0]!];
    if (fw) found.add(fw);
  }
  return found;
}
