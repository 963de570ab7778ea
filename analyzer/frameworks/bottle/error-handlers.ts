import type { ErrorHandlerFacts } from '../error-handlers.js';

/** `@app.error(500)`: Bottle calls it with the HTTPError, whose `.exception` and `.traceback` are the failure's. */
export const bottleErrorHandlers: ErrorHandlerFacts = { decorators: ['error'] };
