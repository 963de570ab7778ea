// Django REST framework: Django views (../django/) plus request.data, serializers and their hooks.
import type { WebFramework } from '../api.js';
import { drfModel } from './model.js';
import { drfParams } from './views.js';

export const drf: WebFramework = {
  id: 'drf',
  modules: ['rest_framework'],
  extends: 'django',
  viewsByConvention: true,
  model: drfModel,
  handlerParams: drfParams,
};
