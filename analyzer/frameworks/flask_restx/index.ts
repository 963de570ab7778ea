// Flask-RESTX: Resource classes routed by `@ns.route(...)` or api.add_resource; `api.payload` /
// `ns.payload` is the request's JSON and `parser.parse_args()` its parsed arguments (the Api,
// Namespace and RequestParser objects read the current request).
import type { WebFramework } from '../api.js';
import { resourceParams, resourceRegistrations } from '../flask_restful/resources.js';
// Its reqparse declarations are read by flask_restful's (../flask_restful/reqparse.ts), for both.
import { NEUTRAL_ARGUMENT } from '../flask_restful/reqparse.js';
import { flaskRestxEndpoints } from './endpoints.js';

/** The object kind of an Api or Namespace, besides the request data it reads (`payload`). */
const RESTX_API = 'restx-api';

export const flaskRestx: WebFramework = {
  id: 'flask_restx',
  modules: ['flask_restx', 'flask_restplus'],
  extends: 'flask',
  model: {
    name: 'flask_restx',
    objects: [
      { callees: ['flask_restx.Api', 'flask_restx.Namespace', 'flask_restplus.Api', 'flask_restplus.Namespace'], obj: 'req', also: [RESTX_API] },
      { callees: ['flask_restx.reqparse.RequestParser'], obj: 'req' },
    ],
    // Api.abort and Namespace.abort raise the HTTPException flask_restx.abort builds.
    noReturn: ['flask_restx.abort', 'flask_restx.errors.abort', 'flask_restplus.abort'],
    noReturnMethods: { abort: [RESTX_API] },
    requestAttrs: { payload: true },
    requestMethods: { parse_args: false },
    fieldsMethods: ['parse_args'],
    neutralFields: [NEUTRAL_ARGUMENT.split('.').pop()!],
  },
  registrations: resourceRegistrations('flask_restx'),
  endpoints: flaskRestxEndpoints,
  handlerParams: resourceParams('flask_restx', (b) => b === 'flask_restx.Resource' || b === 'flask_restplus.Resource'),
};
