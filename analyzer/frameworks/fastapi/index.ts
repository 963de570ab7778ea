// FastAPI: route decorators, parameters judged by their declared types, FastAPI's responses. It runs
// on Starlette, whose request object and responses are modelled in ../starlette/.
import type { WebFramework } from '../api.js';
import { fastapiEndpoints } from './endpoints.js';
import { fastapiModel } from './model.js';
import { fastapiParams, fastapiRoute } from './routes.js';

export const fastapi: WebFramework = {
  endpoints: fastapiEndpoints,
  id: 'fastapi',
  modules: ['fastapi'],
  extends: 'starlette',
  model: fastapiModel,
  routeDecorator: fastapiRoute,
  handlerParams: fastapiParams,
};
