// Flask-RESTful: Resource classes on Flask (../flask/), registered with api.add_resource; the
// request parser's parse_args() is the request's data (a RequestParser reads the current request).
import type { WebFramework } from '../api.js';
import { resourceParams, resourceRegistrations } from './resources.js';
import { NEUTRAL_ARGUMENT, parserDeclarations } from './reqparse.js';
import { flaskRestfulEndpoints } from './endpoints.js';
import { flaskRestfulErrorHandlers } from './error-handlers.js';

export const flaskRestful: WebFramework = {
  id: 'flask_restful',
  modules: ['flask_restful'],
  extends: 'flask',
  model: {
    name: 'flask_restful',
    objects: [{ callees: ['flask_restful.reqparse.RequestParser'], obj: 'req' }],
    requestMethods: { parse_args: false },
    fieldsMethods: ['parse_args'],
    neutralFields: [NEUTRAL_ARGUMENT.split('.').pop()!],
  },
  registrations: resourceRegistrations('flask_restful'),
  declarations: parserDeclarations,
  endpoints: flaskRestfulEndpoints,
  errorHandlers: flaskRestfulErrorHandlers,
  handlerParams: resourceParams('flask_restful', (b) => b === 'flask_restful.Resource'),
};
