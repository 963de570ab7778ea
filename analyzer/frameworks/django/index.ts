// Django: URLconf registrations, function and class-based views, forms, and Django's sources,
// sinks and sanitizers (./model.ts).
import type { WebFramework } from '../api.js';
import { djangoEndpoints } from './endpoints.js';
import { djangoModel } from './model.js';
import { djangoHeaders } from './headers.js';
import { djangoUrlRoutes } from './urls.js';
import { djangoParams } from './views.js';

export const django: WebFramework = {
  endpoints: djangoEndpoints,
  id: 'django',
  modules: ['django'],
  viewsByConvention: true,
  model: djangoModel,
  headers: djangoHeaders,
  registrations: djangoUrlRoutes,
  handlerParams: djangoParams,
};
