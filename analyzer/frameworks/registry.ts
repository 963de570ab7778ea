// Every web framework Assay models, one line each. Adding a framework is its folder, its fixtures
// and a line here (and its id in domain/finding.ts FRAMEWORKS). The order is the order in which
// frameworks are asked about a function that no route decorator claims.
import type { Framework } from '../types.js';
import type { WebFramework } from './api.js';
import type { HeaderFacts } from './headers.js';
import type { ErrorHandlerFacts } from './error-handlers.js';
import { django } from './django/index.js';
import { drf } from './drf/index.js';
import { fastapi } from './fastapi/index.js';
import { flask } from './flask/index.js';
import { starlette } from './starlette/index.js';
import { aiohttp } from './aiohttp/index.js';
import { tornado } from './tornado/index.js';
import { httpServer } from './http_server/index.js';
import { wsgi } from './wsgi/index.js';
import { asgi } from './asgi/index.js';
import { flaskRestful } from './flask_restful/index.js';
import { flaskRestx } from './flask_restx/index.js';
import { falcon } from './falcon/index.js';
import { bottle } from './bottle/index.js';
import { graphql } from './graphql/index.js';
import { connexion } from './connexion/index.js';

export const WEB_FRAMEWORKS: readonly WebFramework[] = [
  graphql,
  connexion,
  django,
  drf,
  fastapi,
  flaskRestful,
  flaskRestx,
  flask,
  starlette,
  aiohttp,
  tornado,
  httpServer,
  falcon,
  bottle,
  wsgi,
  asgi,
];

const BY_ID = new Map<string, WebFramework>(WEB_FRAMEWORKS.map((f) => [f.id, f]));

export function webFramework(id: string): WebFramework | undefined {
  return BY_ID.get(id);
}

/** What a framework's responses do with CR/LF (its own facts, else those of the framework it extends). */
export function headerFactsOf(id: string): HeaderFacts | undefined {
  for (let f = BY_ID.get(id); f; f = f.extends ? BY_ID.get(f.extends) : undefined) if (f.headers) return f.headers;
  return undefined;
}

/** How a framework registers error handlers (its own facts, else those of the framework it extends). */
export function errorHandlerFactsOf(id: string): ErrorHandlerFacts | undefined {
  for (let f = BY_ID.get(id); f; f = f.extends ? BY_ID.get(f.extends) : undefined) if (f.errorHandlers) return f.errorHandlers;
  return undefined;
}

/**
 * The framework a handler without a route of its own counts for, among those its file imports: the
 * most specific (DRF over Django, FastAPI over Starlette), preferring one whose views are found by
 * convention (Django's `request`-first functions in views modules), else the first imported.
 */
export function mostSpecific(own: readonly string[]): Framework | undefined {
  const extended = new Set(own.map((f) => BY_ID.get(f)?.extends).filter((f) => f !== undefined));
  const candidates = own.filter((f) => BY_ID.has(f) && !extended.has(f as Framework)) as Framework[];
  return candidates.find((f) => BY_ID.get(f)!.viewsByConvention) ?? candidates[0];
}
