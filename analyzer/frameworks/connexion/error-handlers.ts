import type { ErrorHandlerFacts } from '../error-handlers.js';

/** `app.add_error_handler(Exception, handler)`: connexion calls handler(exception) (connexion 2) or handler(request, exception) (3) and answers with its return value. */
export const connexionErrorHandlers: ErrorHandlerFacts = { registrations: [{ method: 'add_error_handler', handlerArg: 1, typeArg: 0 }] };
