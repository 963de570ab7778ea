// Django REST framework: Django views (../django/) plus request.data, serializers and their hooks.
import type { WebFramework } from '../api.js';
import { drfEndpoints } from './endpoints.js';
import { drfModel } from './model.js';
import { drfParams } from './views.js';

export const drf: WebFramework = {
  endpoints: drfEndpoints,
  id: 'drf',
  modules: ['rest_framework'],
  extends: 'django',
  viewsByConvention: true,
  model: drfModel,
  handlerParams: drfParams,
};
