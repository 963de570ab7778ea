import type { ErrorHandlerFacts } from '../error-handlers.js';

/** An Api subclass's handle_error(self, e) is called with every exception a resource raises; its return value is the response. */
export const flaskRestfulErrorHandlers: ErrorHandlerFacts = { overrides: [{ base: /(?:^|\.)Api$/, method: 'handle_error' }] };
