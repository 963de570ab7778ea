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

const ASYNC_APPS = new Set(['connexion.AsyncApp', 'connexion.apps.AsyncApp', 'connexion.apps.asynchronous.AsyncApp']);
const FLASK_APPS = new Set(['connexion.App', 'connexion.FlaskApp', 'connexion.apps.FlaskApp', 'connexion.apps.flask.FlaskApp', 'connexion.apps.flask_app.FlaskApp']);

/**
 * Whose response a handler's return value becomes: connexion.App (connexion 2 and 3) is a Flask app,
 * whose Werkzeug headers refuse CR/LF; connexion 3's AsyncApp answers with Starlette responses, which
 * keep them (../starlette/headers.ts). Flask's unless the project builds only AsyncApps.
 */
function responseFramework(files: readonly FileFactsData[]): 'flask' | 'starlette' {
  const builds = (apps: ReadonlySet<string>) => files.some((f) => f.calls.some((c) => apps.has(c)));
  return builds(ASYNC_APPS) && !builds(FLASK_APPS) ? 'starlette' : 'flask';
}

export function connexionRoutes(docs: readonly ProjectDocument[], files: readonly FileFactsData[]): UrlRouteIR[] {
  const out: UrlRouteIR[] = [];
  const responseOf = responseFramework(files);
  for (const op of projectOperations(docs)) {
    const view = resolveHandler(op.handlerName, files);
    if (view) out.push({ view, framework: 'connexion', pathParams: op.params, html: op.html, responseOf });
  }
  return out;
}
