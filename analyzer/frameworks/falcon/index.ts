// Falcon: resource classes whose on_<verb> responders are bound to URI templates by add_route.
import type { WebFramework } from '../api.js';
import { falconEndpoints } from './endpoints.js';
import { falconModel } from './model.js';
import { falconParams, falconRegistrations } from './resources.js';
import { falconErrorHandlers } from './error-handlers.js';

export const falcon: WebFramework = {
  id: 'falcon',
  modules: ['falcon'],
  model: falconModel,
  registrations: falconRegistrations,
  handlerParams: falconParams,
  endpoints: falconEndpoints,
  errorHandlers: falconErrorHandlers,
};
