// Bottle: function views routed by decorators on the default app or a Bottle() object, the
// thread-local request, templates and redirects.
import type { WebFramework } from '../api.js';
import { bottleEndpoints } from './endpoints.js';
import { bottleModel } from './model.js';
import { bottleHeaders } from './headers.js';
import { bottleHandlerParams, bottleRegistrations } from './routes.js';
import { bottleErrorHandlers } from './error-handlers.js';

export const bottle: WebFramework = {
  id: 'bottle',
  modules: ['bottle'],
  model: bottleModel,
  headers: bottleHeaders,
  registrations: bottleRegistrations,
  handlerParams: bottleHandlerParams,
  endpoints: bottleEndpoints,
  errorHandlers: bottleErrorHandlers,
};
