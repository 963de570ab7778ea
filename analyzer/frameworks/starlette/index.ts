// Starlette on its own (FastAPI builds on it, ../fastapi/): routes lists, endpoints handed the
// request, and Starlette's responses.
import type { WebFramework } from '../api.js';
import { starletteModel } from './model.js';
import { starletteParams, starletteRegistrations, starletteRoute } from './routes.js';

export const starlette: WebFramework = {
  id: 'starlette',
  modules: ['starlette'],
  model: starletteModel,
  routeDecorator: starletteRoute,
  registrations: starletteRegistrations,
  handlerParams: starletteParams,
};
