// Flask: route decorators, class-based views, the request proxy and Flask/Werkzeug sinks and
// sanitizers (./model.ts).
import type { WebFramework } from '../api.js';
import { flaskEndpoints } from './endpoints.js';
import { flaskModel } from './model.js';
import { flaskHeaders } from './headers.js';
import { flaskParams, flaskRoute } from './routes.js';
import { flaskRegistrations } from './registrations.js';

export const flask: WebFramework = {
  endpoints: flaskEndpoints,
  id: 'flask',
  modules: ['flask'],
  model: flaskModel,
  headers: flaskHeaders,
  routeDecorator: flaskRoute,
  registrations: flaskRegistrations,
  handlerParams: flaskParams,
};
