import type { ErrorHandlerFacts } from '../error-handlers.js';

/** `app.add_error_handler(Exception, handler)`: Falcon calls handler(req, resp, ex, params), which answers through resp. */
export const falconErrorHandlers: ErrorHandlerFacts = {
  registrations: [{ method: 'add_error_handler', handlerArg: 1, typeArg: 0 }],
  exceptionParam: 2,
  responseBody: { param: 1, attrs: ['media', 'text', 'body', 'data'] },
};
