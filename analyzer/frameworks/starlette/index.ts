// Starlette on its own (FastAPI builds on it, ../fastapi/): routes lists, endpoints handed the
// request, and Starlette's responses.
import type { WebFramework } from '../api.js';
import { starletteModel } from './model.js';
import { starletteHeaders } from './headers.js';
import { starletteParams, starletteRegistrations, starletteRoute } from './routes.js';

export const starlette: WebFramework = {
  id: 'starlette',
  modules: ['starlette'],
  model: starletteModel,
  headers: starletteHeaders,
  routeDecorator: starletteRoute,
  registrations: starletteRegistrations,
  handlerParams: starletteParams,
};
