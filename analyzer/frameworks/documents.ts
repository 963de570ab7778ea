// Handlers that non-Python files register (connexion's OpenAPI documents): which files the
// project's frameworks read, and the routes they yield as one more file of taint facts (a file
// with no code of its own, only registrations), so taint/ needs to know nothing about them.
import type { Framework } from '../types.js';
import type { FileFactsData } from '../taint/facts.js';
import type { ProjectDocument } from './api.js';
import { WEB_FRAMEWORKS } from './registry.js';

/** Largest document read: an OpenAPI file is a few hundred kilobytes at most. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** A data document a framework may read (YAML / JSON), never analysed as Python. */
export function isDocumentPath(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

/** The file names the given frameworks read, or null when none reads any. */
export function documentNames(frameworks: ReadonlySet<Framework>): RegExp | null {
  const names = WEB_FRAMEWORKS.filter((f) => f.documents && frameworks.has(f.id)).map((f) => f.documents!.names.source);
  return names.length > 0 ? new RegExp(names.map((n) => `(?:${n})`).join('|')) : null;
}

/** Of the given documents, those the frameworks read (by name, within the size bound). */
export function documentsRead(docs: readonly ProjectDocument[], frameworks: ReadonlySet<Framework>): ProjectDocument[] {
  const names = documentNames(frameworks);
  return names ? docs.filter((d) => names.test(d.path) && d.text.length <= MAX_DOCUMENT_BYTES) : [];
}

/** The registrations of the documents as a code-free file of facts, or null when they register nothing. */
export function documentFacts(docs: readonly ProjectDocument[], files: readonly FileFactsData[], frameworks: ReadonlySet<Framework>): FileFactsData | null {
  if (docs.length === 0) return null;
  const urlRoutes = WEB_FRAMEWORKS.filter((f) => f.documents && frameworks.has(f.id)).flatMap((f) => {
    const mine = docs.filter((d) => f.documents!.names.test(d.path));
    return mine.length > 0 ? f.documents!.routes(mine, files) : [];
  });
  if (urlRoutes.length === 0) return null;
  return { path: '<documents>', module: '<documents>', functions: [], classes: [], urlRoutes, dead: [], bindings: {}, lines: [], calls: [] };
}

/** Where a framework that reads documents finds them when nothing imports it: spec-named files only, so a project's data files are never read for this. */
export const SPEC_NAME = /(?:^|\/)[^/]*(?:openapi|swagger|api|spec)[^/]*\.(?:ya?ml|json)$/i;

/** Frameworks a document's own text names (connexion's x-…InfoFunc extensions), beside those the imports name. */
export function frameworksOfDocument(path: string, text: string): Framework[] {
  if (!SPEC_NAME.test(path) || text.length > MAX_DOCUMENT_BYTES) return [];
  return WEB_FRAMEWORKS.filter((f) => f.documents?.detectText?.test(text) && f.documents.names.test(path)).map((f) => f.id);
}

/** Whether some framework a document can name is not among `frameworks` yet (else its documents need no reading for this). */
export function documentsMayName(frameworks: ReadonlySet<Framework>): boolean {
  return WEB_FRAMEWORKS.some((f) => f.documents?.detectText && !frameworks.has(f.id));
}
