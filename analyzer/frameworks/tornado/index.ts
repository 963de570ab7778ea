// Tornado: RequestHandler classes registered in an Application's URL table.
import type { WebFramework } from '../api.js';
import { tornadoModel } from './model.js';
import { tornadoParams, tornadoRegistrations } from './handlers.js';
import { tornadoEndpoints } from './endpoints.js';

export const tornado: WebFramework = {
  id: 'tornado',
  modules: ['tornado'],
  model: tornadoModel,
  registrations: tornadoRegistrations,
  handlerParams: tornadoParams,
  endpoints: tornadoEndpoints,
};
