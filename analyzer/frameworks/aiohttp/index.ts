// aiohttp.web: route tables, function handlers and class views, aiohttp's request and responses.
import type { WebFramework } from '../api.js';
import { aiohttpModel } from './model.js';
import { aiohttpHeaders } from './headers.js';
import { aiohttpHandlerParams, aiohttpRegistrations, aiohttpRoute } from './routes.js';

export const aiohttp: WebFramework = {
  id: 'aiohttp',
  modules: ['aiohttp.web', 'aiohttp_jinja2', 'aiohttp_session'],
  model: aiohttpModel,
  headers: aiohttpHeaders,
  routeDecorator: aiohttpRoute,
  registrations: aiohttpRegistrations,
  handlerParams: aiohttpHandlerParams,
};
