// connexion handlers from the project's OpenAPI documents: each operationId (prefixed by its router
// controller) names a function or method of the project; that function is registered as a
// connexion handler whose arguments are the operation's parameters.
import type { FileFactsData } from '../../taint/facts.js';
import type { UrlRouteIR } from '../../taint/ir.js';
import type { ProjectDocument } from '../api.js';
import { readSpec, specOperations, type SpecOperation } from './spec.js';

/** Every operation of every OpenAPI / Swagger document among `docs`. */
export function projectOperations(docs: readonly ProjectDocument[]): Array<SpecOperation & { spec: string }> {
  return docs.flatMap((d) => {
    const doc = readSpec(d.path, d.text);
    return doc ? specOperations(doc).map((op) => ({ ...op, spec: d.path })) : [];
  });
}

/**
 * The project function a dotted name means, as Python would import it from the app's folder: the
 * exact id, else the one id that ends with it (the app lives in a sub-folder of the scanned root),
 * following one re-export (`api/__init__.py` importing the handler from `.orders`).
 */
export function resolveHandler(name: string, files: readonly FileFactsData[]): string | null {
  const ids = new Set(files.flatMap((f) => [...f.functions.map((fn) => fn.id), ...f.classes.flatMap((c) => Object.values(c.methods))]));
  const find = (q: string): string | null => {
    if (ids.has(q)) return q;
    const hits = [...ids].filter((id) => id.endsWith(`.${q}`));
    return hits.length === 1 ? hits[0]! : null;
  };
  const direct = find(name);
  if (direct) return direct;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  const mod = name.slice(0, dot);
  const file = files.find((f) => f.module === mod) ?? files.filter((f) => f.module.endsWith(`.${mod}`)).at(0);
  const target = file?.bindings[name.slice(dot + 1)];
  return target ? find(target) : null;
}

export function connexionRoutes(docs: readonly ProjectDocument[], files: readonly FileFactsData[]): UrlRouteIR[] {
  const out: UrlRouteIR[] = [];
  for (const op of projectOperations(docs)) {
    const view = resolveHandler(op.handlerName, files);
    if (view) out.push({ view, framework: 'connexion', pathParams: op.params, html: op.html });
  }
  return out;
}
