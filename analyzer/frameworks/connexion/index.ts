// connexion: handlers named by operationId in the project's OpenAPI / Swagger documents (read as
// data by ./spec.ts), their arguments the operation's parameters; connexion.request is Flask's
// (connexion 2) or its own request (connexion 3).
import type { WebFramework } from '../api.js';
import { connexionParams } from './params.js';
import { connexionRoutes } from './operations.js';
import { connexionEndpoints } from './endpoints.js';
import { connexionErrorHandlers } from './error-handlers.js';

export const connexion: WebFramework = {
  id: 'connexion',
  modules: ['connexion'],
  model: {
    name: 'connexion',
    globalObjects: { 'connexion.request': 'req' },
    requestAttrs: { query_params: false, path_params: false },
    requestMethods: { json: true, form: false, files: false, get_body: false },
    // `return body, 200, {"Content-Disposition": …}`: the route's responseOf says whose response it becomes.
    tupleHeaders: true,
  },
  documents: {
    names: /\.(ya?ml|json)$/i,
    routes: connexionRoutes,
    // connexion's own extensions: a plain OpenAPI document (FastAPI's export) names none.
    detectText: /\bx-(?:tokenInfoFunc|tokenInfoUrl|bearerInfoFunc|basicInfoFunc|apikeyInfoFunc|openapi-router-controller|swagger-router-controller)\b/,
  },
  handlerParams: connexionParams,
  endpoints: connexionEndpoints,
  errorHandlers: connexionErrorHandlers,
};
